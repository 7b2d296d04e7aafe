package org.citytwin.pipeline.read;

import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamException;
import org.citytwin.model.IssueMessage;

/** A file the reader stops on purpose (a DOCTYPE, runaway nesting): says why from the bundles, in English as its message. */
final class ReadRefusal extends XMLStreamException {

    private final transient IssueMessage text;

    ReadRefusal(IssueMessage text, Location location) {
        super(text.english(), location);
        this.text = text;
    }

    IssueMessage text() {
        return text;
    }
}
