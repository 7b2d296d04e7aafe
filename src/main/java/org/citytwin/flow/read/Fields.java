package org.citytwin.flow.read;

import java.util.ArrayList;
import java.util.List;

/** Splitting text records into fields, and testing fields, without regular expressions (files have hundreds of thousands of lines). */
final class Fields {
    private Fields() {
    }

    /**
     * Splits on runs of spaces and tabs into {@code out}; returns the number of fields found (fields beyond
     * {@code out.length} are counted but not stored).
     */
    static int splitWhitespace(String s, String[] out) {
        int n = 0;
        int i = 0;
        int len = s.length();
        while (i < len) {
            while (i < len && isBlank(s.charAt(i))) i++;
            if (i >= len) break;
            int start = i;
            while (i < len && !isBlank(s.charAt(i))) i++;
            if (n < out.length) out[n] = s.substring(start, i);
            n++;
        }
        return n;
    }

    /**
     * Splits one delimited record, honouring double quotes ("a, b" is one field; "" inside quotes is a quote).
     * Returns null when a quote is not closed.
     */
    static List<String> splitDelimited(String s, char delimiter) {
        List<String> out = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < s.length() && s.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.toString().isBlank()) {
                field.setLength(0);
                quoted = true;
            } else if (c == delimiter) {
                out.add(field.toString().strip());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) return null;
        out.add(field.toString().strip());
        return out;
    }

    /**
     * A number as Java writes it, or as C, Python and numpy write non-finite ones ("nan", "inf", "-inf"), so such
     * rows are skipped as invalid positions rather than mistaken for text.
     *
     * @throws NumberFormatException when it is neither
     */
    static double number(String s) {
        String t = s.strip();
        String u = t.startsWith("-") || t.startsWith("+") ? t.substring(1) : t;
        if (u.equalsIgnoreCase("nan")) return Double.NaN;
        if (u.equalsIgnoreCase("inf") || u.equalsIgnoreCase("infinity")) {
            return t.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        return Double.parseDouble(t);
    }

    /** Whether a field parses as a number (used to tell data rows from header rows and formats apart). */
    static boolean isNumber(String s) {
        try {
            number(s);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }
}
