package com.allianceadvisor.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.allianceadvisor.knowledge.KnowledgeBase;
import com.allianceadvisor.knowledge.Source;
import com.allianceadvisor.knowledge.View;

/**
 * Markdown report, and the plain-text variant the shell prints (same structure, no markup): summary, top
 * actions, then per goal the findings, the options weighed and the advice, what would change it, open
 * questions and sources. The short form stops after the top actions.
 */
final class MarkdownRenderer {
    /** Width of the longest bar of a text chart, in characters. */
    private static final int BAR = 30;
    private final KnowledgeBase kb;
    private final boolean plain;
    private final boolean full;

    MarkdownRenderer(KnowledgeBase kb, boolean plain, boolean full) {
        this.kb = kb;
        this.plain = plain;
        this.full = full;
    }

    String render(Report report) {
        StringBuilder out = new StringBuilder();
        heading(out, 1, "Alliance Advisor report");
        out.append("Goals: ").append(t(String.join(", ", areaTitles(report.goals()))))
                .append(" | questions answered: ").append(report.questionsAnswered()).append("\n");
        out.append(plain ? "Made with " : "_Made with ").append(t(report.madeWith().describe())).append(plain ? "\n\n" : "_\n\n");
        summary(out, report);
        topActions(out, report);
        if (!full) {
            out.append(plain ? "Everything (findings, options weighed, reasons, what would change it): 'advice --full'.\n" : "");
            return out.toString();
        }
        for (String goal : report.goals()) {
            goal(out, report, goal);
        }
        sensitivity(out, report);
        pending(out, report);
        sources(out, report);
        return out.toString();
    }

    private List<String> areaTitles(List<String> goals) {
        List<String> titles = new ArrayList<>();
        goals.forEach(g -> titles.add(ReportText.areaTitle(kb, g)));
        return titles;
    }

    private void summary(StringBuilder out, Report report) {
        heading(out, 2, "Summary");
        for (Report.GoalSummary s : report.summary()) {
            out.append(plain ? "  " : "- ").append(t(s.text())).append(" Confidence: ").append(t(s.confidence())).append(".\n");
            if (!s.assumptions().isEmpty()) {
                out.append(plain ? "      " : "  - ").append(t(String.join("; ", s.assumptions()))).append('\n');
            }
        }
        out.append('\n');
    }

    private void topActions(StringBuilder out, Report report) {
        heading(out, 2, "Top actions");
        if (report.topActions().isEmpty()) {
            out.append(plain ? "  (no advice yet)\n" : "_(no advice yet)_\n");
        }
        int n = 1;
        for (AdviceItem a : report.topActions()) {
            String area = ReportText.areaTitle(kb, a.area());
            out.append(plain ? String.format("  %d. [%s] %s  (%s; details: how %s)%n", n, a.strength().toUpperCase(), t(a.title()), t(area), a.id())
                    : n + ". **" + t(a.title()) + "** — _" + a.strength() + "_, " + t(area) + " ([details](#" + a.id() + "))\n");
            n++;
        }
        out.append('\n');
    }

    private void goal(StringBuilder out, Report report, String goal) {
        heading(out, 2, ReportText.areaTitle(kb, goal));
        List<String> keys = new ArrayList<>();
        report.findings().keySet().forEach(k -> {
            var def = kb.finding(k);
            if (def != null && def.area().equals(goal)) {
                keys.add(k);
            }
        });
        heading(out, 3, "Findings");
        if (keys.isEmpty()) {
            out.append(plain ? "  (none yet)\n" : "_(none yet)_\n");
        }
        for (String key : keys) {
            String shown = ReportText.value(report.findingLabels().get(key));
            out.append(plain ? "  " + t(ReportText.findingTitle(kb, key)) + ": " + t(shown) + "\n"
                    : "- **" + t(ReportText.findingTitle(kb, key)) + "**: " + t(shown) + "\n");
            for (AdviceItem note : report.notes().getOrDefault(key, List.of())) {
                out.append(plain ? "      Note: " : "  - _Note:_ ").append(t(note.title())).append(". ").append(t(note.text())).append('\n');
            }
        }
        out.append('\n');
        report.alternatives().forEach((topic, options) -> {
            var def = kb.finding(topic);
            if (def != null && def.area().equals(goal)) {
                alternatives(out, topic, options);
            }
        });
        for (ViewData view : report.views()) {
            if (view.view().goal().equals(goal)) {
                renderView(out, view);
            }
        }
        heading(out, 3, "Advice");
        boolean any = false;
        for (AdviceItem a : report.advice()) {
            if (a.area().equals(goal)) {
                item(out, a);
                any = true;
            }
        }
        if (!any) {
            out.append(plain ? "  (no advice yet)\n\n" : "_(no advice yet)_\n\n");
        }
    }

