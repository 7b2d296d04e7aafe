package org.citytwin.pipeline.read;

import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamException;
import org.citytwin.model.IssueCategory;
import org.citytwin.model.IssueMessage;
import org.citytwin.model.LoadIssue;
import org.citytwin.model.Severity;

/** Turns reader exceptions into issues that name the file, line and column. */
final class XmlProblems {

    private XmlProblems() {
    }

    /** {@code what} is a bundle key taking the line (0 when unknown) for a choice, line and column as text, and the detail. */
    static LoadIssue toIssue(String file, Throwable error, String what) {
        XMLStreamException xml = find(error, ReadRefusal.class);
        if (xml == null) xml = find(error, XMLStreamException.class);
        int line = 0;
        int column = 0;
        Object detail = rootMessage(error);
        if (xml != null) {
            Location location = xml.getLocation();
            if (location != null) {
                line = Math.max(0, location.getLineNumber());
                column = Math.max(0, location.getColumnNumber());
            }
            detail = xml instanceof ReadRefusal refusal ? refusal.text() : cleanMessage(xml);
        }
        return new LoadIssue(Severity.ERROR, IssueCategory.FILE, file, line, column, null,
                IssueMessage.of(what, line, String.valueOf(line), String.valueOf(column), detail));
    }

    private static XMLStreamException find(Throwable error, Class<? extends XMLStreamException> kind) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (kind.isInstance(t)) return (XMLStreamException) t;
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

    /**
     * Plain words for the innermost cause; Java class names never reach the user. The exception's own message (from the
     * parser or the JDK) is quoted as it is.
     */
    static Object rootMessage(Throwable error) {
        Throwable t = error;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        if (t instanceof StackOverflowError) return IssueMessage.of("issues.xml.nested");
        if (t instanceof OutOfMemoryError) return IssueMessage.of("issues.xml.memory");
        String message = t.getMessage();
        return message == null || message.isBlank() ? IssueMessage.of("issues.xml.internal") : message;
    }
}
