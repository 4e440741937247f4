package com.allianceadvisor.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.allianceadvisor.knowledge.FindingDef;
import com.allianceadvisor.knowledge.KnowledgeBase;
import com.allianceadvisor.knowledge.Question;
import com.allianceadvisor.knowledge.Source;
import com.allianceadvisor.knowledge.View;

/**
 * One self-contained, print-friendly HTML page: summary and top actions first, a table of contents, then
 * per goal the findings, the options weighed (SVG bars), the views and the advice; what would change it,
 * open questions and sources. No script; a content security policy forbids any; every string is escaped.
 */
final class HtmlRenderer {
    private static final String STYLE = "body{font-family:system-ui,sans-serif;max-width:62em;margin:2em auto;padding:0 1em;"
            + "line-height:1.45;color:#222}h1{margin-bottom:.2em}.meta{color:#555}"
            + "table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #ccc;padding:.3em .5em;vertical-align:top;"
            + "text-align:left}tr.marked{background:#fff3c4;font-weight:bold}"
            + ".advice{border-left:4px solid #ccc;padding:.2em .8em;margin:1em 0;break-inside:avoid}.advice.strong{border-color:#2d7d2d}"
            + ".advice.moderate{border-color:#c08a00}.advice.consider{border-color:#888}.why,.src,.note{color:#555;font-size:.92em}"
            + "code{background:#f3f3f3;padding:0 .2em}nav ol{columns:2}svg text{font:13px system-ui,sans-serif}"
            + "@media print{nav{display:none}body{max-width:none;margin:0}a{color:inherit;text-decoration:none}"
            + "section{break-before:auto}h2{break-after:avoid}}";
    private static final String POLICY = "default-src 'none'; style-src 'unsafe-inline'";

    private final KnowledgeBase kb;

    HtmlRenderer(KnowledgeBase kb) {
        this.kb = kb;
    }

    String render(Report report) {
        StringBuilder out = new StringBuilder();
        out.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(POLICY).append("\">")
                .append("<title>Alliance Advisor report</title><style>").append(STYLE).append("</style></head><body>\n");
        List<String> titles = new ArrayList<>();
        report.goals().forEach(g -> titles.add(ReportText.areaTitle(kb, g)));
        out.append("<h1>Alliance Advisor report</h1>\n<p class=\"meta\">Goals: ").append(esc(String.join(", ", titles)))
                .append(" &middot; questions answered: ").append(report.questionsAnswered())
                .append(" &middot; made with ").append(esc(report.madeWith().describe())).append("</p>\n");

        out.append("<section id=\"summary\"><h2>Summary</h2>\n<ul>");
        for (Report.GoalSummary s : report.summary()) {
            out.append("<li>").append(esc(s.text())).append(" <em>Confidence: ").append(esc(s.confidence())).append(".</em>");
            if (!s.assumptions().isEmpty()) {
                out.append("<br><span class=\"note\">").append(esc(String.join("; ", s.assumptions()))).append("</span>");
            }
            out.append("</li>");
        }
        out.append("</ul></section>\n<section id=\"top-actions\"><h2>Top actions</h2>\n");
        if (report.topActions().isEmpty()) {
            out.append("<p>(no advice yet)</p>");
        } else {
            out.append("<ol>");
            for (AdviceItem a : report.topActions()) {
                out.append("<li><a href=\"#").append(esc(a.id())).append("\">").append(esc(a.title())).append("</a> <small>(")
                        .append(esc(a.strength())).append(", ").append(esc(ReportText.areaTitle(kb, a.area()))).append(")</small></li>");
            }
            out.append("</ol>");
        }
        out.append("</section>\n");

        out.append("<nav><h2>Contents</h2><ol>");
        for (String goal : report.goals()) {
            out.append("<li><a href=\"#goal-").append(esc(goal)).append("\">").append(esc(ReportText.areaTitle(kb, goal))).append("</a></li>");
        }
        if (report.sensitivity() != null) {
            out.append("<li><a href=\"#what-would-change-it\">What would change it</a></li>");
        }
        if (!report.pendingQuestions().isEmpty()) {
            out.append("<li><a href=\"#open-questions\">Questions still open</a></li>");
        }
        out.append("<li><a href=\"#sources\">Sources</a></li></ol></nav>\n");

        for (String goal : report.goals()) {
            goal(out, report, goal);
        }
        if (report.sensitivity() != null) {
            out.append("<section id=\"what-would-change-it\"><h2>What would change it</h2>\n");
            Map<String, List<String>> lines = ReportText.sensitivityLines(kb, report);
            if (lines.isEmpty()) {
                out.append("<p>(no headline findings yet)</p>");
            }
            lines.forEach((finding, changes) -> {
                out.append("<h3>").append(esc(finding)).append("</h3><ul>");
                changes.forEach(c -> out.append("<li>").append(esc(c)).append("</li>"));
                out.append("</ul>\n");
            });
            out.append("</section>\n");
        }
        if (!report.pendingQuestions().isEmpty()) {
            out.append("<section id=\"open-questions\"><h2>Questions still open</h2>\n<ol>");
            for (String id : report.pendingQuestions()) {
                Question q = kb.question(id);
                out.append("<li>").append(esc(q == null ? id : q.text())).append("</li>");
            }
            out.append("</ol></section>\n");
        }
        Set<String> cited = new LinkedHashSet<>();
        report.advice().forEach(a -> cited.addAll(a.sources()));
        report.views().forEach(v -> cited.addAll(v.view().sources()));
        out.append("<section id=\"sources\"><h2>Sources</h2>\n<ul>");
        for (String id : cited) {
            Source s = kb.sources().get(id);
            out.append("<li>").append(esc(s == null ? id : s.reference())).append("</li>");
        }
        return out.append("</ul></section>\n</body></html>\n").toString();
    }

