package org.citytwin.flow.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FlowFormatDetectorTest {

    @Test
    void everyExampleIsRecognisedByItsContent() throws Exception {
        try (Stream<Path> files = Files.walk(FlowTestFiles.FLOWS)) {
            List<Path> all = files.filter(Files::isRegularFile).filter(f -> !f.endsWith("SOURCES.md")).toList();
            assertThat(all).hasSize(21);
            for (Path f : all) {
                String name = f.getFileName().toString();
                FlowFormat expected = name.endsWith(".json") ? FlowFormat.MF_JSON
                        : name.endsWith(".csv") ? FlowFormat.MF_CSV : FlowFormat.TRAJECTORY_TEXT;
                assertThat(FlowFormatDetector.detect(f)).as(name).isEqualTo(expected);
            }
        }
    }

    @Test
    void theNameDoesNotDecide(@TempDir Path dir) throws IOException, FlowReadException {
        Path csvNamedTxt = dir.resolve("walk.txt");
        Files.copy(FlowTestFiles.MF_CSV, csvNamedTxt);
        assertThat(FlowFormatDetector.detect(csvNamedTxt)).isEqualTo(FlowFormat.MF_CSV);
    }

    @Test
    void unknownContentIsRefusedNamingTheFormatsExpected(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("notes.txt");
        Files.writeString(file, "shopping list\nmilk, eggs\n");
        assertThatThrownBy(() -> FlowFormatDetector.detect(file))
                .isInstanceOf(FlowReadException.class)
                .hasMessageStartingWith("notes.txt: not a recognised flow file: expected OGC MF-JSON");
    }
}
