package org.citytwin.pipeline.codelist;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.stream.XMLStreamException;

/**
 * PLATEAU code lists shipped with the application (resources {@code /org/citytwin/codelists/}, provenance in the
 * SOURCES.md there), for deliveries that come without their {@code codelists/} folder: the Chiba utility sample
 * has none, yet the inspector should still say that occupierType 500 is 上水 (water supply).
 */
public final class BundledCodeLists {

    private static final String FOLDER = "/org/citytwin/codelists/";
    private static final Map<String, Map<String, String>> CACHE = new ConcurrentHashMap<>();

    private BundledCodeLists() {
    }

    /** Labels of the bundled list with this file name ("UtilityNetworkElement_occupierType.xml"), empty when none. */
    public static Map<String, String> labels(String fileName) {
        return CACHE.computeIfAbsent(fileName, BundledCodeLists::load);
    }

    /** The label of {@code code} in the bundled list, null when unknown. */
    public static String label(String fileName, String code) {
        return code == null ? null : labels(fileName).get(code.strip());
    }

    /** The bundled stand-in for a missing delivery list at {@code path}, or null when none is bundled. */
    static CodeList standIn(Path path) {
        Path name = path.getFileName();
        if (name == null) return null;
        Map<String, String> labels = labels(name.toString());
        return labels.isEmpty() ? null : new CodeList(path, labels, null);
    }

    private static Map<String, String> load(String fileName) {
        if (fileName.contains("/") || fileName.contains("\\")) return Map.of();
        try (InputStream in = BundledCodeLists.class.getResourceAsStream(FOLDER + fileName)) {
            return in == null ? Map.of() : Map.copyOf(CodeListParser.parse(in, FOLDER + fileName));
        } catch (IOException | XMLStreamException e) {
            throw new IllegalStateException("The bundled code list " + fileName + " is unreadable", e);
        }
    }
}