    private void goal(StringBuilder out, Report report, String goal) {
        out.append("<section id=\"goal-").append(esc(goal)).append("\"><h2>").append(esc(ReportText.areaTitle(kb, goal)))
                .append("</h2>\n<h3>Findings</h3>\n");
        StringBuilder rows = new StringBuilder();
        report.findingLabels().forEach((key, value) -> {
            FindingDef def = kb.finding(key);
            if (def != null && def.area().equals(goal)) {
                rows.append("<tr><td>").append(esc(def.title())).append("</td><td>").append(esc(ReportText.value(value)));
                for (AdviceItem note : report.notes().getOrDefault(key, List.of())) {
                    rows.append("<br><span class=\"note\">Note: ").append(esc(note.title())).append(". ").append(esc(note.text()))
                            .append("</span>");
                }
                rows.append("</td></tr>\n");
            }
        });
        out.append(rows.length() == 0 ? "<p>(none yet)</p>\n" : "<table><tr><th>Finding</th><th>Value</th></tr>\n" + rows + "</table>\n");
        report.alternatives().forEach((topic, options) -> {
            FindingDef def = kb.finding(topic);
            if (def == null || !def.area().equals(goal)) {
                return;
            }
            out.append("<h3>Options weighed: ").append(esc(def.title())).append("</h3>\n");
            List<String> labels = new ArrayList<>();
            List<Double> values = new ArrayList<>();
            options.forEach(o -> {
                labels.add(o.label());
                values.add((double) o.score());
            });
            out.append(svgBars("Evidence balance: " + def.title(), labels, values));
            if (options.size() > 1) {
                out.append("<p>Runner-up: ").append(esc(options.get(1).label())).append(" (").append(options.get(1).score())
                        .append(" against ").append(options.get(0).score()).append(")</p>\n");
            }
        });
        for (ViewData view : report.views()) {
            if (view.view().goal().equals(goal)) {
                renderView(out, view);
            }
        }
        out.append("<h3>Advice</h3>\n");
        boolean any = false;
        for (AdviceItem a : report.advice()) {
            if (!a.area().equals(goal)) {
                continue;
            }
            any = true;
            out.append("<div class=\"advice ").append(esc(a.strength())).append("\" id=\"").append(esc(a.id())).append("\">")
                    .append("<h4>").append(esc(a.title())).append(" <small>(").append(esc(a.strength())).append(")</small></h4>\n<p>")
                    .append(esc(a.text())).append("</p>\n");
            if (!a.actions().isEmpty()) {
                out.append("<ul>");
                a.actions().forEach(action -> out.append("<li>").append(esc(action)).append("</li>"));
                out.append("</ul>\n");
            }
            if (!a.alsoFor().isEmpty()) {
                out.append("<p class=\"why\">Also reached for: ").append(esc(ReportText.alsoFor(kb, a))).append("</p>\n");
            }
            if (!a.reasons().isEmpty()) {
                out.append("<p class=\"why\">Why: ").append(esc(String.join("; ", a.reasons()))).append("</p>\n");
            }
            if (!a.basedOn().isEmpty()) {
                out.append("<p class=\"why\">Your answers: ").append(esc(ReportText.briefAnswers(a.basedOn()))).append("</p>\n");
            }
            out.append("<p class=\"src\">Sources: ").append(esc(ReportText.cited(kb, a)))
                    .append("</p></div>\n");
        }
        if (!any) {
            out.append("<p>(no advice yet)</p>\n");
        }
        out.append("</section>\n");
    }

