package org.citytwin.pipeline.appearance;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.citytwin.model.IssueCategory;
import org.citytwin.model.IssueMessage;
import org.citytwin.model.LoadIssue;
import org.citytwin.model.Severity;
import org.citytwin.pipeline.DatasetRoot;
import org.citytwin.pipeline.OutsideReferences;

/**
 * Resolves {@code app:imageURI} values of one GML file to image files. URIs are relative to the GML
 * file's folder; the file name is matched case-insensitively, because PLATEAU deliveries made on Windows
 * mix {@code .JPG} and {@code .jpg}. A missing image is reported once per file, naming the image and the
 * GML file. Images outside the dataset root and URLs are never opened, not even checked for existence
 * (reported once per file). Only checks existence: decoding happens later, and only when textures are shown.
 * Thread-safe.
 */
public final class TextureFiles {

    private final String gmlFile;
    private final Path baseDir;
    private final DatasetRoot root;
    private final Map<String, Optional<String>> resolved = new HashMap<>();
    private final Map<Path, Map<String, Path>> listings = new HashMap<>();
    private final List<LoadIssue> issues = new ArrayList<>();
    /** Every image path looked at, found or not: what a cached load of the file depends on. */
    private final java.util.Set<Path> consulted = new java.util.LinkedHashSet<>();
    private final OutsideReferences outside = new OutsideReferences("texture");

    /** Images of a file opened on its own: the dataset root is the file's folder (or its PLATEAU delivery). */
    public TextureFiles(Path gmlFile) {
        this(gmlFile, DatasetRoot.of(gmlFile));
    }

    public TextureFiles(Path gmlFile, DatasetRoot root) {
        this.gmlFile = gmlFile.toString();
        Path parent = gmlFile.toAbsolutePath().getParent();
        this.baseDir = parent != null ? parent : Path.of("").toAbsolutePath();
        this.root = root;
    }

    /** The absolute path of the image, or null when it does not exist or may not be opened (then reported once). */
    public synchronized String resolve(String imageUri) {
        if (imageUri == null || imageUri.isBlank()) return null;
        return resolved.computeIfAbsent(imageUri, this::find).orElse(null);
    }

    /** The image files looked up so far (found or missing), inside the dataset root. */
    public synchronized List<Path> consulted() {
        return List.copyOf(consulted);
    }

    public synchronized List<LoadIssue> issues() {
        List<LoadIssue> all = new ArrayList<>(issues);
        LoadIssue refused = outside.issue(gmlFile, root);
        if (refused != null) all.add(refused);
        return List.copyOf(all);
    }

    private Optional<String> find(String uri) {
        DatasetRoot.Target target = root.resolve(baseDir, uri);
        if (target.refused()) {
            outside.add(target, 0, null);
            return Optional.empty();
        }
        Path path = target.path();
        Path found = path == null ? null : root.isFile(path) ? path : ignoringCase(path);
        if (path != null) consulted.add(found != null ? found : path);
        if (found == null) {
            issues.add(new LoadIssue(Severity.WARNING, IssueCategory.MISSING_TEXTURE, gmlFile, 0, 0, null,
                    path != null ? IssueMessage.of("issues.texture.missing-at", uri, path)
                            : IssueMessage.of("issues.texture.missing", uri)));
            return Optional.empty();
        }
        return Optional.of(found.toString());
    }

    /** The file whose name differs only in case, when there is one inside the root; null otherwise. */
    private Path ignoringCase(Path path) {
        Path dir = path.getParent();
        if (dir == null || path.getFileName() == null) return null;
        Map<String, Path> names = listings.computeIfAbsent(dir, root::list);
        Path candidate = names.get(path.getFileName().toString().toLowerCase(Locale.ROOT));
        return candidate != null && root.isFile(candidate) ? candidate : null;
    }
}
