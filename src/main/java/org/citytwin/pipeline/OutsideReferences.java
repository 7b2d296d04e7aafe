package org.citytwin.pipeline;

import org.citytwin.model.IssueCategory;
import org.citytwin.model.IssueMessage;
import org.citytwin.model.LoadIssue;
import org.citytwin.model.Severity;

/**
 * The references of one kind (texture images, code lists, xlinks) in one file that lead outside the dataset
 * root or to the network: counted, and reported as one warning naming the first. Thread-safe.
 */
public final class OutsideReferences {

    private final String kind;
    private DatasetRoot.Target first;
    private int line;
    private String gmlId;
    private int count;
    private boolean onlyNetwork = true;
    private boolean networkIsInfo;

    /**
     * @param kind names the kind in the bundle keys {@code issues.outside.<kind>.what}, {@code .more} and
     *             {@code .consequence}: {@code texture}, {@code codelist} or {@code xlink}
     */
    public OutsideReferences(String kind) {
        this.kind = kind;
    }

    /**
     * Network addresses of this kind are names rather than files to read (a code list's codeSpace URL in the OGC
     * examples): they are still never fetched, but reported as information, not as a warning.
     */
    public OutsideReferences networkAddressesAreNames() {
        networkIsInfo = true;
        return this;
    }

    /** One refused reference; {@code line} 0 and {@code gmlId} null when unknown. */
    public synchronized void add(DatasetRoot.Target target, int line, String gmlId) {
        if (first == null) {
            first = target;
            this.line = line;
            this.gmlId = gmlId;
        }
        count++;
        onlyNetwork &= target.where() == DatasetRoot.Where.NETWORK;
    }

    public synchronized int count() {
        return count;
    }

    /** The warning for {@code file}, or null when no reference left the root. */
    public synchronized LoadIssue issue(String file, DatasetRoot root) {
        if (first == null) return null;
        String prefix = "issues.outside." + kind;
        Severity severity = networkIsInfo && onlyNetwork ? Severity.INFO : Severity.WARNING;
        return new LoadIssue(severity, IssueCategory.OUTSIDE_DATASET, file, line, 0, gmlId,
                IssueMessage.of("issues.outside.message", IssueMessage.of(prefix + ".what"), first.reference().strip(),
                        first.where() == DatasetRoot.Where.NETWORK ? 1 : 0, root.folder().toString(),
                        IssueMessage.of(prefix + ".more", count - 1, String.valueOf(count - 1)),
                        IssueMessage.of(prefix + ".consequence")),
                count);
    }
}
