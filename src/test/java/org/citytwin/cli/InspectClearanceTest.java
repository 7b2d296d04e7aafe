package org.citytwin.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code inspect --clearance} on the real Chiba utilities: conflicts only by default, every close pair with
 * {@code --clearance-all}; JSON array and text table.
 */
class InspectClearanceTest {

    static final String CHIBA = "src/test/resources/data/utility/udx/unf";

    @Test
    void jsonListsEveryPairBelowTheThresholdSortedByDistance() throws Exception {
        CliRunner.Run run = CliRunner.run("inspect", CHIBA, "--clearance", "0.3", "--clearance-all", "--json");

        assertThat(run.exitCode()).isZero();
        JsonNode root = new ObjectMapper().readTree(run.out());
        assertThat(root.path("totals").path("objects").asInt()).isEqualTo(22);
        JsonNode clearance = root.path("clearance");
        assertThat(clearance.isArray()).isTrue();
        assertThat(clearance.size()).isEqualTo(28);
        List<Double> distances = new ArrayList<>();
        for (JsonNode c : clearance) {
            assertThat(c.path("idA").asText()).startsWith("unf_").isLessThan(c.path("idB").asText());
            assertThat(c.path("typeA").asText()).startsWith("uro:");
            assertThat(c.path("typeB").asText()).startsWith("uro:");
            assertThat(c.path("pointA").size()).isEqualTo(3);
            distances.add(c.path("distance").asDouble());
        }
        assertThat(distances).isSorted().allSatisfy(d -> assertThat(d).isBetween(0.0, 0.3));
        // the electricity cable runs 4 cm beside its duct (checked by the brute-force test in ClearanceCheckTest)
        JsonNode last = clearance.get(clearance.size() - 1);
        assertThat(last.path("typeA").asText()).isEqualTo("uro:Duct");
        assertThat(last.path("typeB").asText()).isEqualTo("uro:ElectricityCable");
        assertThat(last.path("distance").asDouble()).isCloseTo(0.040, within(0.0005));
    }

    @Test
    void textTableHasOneRowPerPair() {
        CliRunner.Run run = CliRunner.run("inspect", CHIBA, "--clearance-all");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Clearance below 0.300 m: 28 pairs");
        assertThat(run.out().lines().filter(l -> l.matches("\\s+0\\.\\d{3}\\s+uro:.*"))).hasSize(28);
    }

    @Test
    void smallerThresholdKeepsOnlyTouchingPairsAndNegativeIsRefused() throws Exception {
        JsonNode touching = new ObjectMapper().readTree(CliRunner.run("inspect", CHIBA, "--clearance", "0.001", "--clearance-all",
                "--json").out());
        assertThat(touching.path("clearance").size()).isEqualTo(25);
        assertThat(CliRunner.run("inspect", CHIBA, "--clearance", "-1").exitCode()).isEqualTo(2);
    }

    @Test
    void byDefaultOnlyConflictsBetweenUtilitiesAreListed() throws Exception {
        CliRunner.Run run = CliRunner.run("inspect", CHIBA, "--clearance", "0.3", "--json");
        assertThat(run.exitCode()).isZero();
        JsonNode root = new ObjectMapper().readTree(run.out());
        // the 28 close pairs are pipes in their own chambers, valves on their own pipes, the cable in its duct
        assertThat(root.path("clearance").size()).isZero();
        assertThat(root.path("clearanceSkipped").path("connected").asInt() + root.path("clearanceSkipped").path("nested").asInt())
                .isEqualTo(28);

        JsonNode wider = new ObjectMapper().readTree(CliRunner.run("inspect", CHIBA, "--clearance", "2", "--json").out());
        JsonNode all = new ObjectMapper().readTree(CliRunner.run("inspect", CHIBA, "--clearance", "2", "--clearance-all", "--json").out());
        assertThat(wider.path("clearance").size()).isPositive().isLessThan(all.path("clearance").size());
        java.util.Map<String, String> fileOf = new java.util.HashMap<>(); // each Chiba file is one utility's network
        CliRunner.Run listed = CliRunner.run("inspect", CHIBA, "--json", "--attributes");
        for (JsonNode file : new ObjectMapper().readTree(listed.out()).path("files")) {
            for (JsonNode o : file.path("objects")) fileOf.put(o.path("id").asText(), file.path("path").asText());
        }
        for (JsonNode c : wider.path("clearance")) {
            assertThat(fileOf.get(c.path("idA").asText())).isNotNull().isNotEqualTo(fileOf.get(c.path("idB").asText()));
        }
    }

    @Test
    void textSaysHowManyPairsWereLeftOut() {
        CliRunner.Run run = CliRunner.run("inspect", CHIBA, "--clearance", "0.3");
        assertThat(run.out()).contains("Clearance below 0.300 m: 0 pairs")
                .contains("28 close pairs within one network not listed (25 connected, 3 nested); --clearance-all lists them");
    }
}