    private void renderView(StringBuilder out, ViewData data) {
        View view = data.view();
        out.append("<h3>").append(esc(view.title())).append("</h3>\n");
        if (View.MAP.equals(view.type())) {
            renderMap(out, data);
        } else if (View.COMPARE.equals(view.type())) {
            renderCompare(out, data);
        } else if (View.TABLE.equals(view.type())) {
            if (data.markedRow() != null && view.rows().size() <= STEPS_SHOWN) {
                out.append(svgSteps(view, data.markedRow()));
            }
            out.append("<table><tr><th></th>");
            view.columns().forEach(c -> out.append("<th>").append(esc(c.label())).append("</th>"));
            out.append("</tr>\n");
            for (View.Item row : view.rows()) {
                boolean marked = row.id().equals(data.markedRow());
                out.append(marked ? "<tr class=\"marked\"><th>&rarr; " : "<tr><th>").append(esc(row.label())).append("</th>");
                for (View.Item column : view.columns()) {
                    out.append("<td>").append(esc(view.cells().get(row.id()).get(column.id()))).append("</td>");
                }
                out.append("</tr>\n");
            }
            out.append("</table>\n");
        } else if (data.bars().isEmpty()) {
            out.append("<p>(nothing to chart)</p>\n");
        } else {
            List<String> labels = new ArrayList<>();
            List<Double> values = new ArrayList<>();
            data.bars().forEach(b -> {
                labels.add(b.label());
                values.add(b.value());
            });
            out.append(svgBars(view.title(), labels, values));
        }
        out.append("<p class=\"src\">Sources: ").append(esc(ReportText.cited(kb, view.cited())))
                .append("</p>\n");
    }

    /** Tables of at most this many rows with a marked row (phases, stages) also get the row strip as a chart. */
    private static final int STEPS_SHOWN = 8;

    /** The rows of a table as a strip of boxes, left to right, the marked one ("you are here") filled. */
    static String svgSteps(View view, String marked) {
        int box = 150;
        int gap = 12;
        int n = view.rows().size();
        int width = n * box + (n - 1) * gap + 4;
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").append(width)
                .append("\" height=\"74\" viewBox=\"0 0 ").append(width).append(" 74\"><title>").append(esc(view.title()))
                .append("</title>");
        for (int i = 0; i < n; i++) {
            View.Item row = view.rows().get(i);
            boolean here = row.id().equals(marked);
            int x = 2 + i * (box + gap);
            String label = row.label();
            int colon = label.indexOf(':');
            String shortLabel = colon > 0 && colon <= 22 ? label.substring(0, colon) : label.length() > 22 ? label.substring(0, 21) + "\u2026" : label;
            svg.append("<rect x=\"").append(x).append("\" y=\"8\" width=\"").append(box).append("\" height=\"40\" rx=\"6\" fill=\"")
                    .append(here ? "#4a78b5" : "#eef2f8").append("\" stroke=\"#4a78b5\"/><text x=\"").append(x + box / 2)
                    .append("\" y=\"33\" text-anchor=\"middle\" fill=\"").append(here ? "#ffffff" : "#222222").append("\">")
                    .append(esc(shortLabel)).append("</text>");
            if (here) {
                svg.append("<text x=\"").append(x + box / 2).append("\" y=\"66\" text-anchor=\"middle\">you are here</text>");
            }
        }
        return svg.append("</svg>\n").toString();
    }

