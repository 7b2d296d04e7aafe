package org.citytwin.pipeline.cache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.stream.Stream;

/**
 * The program build a cache was written by: the jar manifest's Implementation-Version plus the jar's size and
 * time, so every rebuilt jar (a snapshot version included) writes fresh caches; run from a classes folder
 * (development, tests) the newest class file's time stands in for the build.
 */
final class ProgramVersion {

    private static volatile String current;

    private ProgramVersion() {
    }

    static String current() {
        String v = current;
        if (v == null) current = v = compute();
        return v;
    }

    private static String compute() {
        String version = ProgramVersion.class.getPackage().getImplementationVersion();
        String build;
        try {
            Path code = Path.of(ProgramVersion.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(code)) {
                try (Stream<Path> files = Files.walk(code)) {
                    build = "classes@" + files.filter(Files::isRegularFile).map(ProgramVersion::modified)
                            .mapToLong(FileTime::toMillis).max().orElse(0);
                }
            } else {
                build = "jar@" + Files.size(code) + ":" + Files.getLastModifiedTime(code).toMillis();
            }
        } catch (Exception e) {
            build = "unknown";
        }
        return (version == null ? "dev" : version) + "+" + build;
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }
}
