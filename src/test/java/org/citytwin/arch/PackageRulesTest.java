package org.citytwin.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** DESIGN.md's layering, checked on the sources: JavaFX only in scene/ui/app/cli, citygml4j only in pipeline/read. */
class PackageRulesTest {

    private static final Path SOURCES = Path.of("src/main/java/org/citytwin");

    @Test
    void javafxOnlyInSceneUiAppAndCli() throws IOException {
        assertThat(filesImporting("javafx.", List.of("scene", "ui", "app", "cli"))).isEmpty();
    }

    @Test
    void citygml4jOnlyInPipelineRead() throws IOException {
        assertThat(filesImporting("org.citygml4j", List.of("pipeline/read"))).isEmpty();
        assertThat(filesImporting("org.xmlobjects", List.of("pipeline/read"))).isEmpty();
    }

    @Test
    void mqttClientOnlyInFlowFeed() throws IOException {
        assertThat(filesImporting("com.hivemq", List.of("flow/feed"))).isEmpty();
    }

    /** Except text/ (the bundles), which depends on nothing of ours and gives every layer its words. */
    @Test
    void modelDependsOnNothingOfOurs() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES.resolve("model"))) {
            List<Path> offenders = files.filter(f -> f.toString().endsWith(".java")).filter(f -> {
                String text = read(f).replace("import org.citytwin.text.Texts;", "");
                return text.contains("import org.citytwin.") && !text.matches("(?s).*import org\\.citytwin\\.model\\..*")
                        || text.contains("import org.citytwin.pipeline") || text.contains("import org.citytwin.geo");
            }).toList();
            assertThat(offenders).isEmpty();
        }
    }

    private static List<Path> filesImporting(String prefix, List<String> allowed) throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> allowed.stream().noneMatch(a -> SOURCES.relativize(f).toString().startsWith(a + "/")))
                    .filter(f -> read(f).contains("import " + prefix) || read(f).contains("import static " + prefix))
                    .toList();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
