package com.allianceadvisor.portfolio;

import java.util.List;

/** Escaping and a small SVG line chart for the history page. */
final class Html {
    private Html() {
    }

    static String esc(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    /** A line through the values (NaN: gap), on a 0..max scale, one point per assessment. */
    static String trendChart(List<Double> values) {
        int width = 480;
        int height = 140;
        int pad = 24;
        double max = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                max = Math.max(max, v);
            }
        }
        max = max <= 0 ? 1 : max <= 100 ? 100 : max;
        double step = values.size() < 2 ? 0 : (width - 2.0 * pad) / (values.size() - 1);
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + width + "\" height=\"" + height
                + "\" role=\"img\"><rect x=\"0\" y=\"0\" width=\"" + width + "\" height=\"" + height + "\" fill=\"#fafafa\"/>");
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            double v = values.get(i);
            if (Double.isNaN(v)) {
                continue;
            }
            long x = Math.round(pad + i * step);
            long y = Math.round(height - pad - (height - 2.0 * pad) * v / max);
            line.append(line.length() == 0 ? "" : " ").append(x).append(',').append(y);
            svg.append("<circle cx=\"").append(x).append("\" cy=\"").append(y).append("\" r=\"4\" fill=\"#4a78b5\"/>")
                    .append("<text x=\"").append(x).append("\" y=\"").append(y - 8).append("\" font-size=\"11\" text-anchor=\"middle\">")
                    .append(v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v)).append("</text>");
        }
        svg.append("<polyline fill=\"none\" stroke=\"#4a78b5\" stroke-width=\"2\" points=\"").append(line).append("\"/>");
        return svg.append("</svg>").toString();
    }
}
