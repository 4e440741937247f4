package com.allianceadvisor;

import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * Mutates a valid JSON document the ways careless and hostile users do: wrong types, dropped and extra
 * fields, random bytes, deep nesting, huge strings, duplicate keys, a byte-order mark, non-UTF-8 bytes,
 * truncation and markup. Deterministic for a given random source.
 */
public final class Mutations {
    private Mutations() {
    }

    public static byte[] mutate(String valid, Random random) {
        String s = valid;
        int rounds = 1 + random.nextInt(3);
        for (int i = 0; i < rounds; i++) {
            s = once(s, random);
        }
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        return switch (random.nextInt(12)) {
            case 0 -> withBom(bytes);
            case 1 -> flipBytes(bytes, random);
            case 2 -> latin1(s);
            default -> bytes;
        };
    }

    private static String once(String s, Random r) {
        return switch (r.nextInt(16)) {
            case 0 -> s.substring(0, r.nextInt(Math.max(1, s.length())));                          // truncated
            case 1 -> s.replaceFirst("\"[a-zA-Z_]+\"\\s*:", "\"" + word(r) + "\":");                // renamed key
            case 2 -> s.replaceFirst("\\{", "{\"" + word(r) + "\": " + value(r) + ", ");             // extra key
            case 3 -> s.replaceFirst(":\\s*\"[^\"]*\"", ": " + value(r));                            // wrong type
            case 4 -> s.replaceFirst(":\\s*\\{", ": " + value(r) + ", \"x\": {");                    // object replaced
            case 5 -> s.replaceFirst("\\{\\s*\"([^\"]+)\"\\s*:\\s*([^,}]+)", "{\"$1\": $2, \"$1\": $2"); // duplicate key
            case 6 -> "[".repeat(500 + r.nextInt(2000)) + "]".repeat(r.nextInt(3) == 0 ? 0 : 10);   // deep nesting
            case 7 -> s.replaceFirst("\"([^\"]*)\"\\s*}", "\"" + "x".repeat(100_000 + r.nextInt(1_000_000)) + "\"}"); // huge string
            case 8 -> s + " " + word(r);                                                           // trailing garbage
            case 9 -> s.replaceFirst("\"[^\"]*\"", "\"<script>alert(1)</script>\\u001b[2J\\n## heading\"");   // markup, escapes
            case 10 -> s.replace("{", "").replace("}", "");
            case 11 -> "null";
            case 12 -> randomText(r);
            case 13 -> s.replaceFirst(":\\s*\\[", ": [" + value(r) + ", ");
            case 14 -> s.replaceFirst("\\d+", String.valueOf(r.nextLong()));
            default -> s.replaceFirst("\"([a-z_]+)\"\\s*:\\s*(\"[^\"]*\"|\\d+|\\[[^\\]]*\\]|\\{[^}]*\\})\\s*,?", "");   // dropped field
        };
    }

    private static String value(Random r) {
        return switch (r.nextInt(8)) {
            case 0 -> "null";
            case 1 -> String.valueOf(r.nextInt());
            case 2 -> "1.5e300";
            case 3 -> "true";
            case 4 -> "[]";
            case 5 -> "{}";
            case 6 -> "\"" + word(r) + "\"";
            default -> "[\"" + word(r) + "\", 3]";
        };
    }

    private static String word(Random r) {
        String[] words = {"answerz", "Answers", "goals", "schemaVersion", "", "../../etc", "q_a", "partnerAnswers", "\\u0000", "é", "💥"};
        return words[r.nextInt(words.length)];
    }

    private static String randomText(Random r) {
        StringBuilder sb = new StringBuilder();
        int n = r.nextInt(200);
        for (int i = 0; i < n; i++) {
            sb.append((char) (32 + r.nextInt(95)));
        }
        return sb.toString();
    }

    private static byte[] withBom(byte[] b) {
        byte[] out = new byte[b.length + 3];
        out[0] = (byte) 0xEF;
        out[1] = (byte) 0xBB;
        out[2] = (byte) 0xBF;
        System.arraycopy(b, 0, out, 3, b.length);
        return out;
    }

    private static byte[] flipBytes(byte[] b, Random r) {
        byte[] out = b.clone();
        for (int i = 0; i < 1 + r.nextInt(4) && out.length > 0; i++) {
            out[r.nextInt(out.length)] = (byte) r.nextInt(256);
        }
        return out;
    }

    private static byte[] latin1(String s) {
        return ("{\"answers\": {\"q\u00e9\": \"caf\u00e9\"}, " + (s.length() > 1 ? s.substring(1) : "}")).getBytes(StandardCharsets.ISO_8859_1);
    }
}
