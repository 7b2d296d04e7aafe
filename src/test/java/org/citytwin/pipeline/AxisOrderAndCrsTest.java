package org.citytwin.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.citytwin.geo.CrsResolver;
import org.citytwin.model.CityFile;
import org.citytwin.model.CityObject;
import org.citytwin.model.IssueCategory;
import org.citytwin.model.LoadIssue;
import org.citytwin.model.MeshPart;
import org.citytwin.model.Severity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where generated buildings land for each axis-order and CRS case of issue 10 point 5: AdV URNs, lon-lat
 * data in latitude-first CRSs, data outside the area of use, single absurd coordinates.
 */
class AxisOrderAndCrsTest {
    /** Marienplatz, Munich. */
    static final double MUNICH_LAT = 48.137;
    static final double MUNICH_LON = 11.575;
    /** Metres per degree of latitude; of longitude at Munich. */
    static final double M_PER_DEG_LAT = 111_200;
    static final double M_PER_DEG_LON_MUNICH = 111_200 * Math.cos(Math.toRadians(MUNICH_LAT));

    @TempDir
    Path dir;
    DatasetLoader loader;

    @BeforeEach
    void open() {
        loader = new DatasetLoader(new CrsResolver(), 2);
    }

    @AfterEach
    void close() {
        loader.close();
    }

    @Test
    void advGaussKruegerAndUtmBuildingsLandInMunich() throws Exception {
        // Marienplatz is E 4468476, N 5333306 in DHDN 3GK4 and E 691567, N 5334734 in ETRS89 UTM 32 (written easting first)
        Path gk4 = write("gk4.gml", new GeneratedBuildings("urn:adv:crs:DE_DHDN_3GK4*DE_DHHN92_NH")
                .box("gk4_building", 4468476 - 5, 5333306 - 5, 10, 10, null));
        Path utm = write("utm32.gml", new GeneratedBuildings("urn:adv:crs:ETRS89_UTM32*DE_DHHN2016_NH")
                .box("utm_building", 691567 - 5, 5334734 - 5, 10, 10, null));

        List<CityFile> files = load(gk4, utm);

        for (CityFile file : files) {
            assertThat(file.issues()).as(file.path()).noneMatch(i -> i.severity() == Severity.ERROR
                    || i.category() == IssueCategory.AXIS_ORDER || i.category() == IssueCategory.INVALID_COORDINATE);
            double[] latLon = latLonOf(file.objects().get(0));
            assertThat((latLon[0] - MUNICH_LAT) * M_PER_DEG_LAT).as(file.path() + " north offset, m").isCloseTo(0, within(10.0));
            assertThat((latLon[1] - MUNICH_LON) * M_PER_DEG_LON_MUNICH).as(file.path() + " east offset, m").isCloseTo(0, within(10.0));
        }
    }

    @Test
    void realBavarianGaussKruegerFileLandsInBavaria() {
        // DEBY_LOD2_5744682 (Bavarian open LoD2 data), E 4490655 N 5322005 in urn:adv:crs:DE_DHDN_3GK4*DE_DHHN92_NH:
        // 9.3 km west of the 12°E zone meridian, 48.03°N, south-east of Munich
        CityFile loaded = load(Path.of("src/test/resources/data/citygml3/"
                + "Building_CityGML3.0_with_Dynamizer_and_inline_Timeseries.gml")).get(0);

        assertThat(loaded.crs()).isEqualTo("EPSG:31468");
        assertThat(loaded.issues()).noneMatch(i -> i.category() == IssueCategory.AXIS_ORDER
                || i.category() == IssueCategory.INVALID_COORDINATE || i.category() == IssueCategory.UNKNOWN_CRS);
        CityObject building = loaded.objects().stream().filter(o -> !o.displayMesh().isEmpty()).findFirst().orElseThrow();
        double[] latLon = latLonOf(building);
        assertThat(latLon[0]).isBetween(47.98, 48.08);
        assertThat(latLon[1]).isBetween(11.82, 11.93);
    }

    @Test
    void lonLatDataInALatitudeFirstCrsIsReadSwappedWithAWarning() throws Exception {
        // a PLATEAU-style EPSG:6697 file written "139.74 35.65 10": no latitude is 139.74
        Path file = write("lonlat_bldg.gml", new GeneratedBuildings("http://www.opengis.net/def/crs/EPSG/0/6697")
                .box("lonlat_building", 139.74, 35.65, 0.0001, 0.0001, null));

        CityFile loaded = load(file).get(0);

        assertThat(loaded.issues()).noneMatch(i -> i.severity() == Severity.ERROR);
        LoadIssue warning = only(loaded, IssueCategory.AXIS_ORDER);
        assertThat(warning.severity()).isEqualTo(Severity.WARNING);
        assertThat(warning.message()).contains("lonlat_bldg.gml").contains("EPSG:6697").contains("longitude first");
        CityObject building = loaded.objects().get(0);
        assertThat(building.displayMesh().triangleCount()).isEqualTo(12);
        double[] latLon = latLonOf(building);
        assertThat(latLon[0]).isCloseTo(35.65005, within(1e-4));
        assertThat(latLon[1]).isCloseTo(139.74005, within(1e-4));
    }

