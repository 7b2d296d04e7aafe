package org.citytwin.pipeline;

import java.util.Locale;
import org.citytwin.model.IssueCategory;
import org.citytwin.model.LoadIssue;
import org.citytwin.model.Severity;

/**
 * The references of one kind (texture images, code lists, xlinks) in one file that lead outside the dataset
 * root or to the network: counted, and reported as one warning naming the first. Thread-safe.
 */
public final class OutsideReferences {

    private final String what;
    private final String plural;
    private final String consequence;
    private DatasetRoot.Target first;
    private int line;
    private String gmlId;
    private int count;
    private boolean onlyNetwork = true;
    private boolean networkIsInfo;

    /**
     * @param what        the kind as the message names one, e.g. "Texture image"
     * @param plural      the kind as the message names several, e.g. "texture images"
     * @param consequence what follows for the user, e.g. "the surfaces using such images are drawn in their plain colour"
     */
    public OutsideReferences(String what, String plural, String consequence) {
        this.what = what;
        this.plural = plural;
        this.consequence = consequence;
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
        String where = first.where() == DatasetRoot.Where.NETWORK ? " is a network address, outside the dataset"
                : " lies outside the dataset";
        String more = count == 1 ? "" : count == 2
                ? "; 1 more " + what.toLowerCase(Locale.ROOT).replace("xlink", "XLink") + " in this file leads outside it too"
                : "; " + (count - 1) + " more " + plural + " in this file lead outside it too";
        Severity severity = networkIsInfo && onlyNetwork ? Severity.INFO : Severity.WARNING;
        return new LoadIssue(severity, IssueCategory.OUTSIDE_DATASET, file, line, 0, gmlId,
                what + " \"" + first.reference().strip() + "\"" + where + " (the folder " + root.folder() + ")" + more
                        + "; nothing outside it is opened and nothing is fetched from the network, so " + consequence,
                count);
    }
}
