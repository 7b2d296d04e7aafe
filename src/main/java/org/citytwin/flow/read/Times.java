package org.citytwin.flow.read;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;

/** Date-times as they appear in flow files, to epoch ms. */
final class Times {
    /** "2013-10-01 08:00:00", "2013-10-01T08:00:00.5": a date and a time, T or space, optional fraction. */
    private static final DateTimeFormatter LOCAL = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .append(DateTimeFormatter.ofPattern("H:mm[:ss]"))
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .toFormatter();

    /** ±100 million days (the range of JavaScript dates): anything beyond is a broken number, not a time. */
    static final double MAX_ABS_MILLIS = 8.64e15;

    private Times() {
    }

    /**
     * Milliseconds computed from a file's numbers, checked: finite and within {@link #MAX_ABS_MILLIS}.
     *
     * @throws NumberFormatException when it is not
     */
    static long millis(double ms) {
        if (!(Math.abs(ms) <= MAX_ABS_MILLIS)) {
            throw new NumberFormatException("time " + ms + " ms is not finite or lies beyond 100 million days");
        }
        return Math.round(ms);
    }

    /**
     * An ISO 8601 instant ("...Z", "...+09:00") or, without an offset, a local date-time in {@code zone}.
     *
     * @throws DateTimeParseException when it is neither
     */
    static long parse(String text, ZoneId zone) {
        long ms;
        try {
            ms = parseUnchecked(text, zone);
        } catch (ArithmeticException e) {
            throw new DateTimeParseException("beyond the range of times", text, 0);
        }
        if (Math.abs(ms) > MAX_ABS_MILLIS) throw new DateTimeParseException("beyond the range of times", text, 0);
        return ms;
    }

    private static long parseUnchecked(String text, ZoneId zone) {
        String s = text.strip();
        try {
            return Instant.parse(s).toEpochMilli();
        } catch (DateTimeParseException e) {
            // not UTC with Z
        }
        try {
            return OffsetDateTime.parse(s).toInstant().toEpochMilli();
        } catch (DateTimeParseException e) {
            // no offset
        }
        return LocalDateTime.parse(s, LOCAL).atZone(zone).toInstant().toEpochMilli();
    }

    /** An ISO instant for reports. */
    static String iso(long millis) {
        return Instant.ofEpochMilli(millis).toString();
    }
}
