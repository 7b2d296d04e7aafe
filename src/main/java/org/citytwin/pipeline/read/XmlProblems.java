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

    private static String rootMessage(Throwable error) {
        Throwable t = error;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        String message = t.getMessage();
        return message == null ? t.getClass().getSimpleName() : message;
    }
}
