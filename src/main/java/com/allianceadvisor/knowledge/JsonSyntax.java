package com.allianceadvisor.knowledge;

import com.fasterxml.jackson.core.JsonProcessingException;

/** One short line for a JSON syntax error: file, line, what the parser expected, and the column. */
public final class JsonSyntax {
    private JsonSyntax() {
    }

    public static String describe(String file, JsonProcessingException e) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage().split("\n")[0];
        // Jackson appends "(start marker at [Source: ...; line: 1, column: 13])": keep only what was expected
        int detail = message.indexOf(" (start marker at");
        if (detail >= 0) {
            message = message.substring(0, detail);
        }
        int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
        int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
        return file + ":" + line + ": not valid JSON: " + message + (column > 0 ? " (column " + column + ")" : "");
    }
}
