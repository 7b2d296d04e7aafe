package org.citytwin.model;

import java.util.Objects;

/**
 * One problem found while loading: names the file, and where known the line/column and gml:id.
 * Line and column are 0 when unknown. The category feeds the data-quality report.
 *
 * @param count how many occurrences this issue stands for (&ge; 1): data-quality issues are aggregated per
 *              object and category, so one issue can report e.g. 12 non-planar rings
 */
public record LoadIssue(Severity severity, IssueCategory category, String file, int line, int column, String gmlId,
                        String message, int count) {

    public LoadIssue {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(message, "message");
        if (count < 1) throw new IllegalArgumentException("count must be at least 1: " + count);
    }

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

    public static LoadIssue warning(String file, String gmlId, String message) {
        return new LoadIssue(Severity.WARNING, file, 0, 0, gmlId, message);
    }

    /** "file:line:column: [gml:id] message" as printed in logs and on the console. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        sb.append(severity).append(' ');
        if (file != null) sb.append(file);
        if (line > 0) sb.append(':').append(line).append(column > 0 ? ":" + column : "");
        sb.append(": ");
        if (gmlId != null) sb.append('[').append(gmlId).append("] ");
        sb.append(message);
        return sb.toString();
    }
}
