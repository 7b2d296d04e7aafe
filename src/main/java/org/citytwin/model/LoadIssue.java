package org.citytwin.model;

import java.util.Objects;
import org.citytwin.text.Texts;

/**
 * One problem found while loading: names the file, and where known the line/column and gml:id.
 * Line and column are 0 when unknown. The category feeds the data-quality report.
 *
 * @param count how many occurrences this issue stands for (&ge; 1): data-quality issues are aggregated per
 *              object and category, so one issue can report e.g. 12 non-planar rings
 * @param message the message in English (JSON, logs)
 * @param text    the message as a bundle key with arguments, for {@link #displayMessage()}; null for messages not
 *                (yet) written through a bundle
 */
public record LoadIssue(Severity severity, IssueCategory category, String file, int line, int column, String gmlId,
                        String message, int count, IssueMessage text) {

    public LoadIssue {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(message, "message");
        if (count < 1) throw new IllegalArgumentException("count must be at least 1: " + count);
    }

    /** A message without a bundle key: shown as written, in every language. */
    public LoadIssue(Severity severity, IssueCategory category, String file, int line, int column, String gmlId,
                     String message, int count) {
        this(severity, category, file, line, column, gmlId, message, count, null);
    }

    /** A message from the bundles: stored in English, shown in the current language. */
    public LoadIssue(Severity severity, IssueCategory category, String file, int line, int column, String gmlId,
                     IssueMessage text, int count) {
        this(severity, category, file, line, column, gmlId, text.english(), count, text);
    }

    /** One occurrence of a message from the bundles. */
    public LoadIssue(Severity severity, IssueCategory category, String file, int line, int column, String gmlId,
                     IssueMessage text) {
        this(severity, category, file, line, column, gmlId, text, 1);
    }

    /** The message in the current language (the data-quality panel, the plain CLI). */
    public String displayMessage() {
        return text == null ? message : text.text();
    }

    /** The category's name in the current language. */
    public static String categoryName(IssueCategory category) {
        return Texts.get(CATEGORY + category.name());
    }

    /** The severity's word in the current language. */
    public static String severityName(Severity severity) {
        return Texts.get(SEVERITY + severity.name());
    }

    private static final String CATEGORY = "names.category.", SEVERITY = "names.severity.";

    /** One occurrence. */
    public LoadIssue(Severity severity, IssueCategory category, String file, int line, int column, String gmlId,
                     String message) {
        this(severity, category, file, line, column, gmlId, message, 1);
    }

    /** An issue of category OTHER. */
    public LoadIssue(Severity severity, String file, int line, int column, String gmlId, String message) {
        this(severity, IssueCategory.OTHER, file, line, column, gmlId, message);
    }

    public static LoadIssue error(String file, String message) {
        return new LoadIssue(Severity.ERROR, IssueCategory.FILE, file, 0, 0, null, message);
    }

    public static LoadIssue error(String file, IssueMessage text) {
        return new LoadIssue(Severity.ERROR, IssueCategory.FILE, file, 0, 0, null, text);
    }

    public static LoadIssue warning(String file, String gmlId, String message) {
        return new LoadIssue(Severity.WARNING, file, 0, 0, gmlId, message);
    }

    /** "SEVERITY file:line:column: [gml:id] message" in English, as printed in logs. */
    public String describe() {
        return describe(severity.name(), message);
    }

    /** {@link #describe()} in the current language: the severity word and the message translated. */
    public String displayDescription() {
        return describe(severityName(severity), displayMessage());
    }

    private String describe(String severityWord, String text) {
        StringBuilder sb = new StringBuilder();
        sb.append(severityWord).append(' ');
        if (file != null) sb.append(file);
        if (line > 0) sb.append(':').append(line).append(column > 0 ? ":" + column : "");
        sb.append(": ");
        if (gmlId != null) sb.append('[').append(gmlId).append("] ");
        sb.append(text);
        return sb.toString();
    }
}
