package com.allianceadvisor.knowledge;

/**
 * Text from a file or a user as it may appear inside a one-line message: control characters and
 * escape sequences shown as {@code \\uXXXX}, and at most 60 characters.
 */
public final class Echo {
    private static final int LIMIT = 60;
    private static final java.util.regex.Pattern QUOTED = java.util.regex.Pattern.compile("(?<=^|[\\s(\\[:=,])'(.*?)'(?=$|[^\\w])");

    private Echo() {
    }

    /**
     * A whole message made safe for one line: control characters escaped, and every quoted text
     * longer than the limit cut (so a huge value from a file never becomes a huge message).
     */
    public static String line(String message) {
        if (message == null) {
            return "";
        }
        // A quoted text opens after a space or punctuation and closes at the nearest quote not followed by a
        // letter, so that the text between two quoted names ('a' ... 'b') is never taken for a quoted one.
        java.util.regex.Matcher m = QUOTED.matcher(message);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String quoted = m.group(1);
            m.appendReplacement(sb, java.util.regex.Matcher.quoteReplacement("'" + (quoted.length() > LIMIT ? of(quoted) : quoted) + "'"));
        }
        m.appendTail(sb);
        String once = sb.toString();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < once.length(); i++) {
            char c = once.charAt(i);
            out.append(Character.isISOControl(c) || Character.getType(c) == Character.FORMAT ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return out.length() > 2000 ? out.substring(0, 2000) + "..." : out.toString();
    }

    public static String of(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length() && sb.length() < LIMIT; i++) {
            char c = s.charAt(i);
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || Character.getType(c) == Character.FORMAT) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.length() >= LIMIT && s.length() > LIMIT ? sb.substring(0, LIMIT) + "... (" + s.length() + " characters)" : sb.toString();
    }
}
