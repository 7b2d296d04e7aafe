package org.citytwin.ui.study;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import org.citytwin.shadow.StudySettings;
import org.citytwin.text.Texts;

/**
 * The study form's fields as the user typed them, turned into {@link StudySettings}; a field that cannot be read
 * is refused with a sentence naming the field and what was typed ({@link IllegalArgumentException}), before any work.
 */
record StudyInputs(LocalDate date, String from, String to, boolean clockTime, double plane, String grid, String levels,
                   String limitNear, String limitFar) {

    /** The regulation's sampling: 5 minute steps, as the CLI's default. */
    static final Duration STEP = Duration.ofMinutes(5);
    /** Shown as HH:mm; typed with one hour digit or two ("8:00" as "08:00"). */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");

    StudySettings settings() {
        if (date == null) throw refuse("studyui.error.date");
        LocalTime start = time(from, "studyui.field.from"), end = time(to, "studyui.field.to");
        if (!end.isAfter(start)) throw new IllegalArgumentException(Texts.get("studyui.error.order", from.strip(), to.strip()));
        double spacing = positive(grid, "studyui.field.grid");
        double[] hours = levels(levels);
        double near = positive(limitNear, "studyui.field.limitNear"), far = positive(limitFar, "studyui.field.limitFar");
        return new StudySettings(date, start, end, clockTime, plane, spacing, hours, STEP, near, far);
    }

    private static LocalTime time(String text, String field) {
        try {
            return LocalTime.parse(text.strip(), TIME);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(Texts.get("studyui.error.time", Texts.get(field), text.strip()));
        }
    }

    private static double positive(String text, String field) {
        double v = number(text);
        if (!(v > 0) || Double.isInfinite(v)) throw new IllegalArgumentException(Texts.get("studyui.error.positive", Texts.get(field), text.strip()));
        return v;
    }

    /** "2, 3, 4, 5" → sorted, distinct hours; each a positive number. */
    static double[] levels(String text) {
        String[] parts = text.strip().split("\\s*[,、]\\s*");
        double[] out = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            double v = number(parts[i]);
            if (!(v > 0) || v > 24) throw new IllegalArgumentException(Texts.get("studyui.error.levels", text.strip(), parts[i]));
            out[i] = v;
        }
        return Arrays.stream(out).sorted().distinct().toArray();
    }

    /** A decimal number with a point or a comma; NaN when it is none. */
    private static double number(String text) {
        try {
            return Double.parseDouble(text.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static IllegalArgumentException refuse(String key) {
        return new IllegalArgumentException(Texts.get(key));
    }
}