    /** Both sides' ratings side by side, with the gap and a bar each (a monospaced block in Markdown). */
    private void compare(StringBuilder out, ViewData data) {
        if (data.compared().isEmpty()) {
            out.append(plain ? "  (no ratings yet)\n" : "_(no ratings yet)_\n");
            return;
        }
        int width = "Statement".length();
        for (ViewData.Compared c : data.compared()) {
            width = Math.max(width, c.label().length());
        }
        String indent = plain ? "  " : "";
        if (!plain) {
            out.append("```\n");
        }
        out.append(indent).append(String.format("%-" + width + "s  %4s  %7s  %3s%n", "Statement", "ours", "partner", "gap"));
        for (ViewData.Compared c : data.compared()) {
            out.append(indent).append(String.format("%-" + width + "s  %4s  %7s  %3s  ours %-5s partner %-5s%s%n", code(c.label()),
                    shown(c.ours()), shown(c.partner()), shown(c.gap()), bar(c.ours()), bar(c.partner()),
                    c.gap() != null && c.gap() >= 2 ? "  <- gap" : ""));
        }
        if (!plain) {
            out.append("```\n");
        }
    }

    private static String shown(Double v) {
        return v == null ? "-" : ReportText.number(v);
    }

    private static String bar(Double v) {
        return v == null ? "" : "#".repeat((int) Math.max(0, Math.round(v)));
    }

    private void alternatives(StringBuilder out, String topic, List<Report.Alternative> options) {
        heading(out, 3, "Options weighed: " + ReportText.findingTitle(kb, topic));
        int max = 1;
        int width = 1;
        for (Report.Alternative o : options) {
            max = Math.max(max, Math.abs(o.score()));
            width = Math.max(width, o.label().length());
        }
        if (!plain) {
            out.append("```\n");
        }
        for (Report.Alternative o : options) {
            int length = (int) Math.round((double) BAR * Math.max(0, o.score()) / max);
            out.append(String.format("%s%-" + width + "s %s %d%n", plain ? "  " : "", code(o.label()), "#".repeat(length), o.score()));
        }
        if (!plain) {
            out.append("```\n");
        }
        if (options.size() > 1) {
            out.append(plain ? "  " : "").append("Runner-up: ").append(t(options.get(1).label())).append(" (")
                    .append(options.get(1).score()).append(" against ").append(options.get(0).score()).append(")\n");
        }
        out.append('\n');
    }

    private void item(StringBuilder out, AdviceItem a) {
        out.append(plain ? "* [" + a.strength().toUpperCase() + "] " + t(a.title()) + "   (" + a.id() + ")\n"
                : "<a id=\"" + a.id() + "\"></a>\n- **" + t(a.title()) + "** — _" + a.strength() + "_ (`" + a.id() + "`)\n");
        String indent = plain ? "    " : "  ";
        out.append(indent).append(t(a.text())).append('\n');
        for (String action : a.actions()) {
            out.append(indent).append(plain ? "- " : "- [ ] ").append(t(action)).append('\n');
        }
        if (!a.alsoFor().isEmpty()) {
            out.append(indent).append(plain ? "Also reached for: " : "_Also reached for:_ ").append(t(ReportText.alsoFor(kb, a))).append('\n');
        }
        if (!a.reasons().isEmpty()) {
            out.append(indent).append(plain ? "Why: " : "_Why:_ ").append(t(String.join("; ", a.reasons()))).append('\n');
        }
        if (!a.basedOn().isEmpty()) {
            out.append(indent).append(plain ? "Your answers: " : "_Your answers:_ ").append(t(ReportText.briefAnswers(a.basedOn())))
                    .append('\n');
        }
        out.append(indent).append(plain ? "Sources: " : "_Sources:_ ").append(t(ReportText.cited(kb, a)))
                .append("\n\n");
    }

