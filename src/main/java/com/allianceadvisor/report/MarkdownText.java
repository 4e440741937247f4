package com.allianceadvisor.report;

/**
 * Text from the knowledge base or a user made safe inside Markdown: on one line, control characters
 * replaced, every markup character escaped and no raw HTML, so it cannot inject headings, links or scripts.
 */
public final class MarkdownText {
    private MarkdownText() {
    }

    /** One line, control characters replaced: for plain text output. */
    public static String line(String s) {
        return s == null ? "" : s.replaceAll("[\\r\\n]+", " ").replaceAll("\\p{Cntrl}", "?");
    }

    public static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : line(s).toCharArray()) {
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '\\', '`', '*', '_', '[', ']', '#', '|', '!', '(', ')' -> sb.append('\\').append(c);
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
