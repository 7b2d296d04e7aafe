package org.citytwin.pipeline.codelist;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import javax.xml.stream.XMLStreamException;

/**
 * Resolves PLATEAU codeSpace references (paths relative to the GML file, e.g.
 * "../../codelists/Common_localPublicAuthorities.xml") and looks codes up in them. Each code list is read
 * at most once per resolver, however many objects and threads ask for it. A missing or unreadable list
 * yields null labels, never an exception; a missing list the application bundles ({@link BundledCodeLists}) is
 * read from the bundle instead. Remote codeSpaces (http:, urn:) are never fetched.
 */
public final class CodeListResolver {

    private final ConcurrentMap<Path, CodeList> cache = new ConcurrentHashMap<>();
    private final Set<Path> reported = ConcurrentHashMap.newKeySet();

    /** The label of {@code code} in the list {@code codeSpace} names, relative to {@code gmlFile}; null when unknown. */
    public String label(Path gmlFile, String codeSpace, String code) {
        CodeList list = codeList(gmlFile, codeSpace);
        return list == null ? null : list.label(code);
    }

    /** The code list (possibly a failed one, see {@link CodeList#problem()}), or null when the codeSpace is no local path. */
    public CodeList codeList(Path gmlFile, String codeSpace) {
        Path path = resolve(gmlFile, codeSpace);
        return path == null ? null : cache.computeIfAbsent(path, CodeListResolver::load);
    }

    /**
     * True exactly once per failed list: lets a caller report each problem list once per resolver lifetime
     * (the loader uses one resolver per load), whichever thread or file meets it first.
     */
    public boolean firstReport(Path missing) {
        return reported.add(missing);
    }

    /** The file a codeSpace names, or null for URLs, URNs and unusable strings. */
    static Path resolve(Path gmlFile, String codeSpace) {
        if (codeSpace == null || codeSpace.isBlank() || codeSpace.matches("^[A-Za-z][A-Za-z0-9+.-]+:.*")) return null;
        try {
            Path dir = gmlFile.toAbsolutePath().getParent();
            return (dir == null ? Path.of(codeSpace.strip()) : dir.resolve(codeSpace.strip())).normalize();
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private static CodeList load(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            return new CodeList(path, CodeListParser.parse(in, path.toUri().toString()), null);
        } catch (NoSuchFileException e) {
            CodeList bundled = BundledCodeLists.standIn(path);
            return bundled != null ? bundled : CodeList.failed(path, "missing");
        } catch (IOException | XMLStreamException | RuntimeException e) {
            return CodeList.failed(path, "unreadable (" + e.getMessage() + ")");
        }
    }
}
