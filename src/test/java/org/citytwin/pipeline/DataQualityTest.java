package org.citytwin.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.citytwin.geo.CrsResolver;
import org.citytwin.model.CityFile;
import org.citytwin.model.IssueCategory;
import org.citytwin.model.LoadIssue;
import org.citytwin.model.Severity;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The data-quality report through the whole load: one building per defect in a fixture (line numbers and
 * gml:ids known), and the real PLATEAU files where the defects occur.
 */
class DataQualityTest {

    static final Path DEFECTS = Path.of("src/test/resources/data/quality/defects.gml");
    static final Path TOKYO = Path.of("sample-citygml/13100_tokyo23-ku_2020_citygml_mini/udx");

    static DatasetLoader loader;
    static CityFile defects;

    @BeforeAll
    static void load() {
        loader = new DatasetLoader(new CrsResolver(), 2);
        defects = loadOne(DEFECTS);
    }

    @AfterAll
    static void close() {
        loader.close();
    }

    static CityFile loadOne(Path file) {
        return loader.load(List.of(file), LoadProgress.NONE, new CancelToken()).files().get(0);
    }

    private static LoadIssue only(CityFile file, IssueCategory category, String gmlId) {
        List<LoadIssue> found = file.issues().stream().filter(i -> i.category() == category && gmlId.equals(i.gmlId())).toList();
        assertThat(found).as(file.issues().toString()).singleElement();
        assertThat(found.get(0).file()).isEqualTo(file.path());
        return found.get(0);
    }

    @Test
    void goodBuildingHasNoIssues() {
        assertThat(defects.issues()).noneMatch(i -> "bldg_ok".equals(i.gmlId()));
        assertThat(defects.objects()).hasSize(11);
    }

    @Test
    void duplicateConsecutivePoints() {
        LoadIssue issue = only(defects, IssueCategory.DUPLICATE_POINTS, "bldg_duplicate_points");
        assertThat(issue.severity()).isEqualTo(Severity.WARNING);
        assertThat(issue.line()).isEqualTo(14);
        assertThat(issue.message()).contains("dup_poly");
    }

    @Test
    void nonPlanarRingReportsItsDistance() {
        LoadIssue issue = only(defects, IssueCategory.NON_PLANAR_RING, "bldg_non_planar");
        assertThat(issue.message()).contains("warped_poly").containsPattern("0\\.0[6-9]\\d m|0\\.1\\d\\d m");
    }

    @Test
    void selfIntersectingRings() {
        LoadIssue issue = only(defects, IssueCategory.SELF_INTERSECTING_RING, "bldg_self_intersecting");
        assertThat(issue.severity()).isEqualTo(Severity.WARNING);
        assertThat(issue.message()).contains("bowtie_poly").contains("crosses or touches itself");
        // the tessellator's JTS fallback on the same ring is not counted again
        assertThat(defects.issues()).noneMatch(i -> "bldg_self_intersecting".equals(i.gmlId()) && i != issue);
        // a symmetric figure eight has no net area at all: still a crossing, not "points on a line"
        assertThat(only(defects, IssueCategory.SELF_INTERSECTING_RING, "bldg_figure_eight").message()).contains("lobes");
    }

    @Test
    void invalidRingsTooShortAndNotClosed() {
        LoadIssue issue = only(defects, IssueCategory.INVALID_RING, "bldg_invalid_ring");
        assertThat(issue.count()).isEqualTo(2);
        assertThat(issue.message()).startsWith("2 invalid ring(s)").contains("short_poly");
    }

    @Test
    void emptyGeometryPropertiesAndAggregates() {
        LoadIssue issue = only(defects, IssueCategory.EMPTY_GEOMETRY, "bldg_empty_geometry");
        assertThat(issue.count()).isEqualTo(2);
        assertThat(issue.line()).isEqualTo(52);
        assertThat(issue.message()).contains("<bldg:lod1Solid>");
    }

    @Test
    void unresolvedXlinkNamesTheMissingId() {
        LoadIssue issue = only(defects, IssueCategory.UNRESOLVED_XLINK, "bldg_unresolved_xlink");
        assertThat(issue.count()).isEqualTo(1);
        assertThat(issue.line()).isEqualTo(64);
        assertThat(issue.message()).contains("#no_such_polygon");
    }

    @Test
    void objectWithoutGeometryIsInfo() {
        LoadIssue issue = only(defects, IssueCategory.NO_GEOMETRY, "bldg_no_geometry");
        assertThat(issue.severity()).isEqualTo(Severity.INFO);
        assertThat(issue.line()).isEqualTo(73);
    }

    @Test
    void unknownAdeCountedPerNamespace() {
        LoadIssue issue = only(defects, IssueCategory.UNKNOWN_ADE, "bldg_unknown_ade");
        assertThat(issue.severity()).isEqualTo(Severity.INFO);
        assertThat(issue.count()).isEqualTo(3);
        assertThat(issue.message()).contains("http://example.org/ade/energy/1.0");
    }

    @Test
    void aBadObjectGivesOneIssuePerCategoryWithACount() {
        List<LoadIssue> many = defects.issues().stream().filter(i -> "bldg_many_defects".equals(i.gmlId())).toList();
        assertThat(many).singleElement().satisfies(i -> {
            assertThat(i.category()).isEqualTo(IssueCategory.DUPLICATE_POINTS);
            assertThat(i.count()).isEqualTo(300);
            assertThat(i.message()).startsWith("300 ring(s)");
        });
    }

    @Test
    void emptyPlateauBridgesAreObjectsWithoutGeometry() {
        CityFile bridges = loadOne(TOKYO.resolve("brid/53394525_brid_6697_op.gml"));
        assertThat(bridges.issues()).filteredOn(i -> i.category() == IssueCategory.NO_GEOMETRY).hasSize(38)
                .allMatch(i -> i.severity() == Severity.INFO && i.gmlId() != null && i.line() > 0);
    }

    @Test
    void realPlateauDefects() {
        assertThat(loadOne(TOKYO.resolve("luse/533925_luse_6697_park_op.gml")).issues())
                .filteredOn(i -> i.category() == IssueCategory.NON_PLANAR_RING).hasSize(10)
                .allMatch(i -> i.gmlId().startsWith("LND_"));
        assertThat(loadOne(TOKYO.resolve("bldg/53394525_bldg_6697_2_op.gml")).issues())
                .filteredOn(i -> i.category() == IssueCategory.SELF_INTERSECTING_RING).singleElement()
                .satisfies(i -> assertThat(i.count()).isEqualTo(2));
        CityFile dem = loadOne(TOKYO.resolve("dem/533925_dem_6697_op.gml"));
        assertThat(dem.issues()).extracting(LoadIssue::category)
                .contains(IssueCategory.INVALID_RING, IssueCategory.DUPLICATE_POINTS);
    }

    @Test
    void cleanRealFileHasNoQualityIssues() {
        assertThat(loadOne(Path.of("sample-citygml/11230_niiza-shi_2020_lod1-full-tile_citygml-osm/udx/bldg/53395404_bldg_6697_op.gml"))
                .issues()).filteredOn(i -> i.category() != IssueCategory.OTHER).isEmpty(); // OTHER: e.g. missing code lists
    }
}
