package org.citytwin.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.apache.sis.referencing.CRS;
import org.apache.sis.referencing.GeodeticCalculator;
import org.citytwin.geo.CrsResolver;
import org.citytwin.model.CityFile;
import org.citytwin.model.CityObject;
import org.citytwin.model.FeatureKind;
import org.citytwin.model.LocalFrame;
import org.citytwin.model.MeshPart;
import org.citytwin.model.Severity;
import org.citytwin.pipeline.tile.TileMesh;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opengis.referencing.crs.CoordinateReferenceSystem;
import org.opengis.referencing.operation.MathTransform;

/** The whole load on real PLATEAU files: coordinates, relative placement, meshes, bad files among good ones. */
class DatasetLoaderTest {

    static final Path TOKYO_BLDG = Path.of("sample-citygml/13100_tokyo23-ku_2020_citygml_mini/udx/bldg/53394525_bldg_6697_2_op.gml");
    static final Path NIIZA = Path.of("sample-citygml/11230_niiza-shi_2020_lod1-full-tile_citygml-osm/udx/bldg/53395404_bldg_6697_op.gml");
    static final Path WATER = Path.of("src/test/resources/data/utility/udx/unf/water_53403039_unf_6697.gml");

    static CrsResolver resolver;

    @BeforeAll
    static void startCrs() {
        resolver = new CrsResolver();
    }

    @AfterAll
    static void done() {
        resolver = null;
    }

    @Test
    void coordinateMatchesJapanPlaneRectangularIxWithinOneCentimetre() throws Exception {
        // With the frame at the origin of JGD2011 / Japan Plane Rectangular CS IX (EPSG:6677, k0 = 0.9999),
        // local x/y must equal the EPSG:6677 easting/northing divided by 0.9999.
        try (DatasetLoader loader = new DatasetLoader(resolver)) {
            loader.anchor(new LocalFrame(36.0, 139.0 + 50.0 / 60.0));
            CityObject building = loader.load(List.of(TOKYO_BLDG), LoadProgress.NONE, new CancelToken())
                    .files().get(0).objects().get(0);
            double[] raw = RawCoordinates.firstPointAfter(TOKYO_BLDG, building.id());
            double[] expected = viaEpsg6677(raw[0], raw[1]);

            // the first posList is the LOD0 footprint (another height than the LOD2 walls): compare horizontally
            double best = nearestHorizontal(building.displayMesh(), expected[0] / 0.9999, expected[1] / 0.9999);

            assertThat(best).isLessThan(0.01);
        }
    }

    @Test
    void twoTilesLandAtTheirTrueOffset() throws Exception {
        try (DatasetLoader loader = new DatasetLoader(resolver)) {
            LoadResult result = loader.load(List.of(TOKYO_BLDG, NIIZA), LoadProgress.NONE, new CancelToken());
            CityObject tokyo = result.files().get(0).objects().get(0);
            CityObject niiza = result.files().get(1).objects().get(0);
            double[] a = RawCoordinates.firstPointAfter(TOKYO_BLDG, tokyo.id());
            double[] b = RawCoordinates.firstPointAfter(NIIZA, niiza.id());
            double[] ga = vertexNear(tokyo.displayMesh(), loader, a);
            double[] gb = vertexNear(niiza.displayMesh(), loader, b);

            GeodeticCalculator calc = GeodeticCalculator.create(CRS.forCode("EPSG:6668"));
            calc.setStartGeographicPoint(a[0], a[1]);
            calc.setEndGeographicPoint(b[0], b[1]);
            double geodesic = calc.getGeodesicDistance();
            double local = Math.hypot(gb[0] - ga[0], gb[1] - ga[1]);

            assertThat(geodesic).isGreaterThan(10_000);
            assertThat(local).isCloseTo(geodesic, within(0.2));
            assertThat(gb[1] - ga[1]).as("Niiza lies north of Nishi-Shinjuku").isPositive();
            assertThat(gb[0] - ga[0]).as("and west of it").isNegative();
        }
    }

    @Test
    void utilitiesGetTrianglesAndAMeshOfTheirKind() {
        try (DatasetLoader loader = new DatasetLoader(resolver)) {
            LoadResult result = loader.load(List.of(WATER), LoadProgress.NONE, new CancelToken());

            CityFile file = result.files().get(0);
            assertThat(file.counts()).containsEntry("uro:WaterPipe", 3).containsEntry("uro:Handhole", 2)
                    .containsEntry("uro:Appurtenance", 2);
            assertThat(file.objects()).allSatisfy(o -> assertThat(o.displayMesh().triangleCount()).isPositive());
            assertThat(result.meshes()).extracting(TileMesh::kind).containsOnly(FeatureKind.UTILITY);
            assertThat(result.meshes().stream().mapToInt(TileMesh::triangleCount).sum())
                    .isEqualTo((int) file.triangleCount());
        }
    }

