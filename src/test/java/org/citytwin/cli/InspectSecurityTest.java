package org.citytwin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.citytwin.pipeline.HostileFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `inspect --json` tells what a hostile file tried: references out of the dataset, an image bomb. */
class InspectSecurityTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void outsideReferencesAndARefusedTextureAreIssuesInTheJson(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        HostileFiles.write(dir.resolve("secret.png"), HostileFiles.png(4, 4, 0xFF0000));
        HostileFiles.write(dir.resolve("outside/x.xml"), HostileFiles.codeList("1", "SECRET"));
        HostileFiles.write(data.resolve("bomb.png"), HostileFiles.pngBomb(26000, 26000));
        String extras = "<bldg:class codeSpace=\"../outside/x.xml\">1</bldg:class>"
                + "<bldg:lod2Solid xlink:href=\"../other.gml#solid\"/>";
        Path gml = HostileFiles.write(data.resolve("hostile.gml"), HostileFiles.texturedModel(
                List.of("../secret.png", "/etc/passwd", "https://example.com/t.png", "bomb.png"), extras, ""));

        CliRunner.Run run = CliRunner.run("inspect", gml.toString(), "--json");

        assertThat(run.exitCode()).isZero();
        JsonNode root = JSON.readTree(run.out());
        JsonNode file = root.get("files").get(0);
        List<JsonNode> outside = issues(file, "OUTSIDE_DATASET");
        assertThat(outside).hasSize(3);
        assertThat(outside).allMatch(i -> i.get("severity").asText().equals("warning")
                && i.get("message").asText().contains("outside the dataset"));
        assertThat(outside).anyMatch(i -> i.get("message").asText().startsWith("Texture image \"../secret.png\"")
                && i.get("count").asInt() == 3);
        assertThat(outside).anyMatch(i -> i.get("message").asText().startsWith("Code list \"../outside/x.xml\""));
        assertThat(outside).anyMatch(i -> i.get("message").asText().startsWith("XLink target \"../other.gml\""));
        List<JsonNode> refused = issues(file, "TEXTURE_REFUSED");
        assertThat(refused).hasSize(1);
        assertThat(refused.get(0).get("message").asText()).contains("bomb.png").contains("26000 × 26000");
        assertThat(file.get("qualityCounts").get("OUTSIDE_DATASET").asInt()).isEqualTo(3 + 1 + 1);
        assertThat(file.get("qualityCounts").get("TEXTURE_REFUSED").asInt()).isEqualTo(1);
        assertThat(file.get("objects").asInt()).isEqualTo(4);
    }

    private static List<JsonNode> issues(JsonNode file, String category) {
        List<JsonNode> of = new ArrayList<>();
        for (JsonNode i : file.get("issues")) if (i.get("category").asText().equals(category)) of.add(i);
        return of;
    }
}
