package org.citytwin.flow;

import com.fasterxml.jackson.core.JsonProcessingException;

/** What went wrong in a JSON text, in words for the user: Jackson's message without its internal source notes. */
public final class JsonProblem {

    private JsonProblem() {
    }

    /** E.g. "Unexpected end-of-input: expected close marker for Object (opened at line 1, column 40)". */
    public static String describe(JsonProcessingException e) {
        String text = e.getOriginalMessage();
        // Jackson appends "(start marker at [Source: REDACTED ...; line: 1, column: 40])": keep only where it opened
        int marker = text.indexOf(" (start marker at [Source:");
        if (marker < 0) return text.strip();
        int line = text.indexOf("line: ", marker);
        String where = line < 0 ? "" : " (opened at " + text.substring(line).replace("line: ", "line ")
                .replace("column: ", "column ").replaceAll("[\\])]+$", "") + ")";
        return text.substring(0, marker).strip() + where;
    }
}