    @Test
    void lonLatDataThatFitsBothWaysIsSwappedWhenOnlyThatLiesInTheAreaOfUse() throws Exception {
        // EPSG:4258 (ETRS89, Europe) is latitude first; "11.575 48.137" read so lies at 11.6°N 48.1°E, off Somalia
        Path file = write("europe.gml", new GeneratedBuildings("EPSG:4258")
                .box("europe_building", MUNICH_LON, MUNICH_LAT, 0.0001, 0.0001, null));

        CityFile loaded = load(file).get(0);

        LoadIssue warning = only(loaded, IssueCategory.AXIS_ORDER);
        assertThat(warning.message()).contains("europe.gml").contains("EPSG:4258").contains("longitude first")
                .contains("area of use");
        assertThat(loaded.issues()).noneMatch(i -> i.category() == IssueCategory.INVALID_COORDINATE);
        double[] latLon = latLonOf(loaded.objects().get(0));
        assertThat(latLon[0]).isCloseTo(MUNICH_LAT, within(1e-3));
        assertThat(latLon[1]).isCloseTo(MUNICH_LON, within(1e-3));
    }

    @Test
    void latLonDataThatFitsBothWaysKeepsTheDeclaredOrder() throws Exception {
        Path file = write("declared.gml", new GeneratedBuildings("EPSG:4258")
                .box("declared_building", MUNICH_LAT, MUNICH_LON, 0.0001, 0.0001, null));

        CityFile loaded = load(file).get(0);

        assertThat(loaded.issues()).noneMatch(i -> i.category() == IssueCategory.AXIS_ORDER
                || i.category() == IssueCategory.INVALID_COORDINATE);
        double[] latLon = latLonOf(loaded.objects().get(0));
        assertThat(latLon[0]).isCloseTo(MUNICH_LAT, within(1e-3));
        assertThat(latLon[1]).isCloseTo(MUNICH_LON, within(1e-3));
    }

    @Test
    void dataOutsideTheAreaOfUseIsDrawnWithAWarning() throws Exception {
        Path file = write("null_island.gml", new GeneratedBuildings("http://www.opengis.net/def/crs/EPSG/0/6697")
                .box("null_island_building", 0, 0, 0.0001, 0.0001, null));

        CityFile loaded = load(file).get(0);

        LoadIssue warning = only(loaded, IssueCategory.INVALID_COORDINATE);
        assertThat(warning.severity()).isEqualTo(Severity.WARNING);
        assertThat(warning.message()).contains("null_island.gml").contains("EPSG:6697").contains("area of use")
                .contains("Japan").contains("145.87°E");
        assertThat(loaded.issues()).noneMatch(i -> i.category() == IssueCategory.AXIS_ORDER);
        assertThat(loaded.objects().get(0).displayMesh().triangleCount()).isEqualTo(12);
    }

    @Test
    void oneAbsurdCoordinateDropsOnlyItsRing() throws Exception {
        String srs = "http://www.opengis.net/def/crs/EPSG/0/6697";
        Path file = write("absurd.gml", new GeneratedBuildings(srs)
                .box("fine", 35.65, 139.74, 0.0001, 0.0001, null)
                .box("with_nan", 35.651, 139.741, 0.0001, 0.0001, new Object[] {2, 2, "NaN 139.7411 10"})
                .box("with_huge", 35.652, 139.742, 0.0001, 0.0001, new Object[] {3, 2, "35.6521 1e300 10"})
                .box("with_lat_900", 35.653, 139.743, 0.0001, 0.0001, new Object[] {4, 2, "900 139.7431 10"})
                .box("with_huge_z", 35.654, 139.744, 0.0001, 0.0001, new Object[] {5, 2, "35.6541 139.7441 1e300"}));

        CityFile loaded = load(file).get(0);

        assertThat(loaded.objects()).hasSize(5);
        assertThat(loaded.issues()).noneMatch(i -> i.message().contains("too far away") || i.message().contains("on its own"));
        assertThat(loaded.issues()).noneMatch(i -> "fine".equals(i.gmlId()));
        int fineTriangles = loaded.objects().get(0).displayMesh().triangleCount();
        String[] ids = {"with_nan", "with_huge", "with_lat_900", "with_huge_z"};
        String[] polygons = {"with_nan_p2", "with_huge_p3", "with_lat_900_p4", "with_huge_z_p5"};
        for (int k = 0; k < ids.length; k++) {
            CityObject building = loaded.objects().get(k + 1);
            assertThat(building.id()).isEqualTo(ids[k]);
            assertThat(building.displayMesh().triangleCount()).as(ids[k]).isEqualTo(fineTriangles - 2); // one quad less
            List<LoadIssue> found = issuesOf(loaded, ids[k]);
            assertThat(found).as(ids[k]).singleElement();
            LoadIssue issue = found.get(0);
            assertThat(issue.category()).isEqualTo(IssueCategory.INVALID_COORDINATE);
            assertThat(issue.severity()).isEqualTo(Severity.WARNING);
            assertThat(issue.line()).isEqualTo(lineOf(file, "gml:id=\"" + ids[k] + "\""));
            assertThat(issue.message()).contains("1 ring").contains(polygons[k]).contains("EPSG:6697")
                    .contains("the rest of the object is drawn");
        }
        // the frame is anchored on the file's data, whatever the bad values
        double[] latLon = latLonOf(loaded.objects().get(0));
        assertThat(latLon[0]).isCloseTo(35.65005, within(1e-4));
    }

