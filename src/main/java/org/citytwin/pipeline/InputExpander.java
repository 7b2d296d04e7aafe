package org.citytwin.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Expands what the user picked into CityGML files: a file stays as it is (whatever its extension, so a
 * renamed file still gets a clear error), a folder (e.g. a PLATEAU delivery with udx/&lt;type&gt;/) gives every
 * .gml/.citygml below it in a stable order. Code lists and metadata (.xml) are not city models.
 */
public final class InputExpander {

    private InputExpander() {
    }

    public static List<Path> expand(List<Path> inputs) {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input)) {
                    walk.filter(Files::isRegularFile).filter(InputExpander::isCityGml).sorted().forEach(files::add);
                } catch (IOException e) {
                    files.add(input); // reported as unreadable by the reader
                }
            } else {
                files.add(input);
            }
        }
        return files;
    }

    static boolean isCityGml(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".gml") || name.endsWith(".citygml");
    }

    public static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