    private void sensitivity(StringBuilder out, Report report) {
        if (report.sensitivity() == null) {
            return;
        }
        heading(out, 2, "What would change it");
        Map<String, List<String>> lines = ReportText.sensitivityLines(kb, report);
        if (lines.isEmpty()) {
            out.append(plain ? "  (no headline findings yet)\n" : "_(no headline findings yet)_\n");
        }
        lines.forEach((finding, changes) -> {
            out.append(plain ? "  " + t(finding) + "\n" : "- **" + t(finding) + "**\n");
            for (String c : changes) {
                out.append(plain ? "    " : "  - ").append(t(c)).append('\n');
            }
        });
        out.append('\n');
    }

    private void pending(StringBuilder out, Report report) {
        if (report.pendingQuestions().isEmpty()) {
            return;
        }
        heading(out, 2, "Questions still open");
        for (String q : report.pendingQuestions()) {
            var question = kb.question(q);
            out.append(plain ? "  " : "- ").append(t(question == null ? q : question.text())).append('\n');
        }
        out.append('\n');
    }

    private void sources(StringBuilder out, Report report) {
        Set<String> cited = new LinkedHashSet<>();
        report.advice().forEach(a -> cited.addAll(a.sources()));
        report.views().forEach(v -> cited.addAll(v.view().sources()));
        if (cited.isEmpty()) {
            return;
        }
        heading(out, 2, "Sources");
        for (String id : cited) {
            Source s = kb.sources().get(id);
            out.append(plain ? "  " : "- ").append(t(s == null ? id : s.reference())).append('\n');
        }
    }

    private void renderView(StringBuilder out, ViewData data) {
        View view = data.view();
        heading(out, 3, view.title());
        if (View.MAP.equals(view.type())) {
            out.append(PortfolioMap.table(data, plain));
        } else if (View.COMPARE.equals(view.type())) {
            compare(out, data);
        } else if (View.TABLE.equals(view.type())) {
            if (plain) {
                int labelWidth = 1;
                for (View.Item column : view.columns()) {
                    labelWidth = Math.max(labelWidth, column.label().length() + 2);
                }
                for (View.Item row : view.rows()) {
                    boolean marked = row.id().equals(data.markedRow());
                    out.append(marked ? ">> " : "   ").append(t(row.label())).append(marked ? "   <-- you are here" : "").append('\n');
                    for (View.Item column : view.columns()) {
                        out.append("      ").append(String.format("%-" + labelWidth + "s", t(column.label()) + ":"))
                                .append(t(view.cells().get(row.id()).get(column.id()))).append('\n');
                    }
                }
            } else {
                out.append("| |");
                view.columns().forEach(c -> out.append(' ').append(t(c.label())).append(" |"));
                out.append("\n|---|");
                view.columns().forEach(c -> out.append("---|"));
                out.append('\n');
                for (View.Item row : view.rows()) {
                    boolean marked = row.id().equals(data.markedRow());
                    out.append("| ").append(marked ? "**→ " + t(row.label()) + "**" : t(row.label())).append(" |");
                    for (View.Item column : view.columns()) {
                        String cell = t(view.cells().get(row.id()).get(column.id()));
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
                    out.append(String.format("%-" + width + "s %s %s%n", code(bar.label()), "#".repeat(Math.max(0, length)),
                            ReportText.number(bar.value())));
                }
                if (!plain) {
                    out.append("```\n");
                }
            }
        }
        out.append(plain ? "  Sources: " : "_Sources:_ ").append(t(ReportText.cited(kb, view.cited())))
                .append("\n\n");
    }

    private void heading(StringBuilder out, int level, String text) {
        if (plain) {
            out.append(level == 1 ? "=== " + t(text) + " ===" : level == 2 ? "== " + t(text) + " ==" : "-- " + t(text) + " --").append("\n");
        } else {
            out.append("#".repeat(level)).append(' ').append(t(text)).append("\n\n");
        }
    }

    /** Text from the knowledge base or a user: one line in plain text, escaped in Markdown. */
    private String t(String s) {
        return plain ? MarkdownText.line(s) : MarkdownText.escape(s);
    }

    /** Text inside a fenced code block: one line, and no backtick that could close the fence. */
    private String code(String s) {
        return MarkdownText.line(s).replace('`', '\'');
    }
}
