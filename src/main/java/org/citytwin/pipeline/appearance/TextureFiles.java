package org.citytwin.pipeline.appearance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.citytwin.model.IssueCategory;
import org.citytwin.model.LoadIssue;
import org.citytwin.model.Severity;

/**
 * Resolves {@code app:imageURI} values of one GML file to image files. URIs are relative to the GML
 * file's folder; the file name is matched case-insensitively, because PLATEAU deliveries made on Windows
 * mix {@code .JPG} and {@code .jpg}. A missing image is reported once per file, naming the image and the
 * GML file. Only checks existence: decoding happens later, and only when textures are shown. Thread-safe.
 */
public final class TextureFiles {

    private final String gmlFile;
    private final Path baseDir;
    private final Map<String, Optional<String>> resolved = new HashMap<>();
    private final Map<Path, Map<String, Path>> listings = new HashMap<>();
    private final List<LoadIssue> issues = new ArrayList<>();

    public TextureFiles(Path gmlFile) {
        this.gmlFile = gmlFile.toString();
        Path parent = gmlFile.toAbsolutePath().getParent();
        this.baseDir = parent != null ? parent : Path.of("").toAbsolutePath();
    }

    /** The absolute path of the image, or null when it does not exist (then reported once). */
    public synchronized String resolve(String imageUri) {
        if (imageUri == null || imageUri.isBlank()) return null;
        return resolved.computeIfAbsent(imageUri, this::find).orElse(null);
    }

    public synchronized List<LoadIssue> issues() {
        return List.copyOf(issues);
    }

    private Optional<String> find(String uri) {
        Path path = null;
        try {
            String plain = uri.startsWith("file:") ? Path.of(java.net.URI.create(uri)).toString() : uri.replace('\\', '/');
            path = baseDir.resolve(plain).normalize();
        } catch (IllegalArgumentException e) { // InvalidPathException too
            // falls through to "missing"
        }
        Path found = path == null ? null : Files.isRegularFile(path) ? path : ignoringCase(path);
        if (found == null) {
            issues.add(new LoadIssue(Severity.WARNING, IssueCategory.MISSING_TEXTURE, gmlFile, 0, 0, null,
                    "Texture image '" + uri + "' was not found" + (path != null ? " at " + path : "")
                            + "; the surfaces using it are drawn in their plain colour"));
            return Optional.empty();
        }
        return Optional.of(found.toString());
    }

    private Path ignoringCase(Path path) {
        Path dir = path.getParent();
        if (dir == null || path.getFileName() == null) return null;
        Map<String, Path> names = listings.computeIfAbsent(dir, TextureFiles::list);
        return names.get(path.getFileName().toString().toLowerCase(Locale.ROOT));
    }

    private static Map<String, Path> list(Path dir) {
        Map<String, Path> names = new HashMap<>();
        if (!Files.isDirectory(dir)) return names;
        try (Stream<Path> files = Files.list(dir)) {
            files.filter(Files::isRegularFile)
                    .forEach(f -> names.putIfAbsent(f.getFileName().toString().toLowerCase(Locale.ROOT), f));
        } catch (IOException e) {
            // unreadable folder: its images count as missing
        }
        return names;
    }
}
