package com.allianceadvisor.report;

import java.util.LinkedHashSet;
import java.util.Set;

import com.allianceadvisor.knowledge.KnowledgeBase;
import com.allianceadvisor.knowledge.Question;
import com.allianceadvisor.knowledge.Source;
import com.allianceadvisor.knowledge.View;

/** A self-contained HTML page: findings, views (tables and bar charts), advice by area, open questions, sources. */
final class HtmlRenderer {
    private static final String STYLE = "body{font-family:system-ui,sans-serif;max-width:62em;margin:2em auto;padding:0 1em;"
            + "line-height:1.45;color:#222}h1{margin-bottom:.2em}.meta{color:#555}"
            + "table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #ccc;padding:.3em .5em;vertical-align:top;"
            + "text-align:left}tr.marked{background:#fff3c4;font-weight:bold}.bar{display:flex;align-items:center;gap:.5em}"
            + ".bar span.label{width:22em}.bar span.fill{background:#4a78b5;height:1em;display:inline-block}"
            + ".advice{border-left:4px solid #ccc;padding:.2em .8em;margin:1em 0}.advice.strong{border-color:#2d7d2d}"
            + ".advice.moderate{border-color:#c08a00}.advice.consider{border-color:#888}.why,.src{color:#555;font-size:.92em}"
            + "code{background:#f3f3f3;padding:0 .2em}";

    private final KnowledgeBase kb;

    HtmlRenderer(KnowledgeBase kb) {
        this.kb = kb;
    }

    String render(Report report) {
        StringBuilder out = new StringBuilder();
        out.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Alliance Advisor report</title><style>")
                .append(STYLE).append("</style></head><body>\n");
        out.append("<h1>Alliance Advisor report</h1>\n<p class=\"meta\">Goals: ").append(esc(String.join(", ", report.goals())))
                .append(" &middot; questions answered: ").append(report.questionsAnswered()).append("</p>\n");

        out.append("<h2>Findings</h2>\n");
        if (report.findings().isEmpty()) {
            out.append("<p>(none yet)</p>\n");
        } else {
            out.append("<table><tr><th>Finding</th><th>Value</th><th>Key</th></tr>\n");
            report.findings().forEach((key, value) -> {
                out.append("<tr><td>").append(esc(ReportText.findingTitle(kb, key))).append("</td><td>")
                        .append(esc(ReportText.value(value)))
                        .append("</td><td><code>").append(esc(key)).append("</code></td></tr>\n");
            });
            out.append("</table>\n");
        }

        for (ViewData view : report.views()) {
            renderView(out, view);
        }

        out.append("<h2>Advice</h2>\n");
        if (report.advice().isEmpty()) {
            out.append("<p>(no advice yet)</p>\n");
        }
        Set<String> cited = new LinkedHashSet<>();
        String area = null;
        for (AdviceItem a : report.advice()) {
            if (!a.area().equals(area)) {
                area = a.area();
                out.append("<h3>").append(esc(ReportText.areaTitle(kb, area))).append("</h3>\n");
            }
            out.append("<div class=\"advice ").append(esc(a.strength())).append("\" id=\"").append(esc(a.id())).append("\">")
                    .append("<h4>").append(esc(a.title())).append(" <small>(").append(esc(a.strength())).append(", <code>")
                    .append(esc(a.id())).append("</code>)</small></h4>\n<p>").append(esc(a.text())).append("</p>\n");
            if (!a.actions().isEmpty()) {
                out.append("<ul>");
                a.actions().forEach(action -> out.append("<li>").append(esc(action)).append("</li>"));
                out.append("</ul>\n");
            }
            if (!a.because().isEmpty()) {
                out.append("<p class=\"why\">Why: ").append(esc(String.join("; ", a.because()))).append("</p>\n");
            }
            out.append("<p class=\"src\">Sources: ").append(esc(String.join(", ", a.sources()))).append("</p></div>\n");
            cited.addAll(a.sources());
        }

        if (!report.pendingQuestions().isEmpty()) {
            out.append("<h2>Questions still open</h2>\n<ol>");
            for (String id : report.pendingQuestions()) {
                Question q = kb.question(id);
                out.append("<li><code>").append(esc(id)).append("</code>").append(q == null ? "" : ": " + esc(q.text()))
                        .append("</li>");
            }
            out.append("</ol>\n");
        }
        if (!cited.isEmpty()) {
            out.append("<h2>Sources</h2>\n<ul>");
            for (String id : cited) {
                Source s = kb.sources().get(id);
                out.append("<li><code>").append(esc(id)).append("</code>: ").append(esc(s == null ? "" : s.reference()))
                        .append("</li>");
            }
            out.append("</ul>\n");
        }
        return out.append("</body></html>\n").toString();
    }

    private void renderView(StringBuilder out, ViewData data) {
        View view = data.view();
        out.append("<h2>").append(esc(view.title())).append("</h2>\n");
        if (View.MAP.equals(view.type())) {
            renderMap(out, data);
        } else if (View.TABLE.equals(view.type())) {
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
            double max = data.bars().get(0).value();
            for (ViewData.BarValue bar : data.bars()) {
                double share = max <= 0 ? 0 : Math.max(0, bar.value() / max);
                out.append("<div class=\"bar\"><span class=\"label\">").append(esc(bar.label()))
                        .append("</span><span class=\"fill\" style=\"width:").append(Math.round(share * 20 * 10) / 10.0)
                        .append("em\"></span><span>").append(ReportText.number(bar.value())).append("</span></div>\n");
            }
        }
        out.append("<p class=\"src\">Sources: ").append(esc(String.join(", ", view.sources()))).append("</p>\n");
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
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
