package org.citytwin.pipeline.codelist;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import javax.xml.stream.XMLStreamException;
import org.citytwin.pipeline.DatasetRoot;

/**
 * Resolves PLATEAU codeSpace references (paths relative to the GML file, e.g.
 * "../../codelists/Common_localPublicAuthorities.xml") and looks codes up in them. Each code list is read
 * at most once per resolver, however many objects and threads ask for it. A missing or unreadable list
 * yields null labels, never an exception; a missing list the application bundles ({@link BundledCodeLists}) is
 * read from the bundle instead. Remote codeSpaces (http:, urn:) are never fetched, and lists outside the dataset
 * root are never opened (see {@link DatasetRoot}; the caller reports them).
 */
public final class CodeListResolver {

    private final ConcurrentMap<Path, CodeList> cache = new ConcurrentHashMap<>();
    private final Set<Path> reported = ConcurrentHashMap.newKeySet();

    /** The label of {@code code} in the list {@code codeSpace} names, relative to {@code gmlFile}; null when unknown. */
    public String label(Path gmlFile, String codeSpace, String code) {
        CodeList list = codeList(gmlFile, codeSpace);
        return list == null ? null : list.label(code);
    }

    /**
     * The code list (possibly a failed one, see {@link CodeList#problem()}), or null when the codeSpace is no
     * local path or leads outside the dataset root of a file opened on its own.
     */
    public CodeList codeList(Path gmlFile, String codeSpace) {
        DatasetRoot root = DatasetRoot.of(gmlFile);
        DatasetRoot.Target target = target(gmlFile, codeSpace, root);
        return target.inside() ? codeList(target.path(), root) : null;
    }

    /** Where a codeSpace of {@code gmlFile} leads (relative to the file's folder); no file outside is touched. */
    public static DatasetRoot.Target target(Path gmlFile, String codeSpace, DatasetRoot root) {
        Path dir = gmlFile.toAbsolutePath().getParent();
        return root.resolve(dir == null ? Path.of("").toAbsolutePath() : dir, codeSpace);
    }

    /** The code list at {@code path}, a path inside {@code root} (see {@link #target}). */
    public CodeList codeList(Path path, DatasetRoot root) {
        return cache.computeIfAbsent(path, p -> load(p, root));
    }

    /**
     * True exactly once per failed list: lets a caller report each problem list once per resolver lifetime
     * (the loader uses one resolver per load), whichever thread or file meets it first.
     */
    public boolean firstReport(Path missing) {
        return reported.add(missing);
    }

    private static CodeList load(Path path, DatasetRoot root) {
        try (InputStream in = root.open(path)) {
            return new CodeList(path, CodeListParser.parse(in, path.toUri().toString()), null);
        } catch (NoSuchFileException e) {
            CodeList bundled = BundledCodeLists.standIn(path);
            return bundled != null ? bundled : CodeList.failed(path, "missing");
        } catch (IOException | XMLStreamException | RuntimeException e) {
            return CodeList.failed(path, "unreadable (" + e.getMessage() + ")");
        }
    }
}