    @Test
    void hanedaBuildingCarriesItsUroAttributesIntoTheModel() {
        Path haneda = Path.of("sample-citygml/13100_tokyo23-ku_2022_citygml_1_3_op/udx/bldg/53392633_bldg_6697_2_op.gml");
        try (DatasetLoader loader = new DatasetLoader(resolver)) {
            CityFile file = loader.load(List.of(haneda), LoadProgress.NONE, new CancelToken()).files().get(0);

            assertThat(file.objects()).hasSize(9);
            assertThat(file.objects()).allSatisfy(b -> {
                assertThat(b.attribute("uro:city").value()).isEqualTo("13111");
                assertThat(b.attribute("uro:districtsAndZonesType")).isNotNull();
                assertThat(b.attribute("uro:buildingID").value()).startsWith("13111-bldg-");
                assertThat(b.highestMeshLod()).isEqualTo(2);
            });
        }
    }

    @Test
    void aBadFileDoesNotStopTheOthers() throws Exception {
        Path bad = java.nio.file.Files.createTempFile("broken", ".gml");
        java.nio.file.Files.writeString(bad, "<core:CityModel xmlns:core=\"http://www.opengis.net/citygml/2.0\"><oops");
        try (DatasetLoader loader = new DatasetLoader(resolver)) {
            LoadResult result = loader.load(List.of(bad, WATER), LoadProgress.NONE, new CancelToken());

            assertThat(result.files()).hasSize(2);
            assertThat(result.files().get(0).issues()).anyMatch(i -> i.severity() == Severity.ERROR
                    && i.file().equals(bad.toString()) && i.line() == 1);
            assertThat(result.files().get(1).objects()).hasSize(7);
        } finally {
            java.nio.file.Files.deleteIfExists(bad);
        }
    }

    @Test
    void unknownCrsIsReportedAndTheObjectsStillLoad() throws Exception {
        Path file = java.nio.file.Files.createTempFile("unknown-crs", ".gml");
        java.nio.file.Files.writeString(file, java.nio.file.Files.readString(WATER)
                .replace("http://www.opengis.net/def/crs/EPSG/0/6697", "EPSG:999999"));
        try (DatasetLoader loader = new DatasetLoader(resolver)) {
            CityFile result = loader.load(List.of(file), LoadProgress.NONE, new CancelToken()).files().get(0);

            assertThat(result.objects()).hasSize(7);
            assertThat(result.issues()).anyMatch(i -> i.severity() == Severity.ERROR && i.message().contains("EPSG:999999"));
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }

    @Test
    void cancelStopsTheLoad() {
        try (DatasetLoader loader = new DatasetLoader(resolver)) {
            CancelToken cancel = new CancelToken();
            cancel.cancel();
            org.assertj.core.api.Assertions.assertThatThrownBy(
                    () -> loader.load(List.of(NIIZA), LoadProgress.NONE, cancel))
                    .isInstanceOf(java.util.concurrent.CancellationException.class);
        }
    }

    private static double[] viaEpsg6677(double lat, double lon) throws Exception {
        CoordinateReferenceSystem source = CRS.forCode("EPSG:6668");
        CoordinateReferenceSystem target = CRS.forCode("EPSG:6677");
        MathTransform mt = CRS.findOperation(source, target, null).getMathTransform();
        double[] p = {lat, lon};
        mt.transform(p, 0, p, 0, 1);
        // EPSG:6677 axes are northing (X), easting (Y)
        return new double[] {p[1], p[0]};
    }

    private static double nearestHorizontal(MeshPart mesh, double x, double y) {
        double best = Double.MAX_VALUE;
        double[] v = mesh.vertices();
        for (int i = 0; i < v.length; i += 3) {
            best = Math.min(best, Math.hypot(v[i] - x, v[i + 1] - y));
        }
        return best;
    }

    /** The mesh vertex whose geographic position (via the loader's frame) is nearest the raw lat/lon/h. */
    private static double[] vertexNear(MeshPart mesh, DatasetLoader loader, double[] latLonH) {
        double[] v = mesh.vertices();
        double[] best = null;
        double bestD = Double.MAX_VALUE;
        for (int i = 0; i < v.length; i += 3) {
            double[] ll = loader.toLatLon(v[i], v[i + 1]);
            double d = sq(ll[0] - latLonH[0]) + sq(ll[1] - latLonH[1]);
            if (d < bestD) {
                bestD = d;
                best = new double[] {v[i], v[i + 1], v[i + 2]};
            }
        }
        return best;
    }

    private static double sq(double v) {
        return v * v;
    }
}
