package org.citytwin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** `inspect` on the bundled Chiba utilities: per-class counts equal the elements in the files, all with geometry. */
class InspectUtilitiesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern MEMBER = Pattern.compile("<core:cityObjectMember>\\s*<(uro:\\w+)[\\s>]");

    @Test
    void perClassCountsEqualTheElementCountsAndEveryObjectHasGeometry() throws Exception {
        CliRunner.Run run = CliRunner.run("inspect", "sample-citygml/utility-chiba", "--json");

        assertThat(run.exitCode()).isZero();
        JsonNode root = JSON.readTree(run.out());
        assertThat(root.get("files")).hasSize(4);
        int total = 0;
        for (JsonNode file : root.get("files")) {
            Path path = Path.of(file.get("path").asText());
            Map<String, Integer> expected = elementCounts(Files.readString(path));
            Map<String, Integer> reported = new HashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = file.get("counts").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                reported.put(e.getKey(), e.getValue().asInt());
            }
            assertThat(reported).as(path.toString()).isEqualTo(expected);
            assertThat(file.get("objectsWithoutGeometry").asInt()).as(path.toString()).isZero();
            for (String type : expected.keySet()) {
                assertThat(file.get("trianglesByType").get(type).asLong()).as(path + " " + type).isPositive();
            }
            int n = expected.values().stream().mapToInt(Integer::intValue).sum();
            assertThat(file.get("utilities").get("objects").asInt()).isEqualTo(n);
            total += n;
        }
        assertThat(total).isEqualTo(22); // 7 water, 6 sewer, 7 gas, 2 electricity
        assertThat(root.get("totals").get("counts").get("uro:WaterPipe").asInt()).isEqualTo(3);
        assertThat(root.get("totals").get("errors").asInt()).isZero();
    }

    @Test
    void attributesListTheUtilityPlacement() throws Exception {
        CliRunner.Run run = CliRunner.run("inspect", "sample-citygml/utility-chiba/udx/unf/sewer_53403039_unf_6697.gml",
                "--json", "--attributes");

        JsonNode objects = JSON.readTree(run.out()).get("files").get(0).get("objects");
        JsonNode pipe = null;
        for (JsonNode o : objects) if (o.get("id").asText().equals("unf_d4a2f769-8925-422e-bb3d-51a1e28484d4")) pipe = o;
        assertThat(pipe).isNotNull();
        JsonNode utility = pipe.get("utility");
        assertThat(utility.get("type").asText()).isEqualTo("SEWER");
        assertThat(utility.get("outerDiameterM").asDouble()).isEqualTo(0.3185);
        assertThat(utility.get("depthSource").asText()).isEqualTo("MEASURED");
        assertThat(utility.get("coverDepthM").asDouble()).isEqualTo(1.95);
        assertThat(utility.get("occupier").asText()).isEqualTo("600 下水");
    }

    private static Map<String, Integer> elementCounts(String xml) {
        Map<String, Integer> counts = new HashMap<>();
        Matcher m = MEMBER.matcher(xml);
        while (m.find()) counts.merge(m.group(1), 1, Integer::sum);
        return counts;
    }
}
