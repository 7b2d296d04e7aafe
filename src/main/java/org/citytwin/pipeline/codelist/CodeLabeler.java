package org.citytwin.pipeline.codelist;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.citytwin.model.Attribute;
import org.citytwin.model.CityObject;
import org.citytwin.model.IssueCategory;
import org.citytwin.model.IssueMessage;
import org.citytwin.model.LoadIssue;
import org.citytwin.model.Severity;
import org.citytwin.pipeline.DatasetRoot;
import org.citytwin.pipeline.OutsideReferences;

/**
 * Gives the coded attributes of one file's objects their labels (the raw code stays in {@code value}),
 * and turns each code list that could not be used into one warning, the first time a load meets it. Lists
 * outside the dataset root, or named by URL, are never opened: one warning per file says so.
 */
public final class CodeLabeler {

    private final CodeListResolver resolver;
    private final String file;
    private final Path filePath;
    private final DatasetRoot root;
    private final List<LoadIssue> issues = new ArrayList<>();
    /** codeSpace → where it leads: judged once per file, as thousands of attributes share a few lists. */
    private final Map<String, DatasetRoot.Target> targets = new HashMap<>();
    private final OutsideReferences outside = new OutsideReferences("codelist")
            .networkAddressesAreNames();

    /** Labels for a file opened on its own: its dataset root is its folder (or its PLATEAU delivery). */
    public CodeLabeler(CodeListResolver resolver, String file) {
        this(resolver, file, DatasetRoot.of(Path.of(file)));
    }

    public CodeLabeler(CodeListResolver resolver, String file, DatasetRoot root) {
        this.resolver = resolver;
        this.file = file;
        this.filePath = Path.of(file);
        this.root = root;
    }

    /** The objects with labelled attributes; objects without coded attributes are returned as they are. */
    public List<CityObject> apply(List<CityObject> objects) {
        List<CityObject> out = new ArrayList<>(objects.size());
        for (CityObject o : objects) {
            List<Attribute> labelled = label(o.attributes(), o.id());
            out.add(labelled == o.attributes() ? o : o.withAttributes(labelled));
        }
        return out;
    }

    /** The code lists this file's labels were looked up in (or would have been, had they existed). */
    public List<Path> consulted() {
        return targets.values().stream().filter(t -> t.path() != null && !t.refused()).map(DatasetRoot.Target::path)
                .distinct().toList();
    }

    /** Warnings about code lists first met in this file. */
    public List<LoadIssue> issues() {
        List<LoadIssue> all = new ArrayList<>(issues);
        LoadIssue refused = outside.issue(file, root);
        if (refused != null) all.add(refused);
        return List.copyOf(all);
    }

    /** The same list instance when nothing changed, so unlabelled trees are not copied. */
    private List<Attribute> label(List<Attribute> attributes, String objectId) {
        List<Attribute> out = null;
        for (int i = 0; i < attributes.size(); i++) {
            Attribute a = attributes.get(i);
            Attribute b = label(a, objectId);
            if (b != a && out == null) out = new ArrayList<>(attributes.subList(0, i));
            if (out != null) out.add(b);
        }
        return out == null ? attributes : List.copyOf(out);
    }

    private Attribute label(Attribute a, String objectId) {
        List<Attribute> children = label(a.children(), objectId);
        Attribute result = children == a.children() ? a : a.withChildren(children);
        if (a.codeSpace() == null || a.value() == null) return result;
        DatasetRoot.Target target = targets.get(a.codeSpace());
        if (target == null) {
            target = CodeListResolver.target(filePath, a.codeSpace(), root);
            targets.put(a.codeSpace(), target);
            if (target.refused()) outside.add(target, 0, objectId);
        }
        if (target.path() == null) return result; // a URL or URN: nothing to read
        if (target.refused()) {
            // never opened; the copy the application bundles under the same name needs no reading
            CodeList bundled = BundledCodeLists.standIn(target.path());
            String label = bundled == null ? null : bundled.label(a.value());
            return label == null ? result : result.withLabel(label);
        }
        CodeList list = resolver.codeList(target.path(), root);
        if (!list.usable()) {
            Path folder = list.path().getParent();
            if (folder != null && !root.isFolder(folder)) {
                // a delivery without its codelists/ folder: one warning for the folder, not one per list
                if (resolver.firstReport(folder)) reportFolder(folder, a, objectId);
            } else if (resolver.firstReport(list.path())) {
                report(list, a, objectId);
            }
            return result;
        }
        String label = list.label(a.value());
        return label == null ? result : result.withLabel(label);
    }

    private void reportFolder(Path folder, Attribute a, String objectId) {
        issues.add(new LoadIssue(Severity.WARNING, IssueCategory.OTHER, file, 0, 0, objectId,
                IssueMessage.of("issues.codelist.no-folder", folder.toString(), a.codeSpace(), a.name(), file)));
    }

    private void report(CodeList list, Attribute a, String objectId) {
        issues.add(new LoadIssue(Severity.WARNING, IssueCategory.OTHER, file, 0, 0, objectId,
                "missing".equals(list.problem())
                        ? IssueMessage.of("issues.codelist.missing", list.path().toString(), a.codeSpace(), a.name(), file)
                        : IssueMessage.of("issues.codelist.unreadable", list.path().toString(), a.codeSpace(), a.name(), file,
                                unreadableDetail(list.problem()))));
    }

    /** The reader's own words inside {@link CodeListResolver}'s "unreadable (…)". */
    private static String unreadableDetail(String problem) {
        String prefix = "unreadable (";
        return problem.startsWith(prefix) && problem.endsWith(")")
                ? problem.substring(prefix.length(), problem.length() - 1) : problem;
    }
}
