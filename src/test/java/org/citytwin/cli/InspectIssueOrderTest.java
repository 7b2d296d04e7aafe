package org.citytwin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.citytwin.model.CityFile;
import org.citytwin.model.Envelope;
import org.citytwin.model.IssueCategory;
import org.citytwin.model.LoadIssue;
import org.citytwin.model.Severity;
import org.citytwin.pipeline.LoadResult;
import org.junit.jupiter.api.Test;

/** `inspect --json` lists issues the same way every run, whatever order the load's workers added them in. */
class InspectIssueOrderTest {

    private static final List<LoadIssue> ISSUES = List.of(
            new LoadIssue(Severity.WARNING, IssueCategory.OTHER, "a.gml", 12, 5, "b2", "Ring is not planar"),
            new LoadIssue(Severity.ERROR, IssueCategory.OTHER, "a.gml", 12, 5, "b2", "Solid is not closed"),
            new LoadIssue(Severity.ERROR, IssueCategory.OTHER, "a.gml", 3, 1, "b1", "Solid is not closed"),
            new LoadIssue(Severity.WARNING, IssueCategory.OTHER, "a.gml", 40, 2, "b9", "Missing texture", 3),
            new LoadIssue(Severity.INFO, IssueCategory.OTHER, "a.gml", 0, 0, null, "No CRS given"),
            new LoadIssue(Severity.WARNING, IssueCategory.OTHER, "textures/x.jpg", 0, 0, null, "Cannot decode"),
            new LoadIssue(Severity.ERROR, IssueCategory.OTHER, "a.gml", 12, 9, "b3", "Empty geometry"));

    private static String report(List<LoadIssue> issues) throws Exception {
        CityFile file = new CityFile("a.gml", "2.0", null, null, List.of(), Map.of(), new TreeSet<>(), new Envelope(), issues);
        LoadResult result = new LoadResult(List.of(file), List.of(), new Envelope(), null);
        return InspectReport.toJson(InspectReport.build(result, (x, y) -> null));
    }

    @Test
    void twoRunsWithIssuesInAnotherOrderGiveIdenticalJson() throws Exception {
        List<LoadIssue> shuffled = new ArrayList<>(ISSUES);
        Collections.shuffle(shuffled, new Random(7));
        assertThat(shuffled).isNotEqualTo(ISSUES);

        assertThat(report(shuffled)).isEqualTo(report(ISSUES));
        List<LoadIssue> reversed = new ArrayList<>(ISSUES);
        Collections.reverse(reversed);
        assertThat(report(reversed)).isEqualTo(report(ISSUES));
    }

    @Test
    void issuesAreSortedByFilePositionAndId() throws Exception {
        JsonNode issues = new com.fasterxml.jackson.databind.ObjectMapper().readTree(report(ISSUES)).get("files").get(0).get("issues");

        List<String> order = new ArrayList<>();
        issues.forEach(i -> order.add(i.path("line").asInt() + ":" + i.path("column").asInt() + " " + i.path("gmlId").asText("-")
                + " " + i.get("message").asText()));
        assertThat(order).containsExactly(
                "0:0 - No CRS given",
                "3:1 b1 Solid is not closed",
                "12:5 b2 Solid is not closed",
                "12:5 b2 Ring is not planar",
                "12:9 b3 Empty geometry",
                "40:2 b9 Missing texture",
                "0:0 - Cannot decode");
    }
}
