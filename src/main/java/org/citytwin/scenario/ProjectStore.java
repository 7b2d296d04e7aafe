package org.citytwin.scenario;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * Reads and writes project files so that saved work is never lost: the new text goes to a temporary file beside
 * the project, is forced to disk, and only then renamed over the old file in one atomic step. A crash or kill at
 * any moment leaves either the old file or the new one, never a half-written mix. Autosaves go to a side file
 * ({@code NAME.citytwin.autosave}) the same way; one newer than its project after a crash is offered for recovery.
 */
public final class ProjectStore {

    public static final String EXTENSION = ".citytwin";
    private static final String AUTOSAVE_SUFFIX = ".autosave";

    private ProjectStore() {
    }

    public static Project read(Path file) throws IOException, ProjectFormatException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        return ProjectJson.read(text, file.toString());
    }

    /** Saves atomically, then drops the autosave: the file is now the newest state. */
    public static void save(Project project, Path file) throws IOException {
        writeAtomically(file, ProjectJson.write(project));
        Files.deleteIfExists(autosaveOf(file));
    }

    /** Writes the side file only; the project file itself stays as the user last saved it. */
    public static void autosave(Project project, Path file) throws IOException {
        writeAtomically(autosaveOf(file), ProjectJson.write(project));
    }

    /** An autosave left by a session that did not save or close cleanly, when it is newer than the project file. */
    public static Optional<Path> recoverable(Path file) throws IOException {
        Path side = autosaveOf(file);
        if (!Files.isRegularFile(side)) return Optional.empty();
        if (Files.isRegularFile(file) && !Files.getLastModifiedTime(side).toInstant()
                .isAfter(Files.getLastModifiedTime(file).toInstant())) {
            return Optional.empty();
        }
        return Optional.of(side);
    }

    /** Forgets the autosave (the user declined recovery, or the project closed cleanly). */
    public static void discardAutosave(Path file) throws IOException {
        Files.deleteIfExists(autosaveOf(file));
    }

    public static Path autosaveOf(Path file) {
        return file.resolveSibling(file.getFileName() + AUTOSAVE_SUFFIX);
    }

    static void writeAtomically(Path target, String text) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        try {
            try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                var buffer = java.nio.ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
                while (buffer.hasRemaining()) out.write(buffer);
                out.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
