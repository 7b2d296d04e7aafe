package org.citytwin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The project and diff commands as a script would use them, on a copy of the bundled Haneda 2022 tile. */
class ProjectCommandTest {

    private static final Path TILE = Path.of("sample-citygml/13100_tokyo23-ku_2022_citygml_1_3_op/udx/bldg/53392633_bldg_6697_2_op.gml");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void scenarioEditsShowUpInTheDiffAgainstBase() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        Files.copy(TILE, data.resolve("tile.gml"));
        Matcher ids = Pattern.compile("<bldg:Building gml:id=\"([^\"]+)\"").matcher(Files.readString(TILE));
        assertThat(ids.find()).isTrue();
        String demolished = ids.group(1);
        assertThat(ids.find()).isTrue();
        String raised = ids.group(1);
        String project = dir.resolve("plan.citytwin").toString();

        assertThat(CliRunner.run("project", "new", project, data.toString()).exitCode()).isZero();
        assertThat(CliRunner.run("project", "scenario", project, "proposal").exitCode()).isZero();
        assertThat(CliRunner.run("project", "edit", project, "--scenario", "proposal", "demolish", demolished).exitCode()).isZero();
        assertThat(CliRunner.run("project", "edit", project, "--scenario", "proposal", "height", raised, "75").exitCode()).isZero();
        assertThat(CliRunner.run("project", "edit", project, "--scenario", "proposal", "place", "office-60m",
                "--at", "35.5345,139.7950", "--heading", "30").exitCode()).isZero();
        assertThat(CliRunner.run("project", "scenario", project, "copy", "--from", "proposal").exitCode()).isZero();

        JsonNode shown = JSON.readTree(CliRunner.run("project", "show", project, "--json").out());
        assertThat(shown.get("sources").get(0).asText()).isEqualTo("data"); // relative to the project file
        assertThat(shown.get("resolvedSources").get(0).get("exists").asBoolean()).isTrue();
        assertThat(shown.get("scenarios")).hasSize(2);
        assertThat(shown.get("scenarios").get(1).get("edits")).hasSize(3);

        CliRunner.Run diff = CliRunner.run("diff", project + "#base", project + "#proposal", "--json");
        assertThat(diff.exitCode()).isZero();
        JsonNode root = JSON.readTree(diff.out());
        assertThat(root.get("summary").get("removed").asInt()).isEqualTo(1);
        assertThat(root.get("summary").get("changed").asInt()).isEqualTo(1);
        assertThat(root.get("summary").get("added").asInt()).isEqualTo(1);
        JsonNode added = root.get("added").get(0);
        assertThat(added.get("id").asText()).isEqualTo("proposal-1");
        assertThat(added.get("type").asText()).isEqualTo("bldg:Building");
        assertThat(added.get("height").asDouble()).isEqualTo(60.0);
        assertThat(added.get("footprint").asDouble()).isEqualTo(36.0 * 26.0, org.assertj.core.data.Offset.offset(0.5));
        assertThat(root.get("summary").get("unchanged").asInt()).isEqualTo(7);
        assertThat(root.get("removed").get(0).get("id").asText()).isEqualTo(demolished);
        JsonNode changed = root.get("changed").get(0);
        assertThat(changed.get("id").asText()).isEqualTo(raised);
        assertThat(changed.get("geometry").get("height").get("b").asDouble()).isEqualTo(75.0);
        assertThat(root.get("indicators").get("b").get("maxHeight").asDouble()).isEqualTo(75.0);
        assertThat(root.get("indicators").get("a").get("buildings").asInt()).isEqualTo(9);
        assertThat(root.get("indicators").get("b").get("buildings").asInt()).isEqualTo(9);