    private static void renderCompare(StringBuilder out, ViewData data) {
        if (data.compared().isEmpty()) {
            out.append("<p>(no ratings yet)</p>\n");
            return;
        }
        out.append("<table><tr><th>Statement</th><th>Ours</th><th>Partner</th><th>Gap</th></tr>\n");
        double max = 1;
        for (ViewData.Compared c : data.compared()) {
            boolean wide = c.gap() != null && c.gap() >= 2;
            out.append(wide ? "<tr class=\"marked\">" : "<tr>").append("<th>").append(esc(c.label())).append("</th><td>")
                    .append(cell(c.ours())).append("</td><td>").append(cell(c.partner())).append("</td><td>").append(cell(c.gap()))
                    .append("</td></tr>\n");
            max = Math.max(max, Math.max(c.ours() == null ? 0 : c.ours(), c.partner() == null ? 0 : c.partner()));
        }
        out.append("</table>\n");
        int labelWidth = 280;
        int barWidth = 300;
        int row = 40;
        int height = row * data.compared().size() + 24;
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"")
                .append(labelWidth + barWidth + 60).append("\" height=\"").append(height).append("\" viewBox=\"0 0 ")
                .append(labelWidth + barWidth + 60).append(' ').append(height).append("\"><title>").append(esc(data.view().title()))
                .append("</title><rect x=\"").append(labelWidth).append("\" y=\"2\" width=\"12\" height=\"12\" fill=\"#4a78b5\"/><text x=\"")
                .append(labelWidth + 16).append("\" y=\"13\">ours</text><rect x=\"").append(labelWidth + 70)
                .append("\" y=\"2\" width=\"12\" height=\"12\" fill=\"#d9822b\"/><text x=\"").append(labelWidth + 86)
                .append("\" y=\"13\">partner</text>");
        for (int i = 0; i < data.compared().size(); i++) {
            ViewData.Compared c = data.compared().get(i);
            int y = 24 + i * row;
            svg.append("<text x=\"0\" y=\"").append(y + 20).append("\">").append(esc(c.label())).append("</text>");
            pairBar(svg, labelWidth, y + 2, barWidth, c.ours(), max, "#4a78b5");
            pairBar(svg, labelWidth, y + 19, barWidth, c.partner(), max, "#d9822b");
        }
        out.append(svg.append("</svg>\n"));
    }

    private static void pairBar(StringBuilder svg, int x, int y, int width, Double v, double max, String colour) {
        long w = v == null ? 0 : Math.round(width * Math.max(0, v) / max);
        svg.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(w)
                .append("\" height=\"14\" fill=\"").append(colour).append("\"/><text x=\"").append(x + w + 6).append("\" y=\"")
                .append(y + 12).append("\">").append(v == null ? "not rated" : ReportText.number(v)).append("</text>");
    }

    private static String cell(Double v) {
        return v == null ? "&ndash;" : ReportText.number(v);
    }

    /** A horizontal bar chart as inline SVG: one labelled bar per value, the largest full width. */
    static String svgBars(String title, List<String> labels, List<Double> values) {
        int labelWidth = 280;
        int barWidth = 320;
        int row = 24;
        double max = 0;
        for (double v : values) {
            max = Math.max(max, v);
        }
        int height = row * labels.size() + 8;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").append(labelWidth + barWidth + 60)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(labelWidth + barWidth + 60).append(' ')
                .append(height).append("\"><title>").append(esc(title)).append("</title>");
        for (int i = 0; i < labels.size(); i++) {
            double v = values.get(i);
            long w = max <= 0 ? 0 : Math.round(barWidth * Math.max(0, v) / max);
            int y = 4 + i * row;
            svg.append("<text x=\"0\" y=\"").append(y + 16).append("\">").append(esc(labels.get(i))).append("</text>")
                    .append("<rect class=\"bar\" x=\"").append(labelWidth).append("\" y=\"").append(y + 3).append("\" width=\"").append(w)
                    .append("\" height=\"16\" fill=\"#4a78b5\"/>")
                    .append("<text x=\"").append(labelWidth + w + 6).append("\" y=\"").append(y + 16).append("\">")
                    .append(ReportText.number(v)).append("</text>");
        }
        return svg.append("</svg>\n").toString();
    }

    private static void renderMap(StringBuilder out, ViewData data) {
        if (data.placed().isEmpty()) {
            out.append("<p>(no alliances)</p>\n");
            return;
        }
        out.append("<figure>").append(PortfolioMap.svg(data)).append("<figcaption>");
        data.view().grid().bands().forEach(b -> out.append("<span style=\"color:").append(esc(b.colour())).append("\">&#9632;</span> ")
                .append(esc(b.label())).append(" (").append(ReportText.number(b.min())).append("+) "));
        out.append("<span style=\"color:#999999\">&#9632;</span> ").append(esc(data.view().grid().noValue()))
                .append("</figcaption></figure>\n");
    }

    private static String esc(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
