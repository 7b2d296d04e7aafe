package org.citytwin.pipeline.codelist;

import java.nio.file.Path;
import java.util.Map;

/**
 * One loaded code list (a PLATEAU gml:Dictionary): code → label. A list that could not be read is kept
 * too, with its {@code problem}, so the failure is remembered (and reported) once instead of per code.
 *
 * @param path    the resolved file
 * @param labels  code (gml:name) → label (gml:description); empty when {@code problem} is set
 * @param problem why the list could not be used, or null
 */
public record CodeList(Path path, Map<String, String> labels, String problem) {

    public CodeList {
        labels = Map.copyOf(labels);
    }

    static CodeList failed(Path path, String problem) {
        return new CodeList(path, Map.of(), problem);
    }

    public boolean usable() {
        return problem == null;
    }

    /** The label of {@code code}, or null when the list does not define it. */
    public String label(String code) {
        return code == null ? null : labels.get(code.strip());
    }
}
