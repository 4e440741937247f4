package com.allianceadvisor.report;

import java.util.LinkedHashSet;
import java.util.Set;

import com.allianceadvisor.knowledge.KnowledgeBase;
import com.allianceadvisor.knowledge.Source;
import com.allianceadvisor.knowledge.View;

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
            String title = ReportText.findingTitle(kb, key);
            String shown = ReportText.value(value);
            out.append(plain ? "  " + title + ": " + shown + "   [" + key + "]\n"
                    : "- **" + title + "** (`" + key + "`): " + shown + "\n");
        });
        out.append('\n');
        for (ViewData view : report.views()) {
            renderView(out, view);
        }
        heading(out, 2, "Advice");
        if (report.advice().isEmpty()) {
            out.append("(no advice yet)\n\n");
        }
        Set<String> cited = new LinkedHashSet<>();
        String area = null;
        for (AdviceItem a : report.advice()) {
            if (!a.area().equals(area)) {
                area = a.area();
                heading(out, 3, ReportText.areaTitle(kb, area));
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

    private void renderView(StringBuilder out, ViewData data) {
        View view = data.view();
        heading(out, 2, view.title());
        if (View.MAP.equals(view.type())) {
            out.append(PortfolioMap.table(data, plain));
        } else if (View.TABLE.equals(view.type())) {
            if (plain) {
                int labelWidth = 1;
                for (View.Item column : view.columns()) {
                    labelWidth = Math.max(labelWidth, column.label().length() + 2);
                }
                for (View.Item row : view.rows()) {
                    boolean marked = row.id().equals(data.markedRow());
                    out.append(marked ? ">> " : "   ").append(row.label()).append(marked ? "   <-- you are here" : "").append('\n');
                    for (View.Item column : view.columns()) {
                        out.append("      ").append(String.format("%-" + labelWidth + "s", column.label() + ":"))
                                .append(view.cells().get(row.id()).get(column.id())).append('\n');
                    }
                }
            } else {
                out.append("| |");
                view.columns().forEach(c -> out.append(' ').append(c.label()).append(" |"));
                out.append("\n|---|");
                view.columns().forEach(c -> out.append("---|"));
                out.append('\n');
                for (View.Item row : view.rows()) {
                    boolean marked = row.id().equals(data.markedRow());
                    out.append("| ").append(marked ? "**→ " + row.label() + "**" : row.label()).append(" |");
                    for (View.Item column : view.columns()) {
                        String cell = view.cells().get(row.id()).get(column.id()).replace("|", "/");
                        out.append(' ').append(marked ? "**" + cell + "**" : cell).append(" |");
                    }
                    out.append('\n');
                }
            }
        } else {
            if (data.bars().isEmpty()) {
                out.append(plain ? "  (nothing to chart)\n" : "_(nothing to chart)_\n");
            } else {
                double max = data.bars().get(0).value();
                int width = 1;
                for (ViewData.BarValue bar : data.bars()) {
                    width = Math.max(width, bar.label().length());
                }
                if (!plain) {
                    out.append("```\n");
                }
                for (ViewData.BarValue bar : data.bars()) {
                    int length = max <= 0 ? 0 : (int) Math.round(40 * bar.value() / max);
                    out.append(String.format("%-" + width + "s %s %s%n", bar.label(), "#".repeat(Math.max(0, length)),
                            ReportText.number(bar.value())));
                }
                if (!plain) {
                    out.append("```\n");
                }
            }
        }
        out.append(plain ? "  Sources: " : "_Sources:_ ").append(String.join(", ", view.sources())).append("\n\n");
    }

    private void heading(StringBuilder out, int level, String text) {
        if (plain) {
            out.append(level == 1 ? "=== " + text + " ===" : level == 2 ? "== " + text + " ==" : "-- " + text + " --").append("\n");
        } else {
            out.append("#".repeat(level)).append(' ').append(text).append("\n\n");
        }
    }
}
