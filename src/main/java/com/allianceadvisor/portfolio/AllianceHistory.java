package com.allianceadvisor.portfolio;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.allianceadvisor.interview.Interview;
import com.allianceadvisor.interview.Workspace;
import com.allianceadvisor.knowledge.Content;
import com.allianceadvisor.knowledge.ContentHolder;
import com.allianceadvisor.knowledge.FindingDef;
import com.allianceadvisor.report.ChangeSummary;
import com.allianceadvisor.report.Format;
import com.allianceadvisor.report.Report;
import com.allianceadvisor.report.ReportBuilder;
import com.allianceadvisor.store.BadInputException;
import com.allianceadvisor.store.SessionStore;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * How one saved alliance changed between its assessments: each assessment is replayed with today's rules,
 * and consecutive reports are compared. The number findings (scores) are shown as a trend.
 */
public final class AllianceHistory {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final ContentHolder content;
    private final SessionStore store;

    public AllianceHistory(ContentHolder content, SessionStore store) {
        this.content = content;
        this.store = store;
    }

    /** One assessment: when it was saved and the report its answers give. */
    record Point(String savedAt, Report report, List<String> changes) {
    }

    public String render(String name, String formatName, List<String> problems) {
        Format format = PortfolioService.format(formatName);
        Content c = content.get();
        List<Point> points = new ArrayList<>();
        Report previous = null;
        for (SessionStore.Assessment a : store.history(name, c.knowledge(), problems)) {
            Interview interview = Workspace.replayed(c, a.answers(), List.of());
            try {
                Report report = new ReportBuilder(c.knowledge()).build(interview.consultation());
                points.add(new Point(a.savedAt(), report, previous == null ? List.of() : ChangeSummary.between(c.knowledge(), previous, report)));
                previous = report;
            } finally {
                interview.consultation().close();
            }
        }
        if (points.isEmpty()) {
            throw new BadInputException("no assessment of '" + name + "' could be read");
        }
        Map<String, List<Double>> trends = trends(c, points);
        return switch (format) {
            case JSON -> json(name, points, trends);
            case HTML -> html(c, name, points, trends);
            case MD, TEXT -> text(c, name, points, format == Format.TEXT);
        };
    }

    /** Number finding -> its value at each assessment (NaN where absent); only findings present at least once. */
    private static Map<String, List<Double>> trends(Content c, List<Point> points) {
        Set<String> keys = new LinkedHashSet<>();
        for (Point p : points) {
            p.report().findings().forEach((key, value) -> {
                FindingDef def = c.knowledge().finding(key);
                if (def != null && def.isNumber() && value instanceof Number) {
                    keys.add(key);
                }
            });
        }
        Map<String, List<Double>> trends = new LinkedHashMap<>();
        for (String key : keys) {
            List<Double> values = new ArrayList<>();
            for (Point p : points) {
                values.add(p.report().findings().get(key) instanceof Number n ? n.doubleValue() : Double.NaN);
            }
            trends.put(key, values);
        }
        return trends;
    }

    private static String title(Content c, String key) {
        FindingDef def = c.knowledge().finding(key);
        return def == null ? key : def.title();
    }

    private static String text(Content c, String name, List<Point> points, boolean plain) {
        StringBuilder out = new StringBuilder();
        out.append(plain ? "History of " + name + ": " : "# History of " + name + "\n\n").append(points.size())
                .append(" assessment(s), oldest first\n\n");
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            out.append(plain ? (i + 1) + ". " : "## " + (i + 1) + ". ").append(p.savedAt()).append('\n');
            p.report().findings().forEach((key, value) -> {
                FindingDef def = c.knowledge().finding(key);
                if (def != null && def.isNumber()) {
                    out.append(plain ? "   " : "- ").append(title(c, key)).append(": ").append(value).append('\n');
                }
            });
            if (i == 0) {
                out.append(plain ? "   " : "- ").append("first assessment: ").append(p.report().findings().size())
                        .append(" finding(s), ").append(p.report().advice().size()).append(" advice item(s)\n");
            } else if (p.changes().isEmpty()) {
                out.append(plain ? "   " : "- ").append("no change since the previous assessment\n");
            } else {
                out.append(plain ? "   " : "- ").append("changed since the previous assessment:\n");
                p.changes().forEach(line -> out.append(plain ? "     " : "  - ").append(line).append('\n'));
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String json(String name, List<Point> points, Map<String, List<Double>> trends) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("name", name);
        List<Map<String, Object>> list = new ArrayList<>();
        for (Point p : points) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("savedAt", p.savedAt());
            item.put("findings", p.report().findings());
            List<String> advice = new ArrayList<>();
            p.report().advice().forEach(a -> advice.add(a.id()));
            item.put("advice", advice);
            item.put("changes", p.changes());
            list.add(item);
        }
        root.put("assessments", list);
        Map<String, List<Object>> shown = new LinkedHashMap<>();
        trends.forEach((key, values) -> shown.put(key, values.stream().map(v -> v.isNaN() ? null : (Object) v).toList()));
        root.put("trends", shown);
        try {
            return MAPPER.writeValueAsString(root) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the history as JSON", e);
        }
    }

    private static String html(Content c, String name, List<Point> points, Map<String, List<Double>> trends) {
        StringBuilder out = new StringBuilder();
        out.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>History of ").append(Html.esc(name))
                .append("</title><style>body{font-family:system-ui,sans-serif;max-width:62em;margin:2em auto;padding:0 1em}"
                        + "td,th{border:1px solid #ccc;padding:.3em .5em;text-align:left;vertical-align:top}table{border-collapse:collapse}"
                        + "</style></head><body>\n<h1>History of ").append(Html.esc(name)).append("</h1>\n");
        trends.forEach((key, values) -> out.append("<h2>").append(Html.esc(title(c, key))).append("</h2>\n")
                .append(Html.trendChart(values)).append('\n'));
        out.append("<h2>Assessments</h2>\n<table><tr><th>#</th><th>Saved</th><th>What changed</th></tr>\n");
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            out.append("<tr><td>").append(i + 1).append("</td><td>").append(Html.esc(p.savedAt())).append("</td><td>");
            if (i == 0) {
                out.append("first assessment");
            } else if (p.changes().isEmpty()) {
                out.append("no change");
            } else {
                out.append("<ul>");
                p.changes().forEach(line -> out.append("<li>").append(Html.esc(line)).append("</li>"));
                out.append("</ul>");
            }
            out.append("</td></tr>\n");
        }
        return out.append("</table>\n</body></html>\n").toString();
    }
}
