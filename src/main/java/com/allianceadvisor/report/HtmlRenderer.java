package com.allianceadvisor.report;

/** A self-contained HTML page around the Markdown report (kept as preformatted, escaped text). */
final class HtmlRenderer {
    private HtmlRenderer() {
    }

    static String render(String markdown) {
        String escaped = markdown.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Alliance Advisor report</title>"
                + "<style>body{font-family:sans-serif;max-width:60em;margin:2em auto}pre{white-space:pre-wrap}</style>"
                + "</head><body><pre>\n" + escaped + "</pre></body></html>\n";
    }
}
