package com.allianceadvisor.training;

import java.util.ArrayList;
import java.util.List;

/** Small text helpers for the training output: wrapping, one-line echoes, Markdown escaping. */
final class Text {
    private static final int ECHO_LIMIT = 80;

    private Text() {
    }

    /** Words wrapped at the width, each line indented. */
    static List<String> wrap(String text, int width, String indent) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\\n\\s*\\n")) {
            StringBuilder line = new StringBuilder(indent);
            for (String word : paragraph.trim().split("\\s+")) {
                if (line.length() > indent.length() && line.length() + 1 + word.length() > width) {
                    lines.add(line.toString());
                    line = new StringBuilder(indent);
                }
                if (line.length() > indent.length()) {
                    line.append(' ');
                }
                line.append(word);
            }
            lines.add(line.toString());
            lines.add("");
        }
        if (!lines.isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    /** User text as it may appear in a one-line message: no control characters, at most 80 characters. */
    static String oneLine(String s) {
        String clean = s == null ? "" : s.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > ECHO_LIMIT ? clean.substring(0, ECHO_LIMIT) + "..." : clean;
    }

    /** A block of paragraphs (separated by blank lines) safe inside Markdown, the paragraphs kept. */
    static String mdBlock(String s) {
        List<String> paragraphs = new ArrayList<>();
        for (String p : (s == null ? "" : s).split("\\n\\s*\\n")) {
            paragraphs.add(md(p.trim()));
        }
        return String.join("\n\n", paragraphs);
    }

    /** Text safe inside Markdown: markup characters escaped, no raw HTML, no line breaks. */
    static String md(String s) {
        return com.allianceadvisor.report.MarkdownText.escape(s);
    }
}
