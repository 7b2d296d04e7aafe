package org.citytwin.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectStoreTest {

    @TempDir
    Path dir;

    static Project twoScenarios() {
        Scenario proposal = new Scenario("proposal", List.of(
                new Edit.Demolish("bldg_1"),
                new Edit.ChangeHeight("bldg_2", 62.5),
                new Edit.PlaceModel("proposal-1", "office-60m", 35.6812, 139.7671, Double.NaN, 30, 1.5),
                new Edit.PlaceModel("proposal-2", "models/deck.obj", 35.6813, 139.7672, 4.2, 0, 1),
                new Edit.SetAttribute("proposal-1", "bldg:usage", "業務施設"),
                new Edit.SetAttribute("bldg_3", "gen:note", null)));
        Scenario plaza = new Scenario("wider plaza", List.of(new Edit.Demolish("bldg_4")));
        return new Project(List.of("data/udx/bldg", "../other/tile.gml"), List.of(proposal, plaza));
    }

    @Test
    void aSavedProjectReadsBackIdentical() throws Exception {
        Path file = dir.resolve("plan.citytwin");
        Project project = twoScenarios();
        ProjectStore.save(project, file);
        Project back = ProjectStore.read(file);
        assertThat(back).isEqualTo(project);
        assertThat(back.scenario("proposal").orElseThrow().edits().get(2)).isInstanceOfSatisfying(Edit.PlaceModel.class,
                p -> assertThat(p.snapsToGround()).isTrue());
        ProjectStore.save(back, file);
        assertThat(Files.readString(file)).isEqualTo(ProjectJson.write(project)); // stable bytes: a diff-able file
        assertThat(Files.readString(file)).contains("\"schemaVersion\" : 1", "業務施設");
    }

    @Test
    void sketchesReadBackIdenticalAndABrokenOneIsRefusedNamingTheEdit() throws Exception {
        Scenario sketches = new Scenario("sketches", List.of(
                new Edit.Sketch("proposal-sketch-1", "Sketch box 1", Edit.Sketch.Shape.BOX, List.of(new Edit.LatLon(35.55, 139.78),
                        new Edit.LatLon(35.55, 139.781), new Edit.LatLon(35.551, 139.781), new Edit.LatLon(35.551, 139.78)),
                        Double.NaN, Double.NaN, 20),
                new Edit.Sketch("proposal-sketch-2", "タワー", Edit.Sketch.Shape.CYLINDER, List.of(new Edit.LatLon(35.552, 139.782)),
                        12.5, 4.25, 60),
                new Edit.Sketch("proposal-sketch-3", "Sketch extrusion 3", Edit.Sketch.Shape.EXTRUSION,
                        List.of(new Edit.LatLon(35.553, 139.78), new Edit.LatLon(35.553, 139.7805), new Edit.LatLon(35.5535, 139.78)),
                        Double.NaN, Double.NaN, 9.5),
                new Edit.SetAttribute("proposal-sketch-1", "bldg:storeysAboveGround", "15")));
        Project project = new Project(List.of("tile.gml"), List.of(sketches));
        Path file = dir.resolve("sketch.citytwin");
        ProjectStore.save(project, file);
        assertThat(ProjectStore.read(file)).isEqualTo(project);
        String text = Files.readString(file);
        assertThat(text).contains("\"op\" : \"sketch\"", "\"shape\" : \"cylinder\"", "\"radius\" : 12.5",
                "\"baseHeight\" : 4.25", "タワー");
        assertThat(text.split("\"radius\"", -1)).as("radius written for the cylinder only").hasSize(2);

        Files.writeString(file, text.replace("\"shape\" : \"box\"", "\"shape\" : \"pyramid\""));
        assertThatThrownBy(() -> ProjectStore.read(file)).isInstanceOf(ProjectFormatException.class)
                .hasMessageContaining("sketch.citytwin").hasMessageContaining("scenario 'sketches', edit 1")
                .hasMessageContaining("unknown sketch shape 'pyramid'");
        Files.writeString(file, text.replaceFirst("\"height\" : 20\\.0", "\"height\" : -3"));
        assertThatThrownBy(() -> ProjectStore.read(file)).hasMessageContaining("edit 1")
                .hasMessageContaining("height must be a positive number of metres");
    }

    @Test
    void viewpointsToursAndAnnotationsReadBackIdentical() throws Exception {
        Viewpoint gate = new Viewpoint("gate", "proposal", 35.5333, 139.7950, 5, 320, 22.5, 35, "羽田空港三丁目の提案", "The proposal",
                "Start here", List.of(new Viewpoint.LayerState("BUILDING", true, 0.8), new Viewpoint.LayerState("UTILITY", false, 1)),
                2, "measuredHeight", 0.3, true, 42.5, 4, List.of("a1"));
        Viewpoint top = Viewpoint.camera("top", "base", 35.5333, 139.7950, 0, 600, 0, 90, "Haneda from above");
        Annotation pin = new Annotation("a1", Annotation.Kind.CALLOUT, 35.5334, 139.7951, 12.5, "bldg_1", "入口", "Entrance",
                "planner", "2026-12-03T08:00:00Z", 0xE63946);
        Presentation presentation = new Presentation(List.of(gate, top),
                List.of(new Tour("briefing", List.of(new Tour.Stop("top", 0, 5), new Tour.Stop("gate", 3, 10)))), List.of(pin));
        Project project = twoScenarios().withPresentation(presentation);
        Path file = dir.resolve("plan.citytwin");
        ProjectStore.save(project, file);
        Project back = ProjectStore.read(file);
        assertThat(back).isEqualTo(project);
        assertThat(back.presentation().tour().stops()).extracting(Tour.Stop::viewpoint).containsExactly("top", "gate");
        assertThat(back.presentation().viewpoint("top").orElseThrow().captionEn()).isEqualTo("Haneda from above");
        assertThat(Files.readString(file)).contains("\"captionJa\" : \"羽田空港三丁目の提案\"", "\"colour\" : \"#E63946\"");
        assertThat(ProjectJson.write(twoScenarios())).doesNotContain("viewpoints"); // old files keep their bytes
    }

    @Test
    void aViewpointsExcavationReadsBackAndIsWrittenOnlyWhenSet() throws Exception {
        Viewpoint plain = Viewpoint.camera("pit", "base", 35.5333, 139.7950, 0, 300, 10, 45, null);
        Viewpoint.Pit pit = new Viewpoint.Pit(List.of(new Viewpoint.Corner(35.5330, 139.7948),
                new Viewpoint.Corner(35.5330, 139.7952), new Viewpoint.Corner(35.5334, 139.7952)), 2.5);
        Project project = twoScenarios().withPresentation(new Presentation(List.of(plain.withExcavation(pit)), List.of(), List.of()));
        Path file = dir.resolve("pit.citytwin");
        ProjectStore.save(project, file);
        Viewpoint back = ProjectStore.read(file).presentation().viewpoint("pit").orElseThrow();
        assertThat(back.excavation()).isEqualTo(pit);
        assertThat(back).isEqualTo(plain.withExcavation(pit));
        assertThat(Files.readString(file)).contains("\"excavation\"", "\"depth\" : 2.5");
        String without = ProjectJson.write(twoScenarios().withPresentation(new Presentation(List.of(plain), List.of(), List.of())));
        assertThat(without).doesNotContain("excavation");
        Files.writeString(file, Files.readString(file).replace("\"depth\" : 2.5", "\"depth\" : -1"));
        assertThatThrownBy(() -> ProjectStore.read(file)).hasMessageContaining("viewpoint 1 (pit)")
                .hasMessageContaining("depth must be a positive number of metres");
    }

    @Test
    void aKilledSaveLeavesTheOldOrTheNewFileNeverAHalfOne() throws Exception {
        Path file = dir.resolve("plan.citytwin");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Random random = new Random(7);
        for (int round = 0; round < 8; round++) {
            Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    SaveLoop.class.getName(), file.toString()).redirectErrorStream(true).start();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                assertThat(out.readLine()).isEqualTo("saved");
                // a random moment is what is tested (several saves in flight: the kill lands inside one), not a wait
                Thread.sleep(50 + random.nextInt(400));
                child.destroyForcibly(); // SIGKILL: no shutdown hooks, no finally blocks
                assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();
            }
            Project survivor = ProjectStore.read(file);
            assertThat(survivor.scenarios()).hasSize(1);
            assertThat(survivor).isIn(SaveLoop.big("even"), SaveLoop.big("odd"));
        }
    }

    @Test
    void anAutosaveNewerThanTheProjectIsOfferedAfterACrash() throws Exception {
        Path file = dir.resolve("plan.citytwin");
        Project saved = Project.of(List.of("data"));
        ProjectStore.save(saved, file);
        assertThat(ProjectStore.recoverable(file)).isEmpty();

        Project unsaved = saved.withNewScenario("draft", null);
        ProjectStore.autosave(unsaved, file);
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() - 60_000));
        // the session "crashes" here: nothing saves or discards the side file
        assertThat(ProjectStore.recoverable(file)).contains(ProjectStore.autosaveOf(file));
        assertThat(ProjectStore.read(ProjectStore.recoverable(file).orElseThrow())).isEqualTo(unsaved);
        assertThat(ProjectStore.read(file)).isEqualTo(saved); // the project file itself is untouched

        ProjectStore.save(unsaved, file);
        assertThat(ProjectStore.recoverable(file)).isEmpty();
        assertThat(Files.exists(ProjectStore.autosaveOf(file))).isFalse();
    }

    @Test
    void aBrokenOrNewerFileIsRefusedNamingTheFileAndPlace() throws Exception {
        Path file = dir.resolve("bad.citytwin");
        Files.writeString(file, "{\"format\":\"citytwin-project\",\"schemaVersion\":1,\n\"scenarios\":[{\"name\":\"x\",\"edits\":[{\"op\":\"height\",\"id\":\"b\",\"metres\":\"tall\"}]}]}");
        assertThatThrownBy(() -> ProjectStore.read(file)).isInstanceOf(ProjectFormatException.class)
                .hasMessageContaining("bad.citytwin").hasMessageContaining("scenario 'x', edit 1").hasMessageContaining("metres");
        Files.writeString(file, "{\"format\":\"citytwin-project\",\"schemaVersion\":99}");
        assertThatThrownBy(() -> ProjectStore.read(file)).hasMessageContaining("newer CityTwin");
        Files.writeString(file, "{\"format\":\"citytwin-project\",\n \"schemaVersion\":1,,");
        assertThatThrownBy(() -> ProjectStore.read(file)).hasMessageContaining("bad.citytwin:2:");
    }
}
