package com.allianceadvisor.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import com.allianceadvisor.knowledge.KnowledgeBase;

/** The report formats, by the name used on the command line. */
public enum Format {
    JSON("json"), MD("md"), HTML("html"), TEXT("text");

    private final String name;

    Format(String name) {
        this.name = name;
    }

    public static Optional<Format> named(String name) {
        return Arrays.stream(values()).filter(f -> f.name.equals(name == null ? "" : name.toLowerCase(Locale.ROOT))).findFirst();
    }

    public static String allowed() {
        return Arrays.stream(values()).map(f -> f.name).collect(Collectors.joining(", "));
    }

    /** The full report. */
    public String render(Report report, KnowledgeBase kb) {
        return render(report, kb, true);
    }

    /** The full report, or (text and Markdown) only the summary and the top actions. */
    public String render(Report report, KnowledgeBase kb, boolean full) {
        return switch (this) {
            case JSON -> JsonRenderer.render(report, kb);
            case MD -> new MarkdownRenderer(kb, false, full).render(report);
            case HTML -> new HtmlRenderer(kb).render(report);
            case TEXT -> new MarkdownRenderer(kb, true, full).render(report);
        };
    }
}