    @Test
    void aProjectedValueBeyondTheCrsDropsOnlyItsRing() throws Exception {
        // easting 50,000 km: finite, but no place UTM zone 32 (or any frame) can give
        Path file = write("utm_spike.gml", new GeneratedBuildings("urn:adv:crs:ETRS89_UTM32*DE_DHHN2016_NH")
                .box("utm_fine", 691567 - 5, 5334734 - 5, 10, 10, null)
                .box("utm_spike", 691567 + 20, 5334734 - 5, 10, 10, new Object[] {3, 2, "50000000 5334739 10"}));

        CityFile loaded = load(file).get(0);

        assertThat(loaded.objects()).hasSize(2);
        assertThat(loaded.objects().get(1).displayMesh().triangleCount())
                .isEqualTo(loaded.objects().get(0).displayMesh().triangleCount() - 2);
        assertThat(issuesOf(loaded, "utm_spike")).singleElement().satisfies(i -> {
            assertThat(i.category()).isEqualTo(IssueCategory.INVALID_COORDINATE);
            assertThat(i.message()).contains("1 ring").contains("utm_spike_p3").contains("EPSG:25832")
                    .doesNotContain("too far away");
        });
        assertThat(issuesOf(loaded, "utm_fine")).isEmpty();
    }

    @Test
    void aFileWithNoPositionAtAllIsReportedInPlainWords() throws Exception {
        // every latitude 900: neither order is a position; no "Frame origin out of range: LocalFrame[...]"
        Path file = write("nowhere.gml", new GeneratedBuildings("EPSG:6697")
                .box("nowhere_building", 900, 900, 1, 1, null));

        CityFile loaded = load(file).get(0);

        assertThat(loaded.issues()).isNotEmpty().allSatisfy(i -> assertThat(i.message())
                .doesNotContain("LocalFrame").doesNotContain("SourceCrs").doesNotContain("Frame origin")
                .doesNotContain("Exception").doesNotContain("too far away"));
        List<LoadIssue> found = issuesOf(loaded, "nowhere_building");
        assertThat(found).singleElement().satisfies(i -> {
            assertThat(i.category()).isEqualTo(IssueCategory.INVALID_COORDINATE);
            assertThat(i.severity()).isEqualTo(Severity.ERROR);
            assertThat(i.message()).contains("6 rings").contains("900 900 0").contains("nothing of the object");
        });
        assertThat(loaded.objects()).singleElement().satisfies(o -> assertThat(o.displayMesh().isEmpty()).isTrue());
    }

    private Path write(String name, GeneratedBuildings buildings) throws Exception {
        return Files.writeString(dir.resolve(name), buildings.xml());
    }

    private List<CityFile> load(Path... files) {
        return loader.load(List.of(files), LoadProgress.NONE, new CancelToken()).files();
    }

    private static LoadIssue only(CityFile file, IssueCategory category) {
        List<LoadIssue> found = file.issues().stream().filter(i -> i.category() == category).toList();
        assertThat(found).as(file.issues().toString()).singleElement();
        assertThat(found.get(0).file()).isEqualTo(file.path());
        return found.get(0);
    }

    private static List<LoadIssue> issuesOf(CityFile file, String gmlId) {
        return file.issues().stream().filter(i -> gmlId.equals(i.gmlId())).toList();
    }

    private static int lineOf(Path file, String text) throws Exception {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).contains(text)) return i + 1;
        throw new AssertionError(text + " not in " + file);
    }

    /** The geographic position of an object's mesh centre, through the loader's inverse transform. */
    private double[] latLonOf(CityObject object) {
        MeshPart mesh = object.displayMesh();
        assertThat(mesh.isEmpty()).as(object.id() + " has geometry").isFalse();
        double x = 0;
        double y = 0;
        double[] v = mesh.vertices();
        for (int i = 0; i < v.length; i += 3) {
            x += v[i];
            y += v[i + 1];
        }
        return loader.toLatLon(x / mesh.vertexCount(), y / mesh.vertexCount());
    }
}
