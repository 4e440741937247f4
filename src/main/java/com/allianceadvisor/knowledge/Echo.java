package com.allianceadvisor.knowledge;

/**
 * Text from a file or a user as it may appear inside a one-line message: control characters and
 * escape sequences shown as {@code \\uXXXX}, and at most 60 characters.
 */
public final class Echo {
    private static final int LIMIT = 60;

    private Echo() {
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
