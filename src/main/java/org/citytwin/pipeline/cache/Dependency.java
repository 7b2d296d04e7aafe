package org.citytwin.pipeline.cache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * A file a cached result depends on besides its source (a code list, a texture image), by size and modification
 * time; size -1 means it did not exist, so a code list added later invalidates too.
 */
public record Dependency(String path, long size, long modified) {

    /** The file as it is now. */
    public static Dependency of(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return new Dependency(file.toString(), a.size(), a.lastModifiedTime().toMillis());
        } catch (IOException e) {
            return new Dependency(file.toString(), -1, 0);
        }
    }

    public boolean isCurrent() {
        return of(Path.of(path)).equals(this);
    }
}