        JsonNode same = JSON.readTree(CliRunner.run("diff", data.toString(), project + "#base", "--json").out());
        assertThat(same.get("summary").get("unchanged").asInt()).isEqualTo(9);
        assertThat(same.get("changed")).isEmpty();
    }

    @Test
    void aRefusedEditLeavesTheFileByteForByte() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        Files.copy(TILE, data.resolve("tile.gml"));
        Path project = dir.resolve("plan.citytwin");
        assertThat(CliRunner.run("project", "new", project.toString(), data.toString()).exitCode()).isZero();
        byte[] before = Files.readAllBytes(project);
        assertThat(CliRunner.run("project", "edit", project.toString(), "--scenario", "base", "demolish", "x").exitCode()).isEqualTo(2);
        assertThat(CliRunner.run("project", "edit", project.toString(), "--scenario", "nope", "demolish", "x").exitCode()).isEqualTo(2);
        assertThat(CliRunner.run("project", "edit", project.toString(), "--scenario", "base", "height", "x", "-3").exitCode()).isEqualTo(2);
        assertThat(CliRunner.run("project", "new", project.toString(), data.toString()).exitCode()).isEqualTo(2);
        assertThat(CliRunner.run("project", "scenario", project.toString(), "s").exitCode()).isZero();
        byte[] withScenario = Files.readAllBytes(project);
        assertThat(CliRunner.run("project", "edit", project.toString(), "--scenario", "s", "place", "no-such-model",
                "--at", "35.5,139.7").exitCode()).isEqualTo(2);
        assertThat(CliRunner.run("project", "edit", project.toString(), "--scenario", "s", "place", "office-60m",
                "--at", "95,139.7").exitCode()).isEqualTo(2);
        assertThat(Files.readAllBytes(project)).isEqualTo(withScenario);
        before = withScenario;
        assertThat(Files.readAllBytes(project)).isEqualTo(before);
        assertThat(CliRunner.run("diff", project + "#nope", data.toString()).exitCode()).isEqualTo(2);
    }

    @Test
    void viewpointsAreAddedReplacedAndRefusedWithoutTouchingTheFile() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        Files.copy(TILE, data.resolve("tile.gml"));
        Path project = dir.resolve("plan.citytwin");
        String p = project.toString();
        assertThat(CliRunner.run("project", "new", p, data.toString()).exitCode()).isZero();
        assertThat(CliRunner.run("project", "scenario", p, "proposal").exitCode()).isZero();
        assertThat(CliRunner.run("project", "viewpoint", p, "overview", "--look-at", "35.5335,139.7945,5",
                "--distance", "400", "--heading", "30", "--tilt", "45", "--caption", "羽田の全景").exitCode()).isZero();
        assertThat(CliRunner.run("project", "viewpoint", p, "plan", "--scenario", "proposal", "--look-at", "35.534,139.795,0",
                "--distance", "250", "--heading", "-20", "--tilt", "90", "--caption", "The plan").exitCode()).isZero();
        var vps = org.citytwin.scenario.ProjectStore.read(project).presentation().viewpoints();
        assertThat(vps).extracting(org.citytwin.scenario.Viewpoint::name).containsExactly("overview", "plan");
        assertThat(vps.get(0).captionJa()).isEqualTo("羽田の全景");
        assertThat(vps.get(0).captionEn()).isNull();
        assertThat(vps.get(0).scenario()).isEqualTo("base");
        assertThat(vps.get(0).lat()).isEqualTo(35.5335);
        assertThat(vps.get(0).height()).isEqualTo(5.0);
        assertThat(vps.get(1).captionEn()).isEqualTo("The plan");
        assertThat(vps.get(1).scenario()).isEqualTo("proposal");
        assertThat(vps.get(1).heading()).isEqualTo(-20.0);

        // same name: replaced in its place
        assertThat(CliRunner.run("project", "viewpoint", p, "overview", "--look-at", "35.5335,139.7945,5",
                "--distance", "600", "--heading", "30", "--tilt", "45").exitCode()).isZero();
        vps = org.citytwin.scenario.ProjectStore.read(project).presentation().viewpoints();
        assertThat(vps).extracting(org.citytwin.scenario.Viewpoint::name).containsExactly("overview", "plan");
        assertThat(vps.get(0).distance()).isEqualTo(600.0);
        assertThat(vps.get(0).caption()).isEmpty();

        byte[] before = Files.readAllBytes(project);
        String[][] refused = {
                {"--look-at", "35.5,139.7", "--distance", "100", "--heading", "0", "--tilt", "45"},
                {"--look-at", "abc,139.7,0", "--distance", "100", "--heading", "0", "--tilt", "45"},
                {"--look-at", "95,139.7,0", "--distance", "100", "--heading", "0", "--tilt", "45"},
                {"--look-at", "35.5,139.7,0", "--distance", "-5", "--heading", "0", "--tilt", "45"},
                {"--look-at", "35.5,139.7,0", "--distance", "100", "--heading", "north", "--tilt", "45"},
                {"--look-at", "35.5,139.7,0", "--distance", "100", "--heading", "0", "--tilt", "120"},
                {"--look-at", "35.5,139.7,0", "--distance", "NaN", "--heading", "0", "--tilt", "45"},
                {"--scenario", "nope", "--look-at", "35.5,139.7,0", "--distance", "100", "--heading", "0", "--tilt", "45"}};
        for (String[] args : refused) {
            String[] all = new String[args.length + 4];
            all[0] = "project";
            all[1] = "viewpoint";
            all[2] = p;
            all[3] = "bad";
            System.arraycopy(args, 0, all, 4, args.length);
            assertThat(CliRunner.run(all).exitCode()).as(String.join(" ", args)).isEqualTo(2);
        }
        assertThat(Files.readAllBytes(project)).isEqualTo(before);
    }
}
