package org.citytwin.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * ui/ holds one sub-package per feature (DESIGN.md); only the window's shell sits flat in ui/ itself, so a new
 * class goes into its feature's package instead of growing the flat list back (it had reached 77 entries).
 */
class UiPackagesTest {

    private static final Path UI = Path.of("src/main/java/org/citytwin/ui");

    /** The shell: the window composing the features, and the frame around the 3D view they all share. */
    static final Set<String> SHELL = Set.of("MainWindow.java", "SidePanel.java", "StatusBar.java",
            "NarrowWindowDocking.java", "BottomLeftDock.java", "SelectionController.java");

    @Test
    void onlyTheShellIsFlatInUi() throws IOException {
        try (Stream<Path> entries = Files.list(UI)) {
            List<String> flat = entries.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    .filter(name -> !SHELL.contains(name)).sorted().toList();
            assertThat(flat).as("files directly in %s; put them in a feature package", UI).isEmpty();
        }
    }

    @Test
    void theShellIsThere() {
        // a renamed shell class should update SHELL rather than leave a stale allowance behind
        assertThat(SHELL).allSatisfy(name -> assertThat(UI.resolve(name)).isRegularFile());
    }
}
