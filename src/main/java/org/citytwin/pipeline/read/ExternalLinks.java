package org.citytwin.pipeline.read;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javax.xml.stream.XMLStreamReader;
import org.citytwin.model.LoadIssue;
import org.citytwin.pipeline.DatasetRoot;
import org.citytwin.pipeline.OutsideReferences;

/**
 * Watches every {@code xlink:href} for links into other documents ({@code other.gml#id}, URLs). Nothing here
 * or in citygml4j follows them; those that lead outside the dataset root or to the network are reported once
 * per file, so the user knows what was left out. Links within the file ({@code #id}, or a bare id) are not
 * this class's business. Judging touches no file outside the root.
 */
final class ExternalLinks {

    private static final String XLINK = "http://www.w3.org/1999/xlink";

    private final Path base;
    private final DatasetRoot root;
    /** Document part → verdict: a file may link into one other document thousands of times. */
    private final Map<String, DatasetRoot.Target> judged = new HashMap<>();
    private final OutsideReferences outside = new OutsideReferences("xlink");

    ExternalLinks(Path file, DatasetRoot root) {
        Path parent = file.toAbsolutePath().getParent();
        this.base = parent != null ? parent : Path.of("").toAbsolutePath();
        this.root = root;
    }

    /** The start tag the reader is on; {@code owner} is the top-level feature it lies in, or null. */
    void start(XMLStreamReader r, TopLevelRecord owner) {
        if (r.getAttributeCount() == 0) return;
        String href = r.getAttributeValue(XLINK, "href");
        if (href == null) return;
        String document = document(href.strip());
        if (document == null) return;
        DatasetRoot.Target target = judged.computeIfAbsent(document, d -> root.resolve(base, d));
        if (target.refused()) outside.add(target, r.getLocation().getLineNumber(), owner == null ? null : owner.id);
    }

    /** The warning for the file, or null when no link leaves the dataset. */
    LoadIssue issue(String file) {
        return outside.issue(file, root);
    }

    /** The document part of a link into another document, or null for a link within this file. */
    static String document(String href) {
        if (href.isEmpty() || href.startsWith("#")) return null;
        int hash = href.indexOf('#');
        String document = hash < 0 ? href : href.substring(0, hash);
        // "building_1" (an id without '#', as some files write it) stays in this file
        if (hash < 0 && document.indexOf('/') < 0 && document.indexOf('\\') < 0 && document.indexOf(':') < 0) return null;
        return document.isBlank() ? null : document;
    }
}
