package com.allianceadvisor.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.allianceadvisor.engine.AllianceFact;
import com.allianceadvisor.knowledge.View;

/** Places the alliances of a portfolio review on a map view, and draws it as text, Markdown or SVG. */
final class PortfolioMap {
    private static final String NONE = "?";

    private PortfolioMap() {
    }

    static List<ViewData.Placed> place(View.Grid grid, List<AllianceFact> facts) {
        Map<String, Map<String, List<String>>> byAlliance = new TreeMap<>();
        for (AllianceFact f : facts) {
            byAlliance.computeIfAbsent(f.getAlliance(), k -> new TreeMap<>()).computeIfAbsent(f.getKey(), k -> new ArrayList<>())
                    .add(f.getValue());
        }
        List<ViewData.Placed> placed = new ArrayList<>();
        byAlliance.forEach((alliance, values) -> {
            String label = first(values, grid.label(), alliance);
            Double value = null;
            try {
                String v = first(values, grid.colour(), null);
                value = v == null ? null : Double.valueOf(v);
            } catch (NumberFormatException e) {
                // not a number: left uncoloured
            }
            View.Band band = null;
            for (View.Band b : grid.bands()) {
                if (value != null && value >= b.min()) {
                    band = b;
                    break;
                }
            }
            placed.add(new ViewData.Placed(label, first(values, grid.row(), NONE), first(values, grid.column(), NONE), value,
                    band == null ? grid.noValue() : band.label(), band == null ? "#999999" : band.colour()));
        });
        placed.sort(Comparator.comparing(ViewData.Placed::row, String.CASE_INSENSITIVE_ORDER).thenComparing(ViewData.Placed::label));
        return List.copyOf(placed);
    }

    private static String first(Map<String, List<String>> values, String key, String otherwise) {
        List<String> list = values.get(key);
        if (list == null || list.isEmpty()) {
            return otherwise;
        }
        String v = String.join("; ", list);
        return v.equals("unknown") && otherwise != null ? NONE : v;
    }

    static List<String> columns(ViewData data) {
        Set<String> columns = new LinkedHashSet<>(data.view().grid().columnOrder());
        data.placed().forEach(p -> columns.add(p.column()));
        columns.removeIf(c -> data.placed().stream().noneMatch(p -> p.column().equals(c)));
        return List.copyOf(columns);
    }

    static List<String> rows(ViewData data) {
        Set<String> rows = new LinkedHashSet<>();
        data.placed().forEach(p -> rows.add(p.row()));
        return List.copyOf(rows);
    }

    static List<ViewData.Placed> cell(ViewData data, String row, String column) {
        return data.placed().stream().filter(p -> p.row().equals(row) && p.column().equals(column)).toList();
    }

    static String mark(ViewData.Placed p) {
        return p.label() + " (" + (p.value() == null ? p.band() : ReportText.number(p.value()) + ", " + p.band()) + ")";
    }

    /** Rows by business area, columns by status, each alliance with its number and band. */
    static String table(ViewData data, boolean plain) {
        StringBuilder out = new StringBuilder();
        if (data.placed().isEmpty()) {
            return plain ? "  (no alliances)\n" : "_(no alliances)_\n";
        }
        List<String> columns = columns(data);
        if (plain) {
            for (String row : rows(data)) {
                out.append("   ").append(row).append('\n');
                for (String column : columns) {
                    List<ViewData.Placed> here = cell(data, row, column);
                    if (!here.isEmpty()) {
                        out.append("      ").append(column).append(": ")
                                .append(String.join(", ", here.stream().map(PortfolioMap::mark).toList())).append('\n');
                    }
                }
            }
            return out.toString();
        }
        out.append("| |");
        columns.forEach(c -> out.append(' ').append(md(c)).append(" |"));
        out.append("\n|---|");
        columns.forEach(c -> out.append("---|"));
        out.append('\n');
        for (String row : rows(data)) {
            out.append("| ").append(md(row)).append(" |");
            for (String column : columns) {
                out.append(' ').append(md(String.join("; ", cell(data, row, column).stream().map(PortfolioMap::mark).toList()))).append(" |");
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** Markdown-safe text: characters that would become markup are escaped. */
    static String md(String s) {
        return s.replaceAll("([\\\\`*_\\[\\]<>|#])", "\\\\$1");
    }

    /** An SVG grid: business areas down, statuses across, one coloured box per alliance. */
    static String svg(ViewData data) {
        List<String> columns = columns(data);
        List<String> rows = rows(data);
        int labelWidth = 160;
        int colWidth = 220;
        int boxHeight = 22;
        int header = 28;
        List<Integer> heights = new ArrayList<>();
        for (String row : rows) {
            int most = 1;
            for (String column : columns) {
                most = Math.max(most, cell(data, row, column).size());
            }
            heights.add(most * (boxHeight + 4) + 8);
        }
        int height = header + heights.stream().mapToInt(Integer::intValue).sum();
        int width = labelWidth + colWidth * Math.max(1, columns.size());
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + width + "\" height=\"" + height
                + "\" font-family=\"sans-serif\" font-size=\"12\" role=\"img\">");
        for (int c = 0; c < columns.size(); c++) {
            svg.append("<text x=\"").append(labelWidth + c * colWidth + 6).append("\" y=\"18\" font-weight=\"bold\">")
                    .append(esc(columns.get(c))).append("</text>");
        }
        int y = header;
        for (int r = 0; r < rows.size(); r++) {
            svg.append("<line x1=\"0\" y1=\"").append(y).append("\" x2=\"").append(width).append("\" y2=\"").append(y)
                    .append("\" stroke=\"#ddd\"/><text x=\"4\" y=\"").append(y + 18).append("\" font-weight=\"bold\">")
                    .append(esc(rows.get(r))).append("</text>");
            for (int c = 0; c < columns.size(); c++) {
                int by = y + 4;
                for (ViewData.Placed p : cell(data, rows.get(r), columns.get(c))) {
                    int x = labelWidth + c * colWidth + 4;
                    svg.append("<rect x=\"").append(x).append("\" y=\"").append(by).append("\" width=\"").append(colWidth - 8)
                            .append("\" height=\"").append(boxHeight).append("\" rx=\"4\" fill=\"").append(esc(p.colour()))
                            .append("\"><title>").append(esc(mark(p))).append("</title></rect><text x=\"").append(x + 6)
                            .append("\" y=\"").append(by + 15).append("\" fill=\"#fff\">").append(esc(mark(p))).append("</text>");
                    by += boxHeight + 4;
                }
            }
            y += heights.get(r);
        }
        return svg.append("</svg>").toString();
    }

    private static String esc(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
