package com.allianceadvisor.knowledge;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.TreeSet;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Strict reading of the JSON files users and consultants write: UTF-8 only (a byte-order mark is
 * allowed), no duplicate keys, nothing after the document, and a short error for each mistake.
 */
public final class StrictJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private StrictJson() {
    }

    /** The text of a file's bytes, or the reason it is not UTF-8 text (as a {@link StrictJsonException}). */
    public static String utf8(String name, byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new StrictJsonException(name + ": not UTF-8 text (byte " + firstBadByte(bytes) + " is not valid UTF-8); save the file as UTF-8");
        }
    }

    /** The 1-based position of the first byte that is not valid UTF-8. */
    private static int firstBadByte(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        var result = decoder.decode(in, out, true);
        return result.isError() ? in.position() + 1 : bytes.length;
    }

    /** Parses the text; a syntax error, a duplicate key or trailing text is one short line naming the file and the line. */
    public static JsonNode parse(String name, String text) {
        try {
            return MAPPER.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (JsonProcessingException e) {
            throw new StrictJsonException(JsonSyntax.describe(name, e));
        }
    }

    /** An unknown key is an error naming the allowed keys, with the nearest one as a hint; returns null when all are allowed. */
    public static String unknownKey(String name, String where, JsonNode node, Collection<String> allowed) {
        var it = node.fieldNames();
        while (it.hasNext()) {
            String k = it.next();
            if (!allowed.contains(k)) {
                String near = Nearest.of(k, allowed);
                return name + ": " + (where.isEmpty() ? "" : where + ": ") + "unknown key '" + Echo.of(k) + "'"
                        + (near == null ? "" : " (did you mean '" + near + "'?)") + "; allowed: " + String.join(", ", new TreeSet<>(allowed));
            }
        }
        return null;
    }

    /** A strict-reading error; callers turn it into their own kind of error. */
    public static final class StrictJsonException extends RuntimeException {
        public StrictJsonException(String message) {
            super(message);
        }
    }
}
