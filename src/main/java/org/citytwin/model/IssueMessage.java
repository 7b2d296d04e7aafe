package org.citytwin.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.citytwin.text.Texts;

/**
 * A load issue's message as a bundle key and its arguments, so each edge renders it in its language: the data-quality
 * panel and the plain CLI in the current one, JSON and logs in English ({@link LoadIssue#message()}).
 * Arguments are kept as String, Long, Double or a nested IssueMessage (a clause rendered in the same language), so
 * they survive the binary cache unchanged.
 */
public record IssueMessage(String key, List<Object> args) {

    public IssueMessage {
        Objects.requireNonNull(key, "key");
        List<Object> plain = new ArrayList<>(args.size());
        for (Object a : args) {
            if (a instanceof Byte || a instanceof Short || a instanceof Integer || a instanceof Long) plain.add(((Number) a).longValue());
            else if (a instanceof Number n) plain.add(n.doubleValue());
            else if (a instanceof IssueMessage nested) plain.add(nested);
            else plain.add(String.valueOf(a));
        }
        args = List.copyOf(plain);
    }

    public static IssueMessage of(String key, Object... args) {
        return new IssueMessage(key, List.of(args.length == 0 ? new Object[0] : nullsAsText(args)));
    }

    /** In the current language. */
    public String text() {
        return Texts.get(key, rendered(false));
    }

    /** In English, whatever the current language (JSON, logs, the message stored with the issue). */
    public String english() {
        return Texts.english(key, rendered(true));
    }

    private Object[] rendered(boolean english) {
        Object[] out = args.toArray();
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof IssueMessage nested) out[i] = english ? nested.english() : nested.text();
        }
        return out;
    }

    private static Object[] nullsAsText(Object[] args) {
        Object[] copy = args.clone();
        for (int i = 0; i < copy.length; i++) if (copy[i] == null) copy[i] = "null";
        return copy;
    }
}
