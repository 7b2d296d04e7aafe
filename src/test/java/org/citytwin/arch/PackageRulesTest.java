package org.citytwin.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * DESIGN.md's layering, checked on the sources: JavaFX only in scene/ui/app/cli, citygml4j only in pipeline/read,
 * and dependencies between our top-level packages pointing one way, down {@link #LAYERS}, without cycles.
 */
class PackageRulesTest {

    private static final Path SOURCES = Path.of("src/main/java/org/citytwin");

    /**
     * Top-level packages from the bottom up (DESIGN.md: model ← geo/query/measure ← pipeline/flow/... ← scene ← ui ←
     * cli ← app). A package may use its own layer and those below, never one above; within a layer only cycles are
     * refused. A new top-level package has to be placed here.
     */
    private static final List<Set<String>> LAYERS = List.of(
            Set.of("model", "text"),
            Set.of("geo", "query", "measure", "places"),
            Set.of("pipeline", "flow", "thematic", "underground", "scenario", "shadow"),
            Set.of("scene"),
            Set.of("ui"),
            Set.of("cli"),
            Set.of("app"));

    private static final Pattern OUR_PACKAGE = Pattern.compile("\\borg\\.citytwin\\.([a-z][a-z0-9]*)\\b");

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

    @Test
    void everyTopLevelPackageHasALayer() throws IOException {
        try (Stream<Path> dirs = Files.list(SOURCES)) {
            List<String> unplaced = dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString())
                    .filter(p -> layerOf(p) < 0).toList();
            assertThat(unplaced).as("top-level packages missing from LAYERS").isEmpty();
        }
    }

    @Test
    void dependenciesPointDownTheLayers() throws IOException {
        Map<String, Map<String, Set<String>>> uses = dependencies();
        assertThat(uses.get("app")).as("the scan sees the composition root's uses").containsKeys("cli", "ui", "scene");
        List<String> upward = new ArrayList<>();
        uses.forEach((from, targets) -> targets.forEach((to, files) -> {
            if (layerOf(to) > layerOf(from)) upward.add(from + " -> " + to + " in " + files);
        }));
        assertThat(upward).as("a lower package uses a higher one").isEmpty();
    }

    @Test
    void noCyclesBetweenTopLevelPackages() throws IOException {
        Map<String, Map<String, Set<String>>> uses = dependencies();
        List<String> cycles = new ArrayList<>();
        uses.forEach((from, targets) -> targets.forEach((to, files) -> {
            List<String> back = path(uses, to, from);
            if (!back.isEmpty()) cycles.add(from + " -> " + String.join(" -> ", back) + " (" + from + " -> " + to
                    + " in " + files + ")");
        }));
        assertThat(cycles).as("cycles between top-level packages").isEmpty();
    }

    /** from → (to → files of from that use to), over imports and fully qualified names outside comments and strings. */
    private static Map<String, Map<String, Set<String>>> dependencies() throws IOException {
        Map<String, Map<String, Set<String>>> uses = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Path relative = SOURCES.relativize(f);
                String from = relative.getName(0).toString();
                String code = codeOnly(read(f)).replaceFirst("package [\\w.]+;", "");
                Matcher m = OUR_PACKAGE.matcher(code);
                while (m.find()) {
                    if (m.group(1).equals(from)) continue;
                    uses.computeIfAbsent(from, k -> new TreeMap<>()).computeIfAbsent(m.group(1), k -> new TreeSet<>())
                            .add(relative.toString());
                }
            }
        }
        return uses;
    }

    /** Packages on a path from start to goal (start first, goal last), or empty when goal is out of reach. */
    private static List<String> path(Map<String, Map<String, Set<String>>> uses, String start, String goal) {
        Map<String, String> cameFrom = new TreeMap<>();
        Deque<String> queue = new ArrayDeque<>(List.of(start));
        cameFrom.put(start, start);
        while (!queue.isEmpty()) {
            String at = queue.poll();
            if (at.equals(goal)) {
                List<String> path = new ArrayList<>();
                for (String p = goal; !p.equals(start); p = cameFrom.get(p)) path.add(0, p);
                path.add(0, start);
                return path;
            }
            for (String next : uses.getOrDefault(at, Map.of()).keySet()) {
                if (cameFrom.putIfAbsent(next, at) == null) queue.add(next);
            }
        }
        return List.of();
    }

    /** The source without comments and string or char literals, so a {@code {@link org.citytwin.x}} counts for nothing. */
    static String codeOnly(String source) {
        StringBuilder code = new StringBuilder(source.length());
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                while (i < source.length() && source.charAt(i) != '\n') i++;
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                i = end < 0 ? source.length() : end + 2;
                code.append(' ');
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                i = end < 0 ? source.length() : end + 3;
                code.append("\"\"");
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < source.length() && source.charAt(j) != c && source.charAt(j) != '\n') {
                    j += source.charAt(j) == '\\' ? 2 : 1;
                }
                i = j + 1;
                code.append(c).append(c);
            } else {
                code.append(c);
                i++;
            }
        }
        return code.toString();
    }

    private static int layerOf(String topLevelPackage) {
        for (int i = 0; i < LAYERS.size(); i++) {
            if (LAYERS.get(i).contains(topLevelPackage)) return i;
        }
        return -1;
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
