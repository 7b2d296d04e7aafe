package org.citytwin.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
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

    /**
     * Features wired by an installer in their package ({@code <Name>Feature}): the window only places what those
     * return. A feature added here must not be built by MainWindow again.
     */
    static final Set<String> INSTALLED = Set.of("flows", "underground", "measure", "layers", "compare");

    @Test
    void mainWindowBuildsNoInstalledFeatureItself() throws IOException {
        String window = Files.readString(UI.resolve("MainWindow.java"));
        List<String> built = new java.util.ArrayList<>();
        for (String feature : INSTALLED) {
            for (String type : classesOf(feature)) {
                if (type.endsWith("Feature")) continue;
                // new X(…), X::new and the factories X.install/create/of(…) build a part; accessors and queries
                // (FlowFileLoader.isFlowFile) may still name the type
                Pattern builds = Pattern.compile("new\\s+(?:[\\w.]+\\.)?" + type + "\\b|\\b" + type
                        + "\\s*\\.\\s*(?:install|create|of)\\s*\\(|\\b" + type + "::new");
                if (builds.matcher(window).find()) built.add(feature + "." + type);
            }
        }
        assertThat(built).as("feature parts MainWindow builds itself; let the feature's installer build them").isEmpty();
    }

    @Test
    void everyInstalledFeatureHasItsInstaller() throws IOException {
        for (String feature : INSTALLED) {
            assertThat(classesOf(feature)).as("installer in ui/%s", feature).anyMatch(type -> type.endsWith("Feature"));
        }
    }

    private static List<String> classesOf(String feature) throws IOException {
        try (Stream<Path> entries = Files.list(UI.resolve(feature))) {
            return entries.map(p -> p.getFileName().toString()).filter(name -> name.endsWith(".java"))
                    .map(name -> name.substring(0, name.length() - ".java".length())).sorted().toList();
        }
    }

    @Test
    void theShellIsThere() {
        // a renamed shell class should update SHELL rather than leave a stale allowance behind
        assertThat(SHELL).allSatisfy(name -> assertThat(UI.resolve(name)).isRegularFile());
    }
}
