package org.citytwin.flow;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The one list of file extensions that mean "recorded pedestrian flow" (MF-JSON, MF-CSV / OpenPFLOW CSV, lab
 * trajectory text): the viewer's Open dialog and drop zone, the command-line paths and {@code inspect} all route by
 * it, so a file the README says opens as a flow is never handed to the CityGML loader. The content still decides
 * the format; the name only decides which loader gets the file.
 */
public final class FlowFileTypes {
    /** Lower case, without the dot. {@code .mf.json} ends in json. */
    public static final List<String> EXTENSIONS = List.of("json", "mfjson", "geojson", "csv", "tsv", "txt", "dat");

    private FlowFileTypes() {
    }

    /** True for a path (existing or not) that is not a folder and whose extension is a flow extension. */
    public static boolean isFlowFile(Path path) {
        if (path == null || path.getFileName() == null || Files.isDirectory(path)) return false;
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** Glob patterns for file choosers: "*.json", "*.mfjson", … */
    public static List<String> globs() {
        return EXTENSIONS.stream().map(e -> "*." + e).toList();
    }
}
