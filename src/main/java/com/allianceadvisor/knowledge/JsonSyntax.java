package com.allianceadvisor.knowledge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;

/** One short line for a JSON syntax error: file, line, what the parser expected, and the column. */
public final class JsonSyntax {
    private static final int MESSAGE_LIMIT = 160;

    private JsonSyntax() {
    }

    public static String describe(String file, JsonProcessingException e) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage().split("\n")[0];
        // Jackson appends "(start marker at [Source: ...; line: 1, column: 13])": keep only what was expected
        int detail = message.indexOf(" (start marker at");
        if (detail >= 0) {
            message = message.substring(0, detail);
        }
        if (e instanceof StreamConstraintsException || message.contains("StreamReadConstraints")) {
            // the parser's own limits, said without its settings
            message = message.startsWith("Document nesting depth") ? "the document is nested too deeply (more than 1000 levels)"
                    : message.contains("length") ? "a value is too long" : "the document exceeds the parser's limits";
        }
        message = message.replaceAll("\\p{Cntrl}", "?");
        if (message.length() > MESSAGE_LIMIT) {
            message = message.substring(0, MESSAGE_LIMIT) + "...";
        }
        int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
        int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
        return file + (line > 0 ? ":" + line : "") + ": not valid JSON: " + message + (column > 0 ? " (column " + column + ")" : "");
    }
}
