package org.citytwin.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.citytwin.geo.CrsResolver;
import org.citytwin.model.CityFile;
import org.citytwin.model.CityObject;
import org.citytwin.model.IssueCategory;
import org.citytwin.model.LoadIssue;
import org.citytwin.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression: buildings whose geometry is only XLinks into a file that is not there (or to gml:ids the file lacks)
 * loaded as 0 triangles with no issue and counted as having geometry. Now the XLinks are one issue with their
 * count and first example, and the buildings are objects without geometry.
 */
class UnresolvedXlinkTest {

    @TempDir
    Path dir;

    @Test
    void xlinksIntoAMissingFileAreOneIssueAndLeaveObjectsWithoutGeometry() throws IOException {
        Path file = UnresolvedXlinkTestFiles.hollowBuildings(dir);
        CityFile loaded;
        try (DatasetLoader loader = new DatasetLoader(new CrsResolver(), 2)) {
            loaded = loader.load(List.of(file), LoadProgress.NONE, new CancelToken()).files().get(0);
        }

        List<LoadIssue> xlinks = loaded.issues().stream().filter(i -> i.category() == IssueCategory.UNRESOLVED_XLINK).toList();
        assertThat(xlinks).as(loaded.issues().toString()).singleElement();
        LoadIssue issue = xlinks.get(0);
        assertThat(issue.count()).isEqualTo(UnresolvedXlinkTestFiles.HREFS);
        assertThat(issue.severity()).isEqualTo(Severity.WARNING);
        assertThat(issue.line()).isEqualTo(6);
        assertThat(issue.gmlId()).isEqualTo("hollow_0");
        assertThat(issue.message()).contains("xlink:href=\"missing.gml#poly_0_0\"").contains("line 6")
                .contains(UnresolvedXlinkTestFiles.BUILDINGS * UnresolvedXlinkTestFiles.EXTERNAL_PER_BUILDING + " of them point into other files");

        List<CityObject> hollow = loaded.objects().stream().filter(o -> o.id().startsWith("hollow_")).toList();
        assertThat(hollow).hasSize(UnresolvedXlinkTestFiles.BUILDINGS).allSatisfy(o -> {
            assertThat(o.lods()).isEmpty();
            assertThat(o.displayMesh().triangleCount()).isZero();
        });
        List<LoadIssue> noGeometry = loaded.issues().stream().filter(i -> i.category() == IssueCategory.NO_GEOMETRY).toList();
        assertThat(noGeometry).hasSize(UnresolvedXlinkTestFiles.BUILDINGS)
                .allSatisfy(i -> assertThat(i.gmlId()).startsWith("hollow_"))
                .anySatisfy(i -> assertThat(i.message()).contains("only XLinks").contains("missing.gml#poly_3_0"));
        assertThat(loaded.objects()).filteredOn(o -> o.id().equals("solid_ok"))
                .singleElement().satisfies(o -> assertThat(o.lods()).containsExactly(1));
    }

    @Test
    void implicitInstancesOfAMissingPrototypeAreOneIssueAndLeaveTreesWithoutGeometry() throws IOException {
        Path file = UnresolvedXlinkTestFiles.hollowTrees(dir);
        CityFile loaded;
        try (DatasetLoader loader = new DatasetLoader(new CrsResolver(), 2)) {
            loaded = loader.load(List.of(file), LoadProgress.NONE, new CancelToken()).files().get(0);
        }

        assertThat(loaded.issues()).filteredOn(i -> i.category() == IssueCategory.UNRESOLVED_XLINK).singleElement()
                .satisfies(i -> {
                    assertThat(i.count()).isEqualTo(UnresolvedXlinkTestFiles.TREES);
                    assertThat(i.gmlId()).isEqualTo("tree_0");
                    assertThat(i.line()).as("the first tree's line").isEqualTo(4);
                    assertThat(i.message()).contains("trees.gml#proto").contains("tree_0");
                });
        assertThat(loaded.objects()).hasSize(UnresolvedXlinkTestFiles.TREES)
                .allSatisfy(o -> assertThat(o.lods()).as(o.id()).isEmpty());
        assertThat(loaded.issues()).filteredOn(i -> i.category() == IssueCategory.NO_GEOMETRY)
                .hasSize(UnresolvedXlinkTestFiles.TREES);
    }
}
