package com.allianceadvisor.report;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.allianceadvisor.knowledge.Area;
import com.allianceadvisor.knowledge.FindingDef;
import com.allianceadvisor.knowledge.KnowledgeBase;
import com.allianceadvisor.knowledge.Source;

/** Markdown report, and the plain-text variant the shell prints (same structure, no markup). */
final class MarkdownRenderer {
    private final KnowledgeBase kb;
    private final boolean plain;

    MarkdownRenderer(KnowledgeBase kb, boolean plain) {
        this.kb = kb;
        this.plain = plain;
    }

    String render(Report report) {
        StringBuilder out = new StringBuilder();
        heading(out, 1, "Alliance Advisor report");
        out.append("Goals: ").append(String.join(", ", report.goals()))
                .append(" | questions answered: ").append(report.questionsAnswered()).append("\n\n");
        heading(out, 2, "Findings");
        if (report.findings().isEmpty()) {
            out.append("(none yet)\n");
        }
        report.findings().forEach((key, value) -> {
            FindingDef def = kb.finding(key);
            String title = def == null ? key : def.title();
            String shown = value instanceof List<?> list ? String.join(", ", list.stream().map(String::valueOf).toList())
                    : String.valueOf(value);
            out.append(plain ? "  " + title + ": " + shown + "   [" + key + "]\n"
                    : "- **" + title + "** (`" + key + "`): " + shown + "\n");
        });
        out.append('\n');
        heading(out, 2, "Advice");
        if (report.advice().isEmpty()) {
            out.append("(no advice yet)\n\n");
        }
        Set<String> cited = new LinkedHashSet<>();
        String area = null;
        for (AdviceItem a : report.advice()) {
            if (!a.area().equals(area)) {
                area = a.area();
                Area def = kb.area(area);
                heading(out, 3, def == null ? area : def.title());
            }
            out.append(plain ? "* [" + a.strength().toUpperCase() + "] " + a.title() + "   (" + a.id() + ")\n"
                    : "- **" + a.title() + "** — _" + a.strength() + "_ (`" + a.id() + "`)\n");
            String indent = plain ? "    " : "  ";
            out.append(indent).append(a.text()).append('\n');
            for (String action : a.actions()) {
                out.append(indent).append(plain ? "- " : "- [ ] ").append(action).append('\n');
            }
            if (!a.because().isEmpty()) {
                out.append(indent).append(plain ? "Why: " : "_Why:_ ").append(a.because().get(0));
                if (a.because().size() > 1) {
                    out.append("; ").append(String.join("; ", a.because().subList(1, a.because().size())));
                }
                out.append('\n');
            }
            out.append(indent).append(plain ? "Sources: " : "_Sources:_ ").append(String.join(", ", a.sources())).append("\n\n");
            cited.addAll(a.sources());
        }
        if (!report.pendingQuestions().isEmpty()) {
            heading(out, 2, "Questions still open");
            for (String q : report.pendingQuestions()) {
                var question = kb.question(q);
                out.append(plain ? "  " : "- ").append(q).append(question == null ? "" : ": " + question.text()).append('\n');
            }
            out.append('\n');
        }
        if (!cited.isEmpty()) {
            heading(out, 2, "Sources");
            for (String id : cited) {
                Source s = kb.sources().get(id);
                out.append(plain ? "  [" + id + "] " : "- `" + id + "`: ").append(s == null ? "" : s.reference()).append('\n');
            }
        }
        return out.toString();
    }

    private void heading(StringBuilder out, int level, String text) {
        if (plain) {
            out.append(level == 1 ? "=== " + text + " ===" : level == 2 ? "== " + text + " ==" : "-- " + text + " --").append("\n");
        } else {
            out.append("#".repeat(level)).append(' ').append(text).append("\n\n");
        }
    }
}
