package org.citytwin.pipeline.read;

import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamException;
import org.citytwin.model.IssueCategory;
import org.citytwin.model.LoadIssue;
import org.citytwin.model.Severity;

/** Turns reader exceptions into issues that name the file, line and column. */
final class XmlProblems {

    private XmlProblems() {
    }

    static LoadIssue toIssue(String file, Throwable error, String what) {
        XMLStreamException xml = find(error);
        int line = 0;
        int column = 0;
        String detail = rootMessage(error);
        if (xml != null) {
            Location location = xml.getLocation();
            if (location != null) {
                line = Math.max(0, location.getLineNumber());
                column = Math.max(0, location.getColumnNumber());
            }
            detail = cleanMessage(xml);
        }
        String where = line > 0 ? " at line " + line + ", column " + column : "";
        return new LoadIssue(Severity.ERROR, IssueCategory.FILE, file, line, column, null, what + where + ": " + detail);
    }

    private static XMLStreamException find(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof XMLStreamException x) return x;
            if (t.getCause() == t) break;
        }
        return null;
    }

    private static String cleanMessage(XMLStreamException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        // JDK messages start with "ParseError at [row,col]:[1,1]\nMessage: ..." - keep the human part
        int i = message.indexOf("Message:");
        return (i >= 0 ? message.substring(i + 8) : message).strip();
    }

    /** Plain words for the innermost cause; Java class names never reach the user. */
    static String rootMessage(Throwable error) {
        Throwable t = error;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        if (t instanceof StackOverflowError) return "its content is nested too deeply to be read";
        if (t instanceof OutOfMemoryError) return "reading it needs more memory than the viewer has";
        String message = t.getMessage();
        return message == null || message.isBlank() ? "an unexpected internal error stopped the reader" : message;
    }
}
