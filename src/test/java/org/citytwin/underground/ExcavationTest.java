package org.citytwin.underground;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.citytwin.geo.CrsResolver;
import org.citytwin.model.CityObject;
import org.citytwin.model.Envelope;
import org.citytwin.model.FeatureKind;
import org.citytwin.model.LodChoice;
import org.citytwin.model.MeshPart;
import org.citytwin.pipeline.CancelToken;
import org.citytwin.pipeline.DatasetLoader;
import org.citytwin.pipeline.LoadProgress;
import org.citytwin.pipeline.LoadResult;
import org.citytwin.pipeline.tile.TileMesh;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The excavation cut on real files: what is cut from Tokyo buildings and roads and Yokosuka terrain, which Chiba utilities are listed. */
class ExcavationTest {
    static final Path TOKYO = Path.of("sample-citygml/13100_tokyo23-ku_2020_citygml_mini/udx");
    static final Path YOKOSUKA_DEM = Path.of("src/test/resources/data/plateau/14201_yokosuka-shi_2020_citygml_v2/udx/dem/523965_dem_6697_05_op.gml");
    private static LoadResult tokyo;
    private static LoadResult yokosuka;

    @BeforeAll
    static void load() {
        try (DatasetLoader loader = new DatasetLoader(new CrsResolver())) {
            tokyo = loader.load(List.of(TOKYO.resolve("bldg/53394525_bldg_6697_2_op.gml"), TOKYO.resolve("tran/533925_tran_6697_op.gml")),
                    LoadProgress.NONE, new CancelToken());
            yokosuka = loader.load(List.of(YOKOSUKA_DEM), LoadProgress.NONE, new CancelToken());
        }
    }

    @Test
    void buildingInsideThePitIsCutAwayAndTheRestStays() {
        CityObject building = tokyo.files().get(0).objects().stream().filter(o -> o.kind() == FeatureKind.BUILDING)
                .filter(o -> o.displayMesh().triangleCount() > 20).findFirst().orElseThrow();
        Envelope b = bounds(building.displayMesh());
        // a pit 3 m wider than the building on every side, 6 m deep below its base
        Excavation pit = Excavation.box(b.minX() - 3, b.minY() - 3, b.maxX() + 3, b.maxY() + 3, b.minZ(), 6);

        int removed = 0;
        for (TileMesh tile : tokyo.meshes()) {
            TileMesh cut = pit.cut(tile);
            if (tile.kind() == FeatureKind.BUILDING && objectsDrawn(tile).contains(building.id())) {
                assertThat(objectsDrawn(cut)).doesNotContain(building.id());
                removed += pit.removedTriangles(tile);
            }
            assertNothingLeftInside(cut, pit);
            assertTrianglesAwayFromThePitUnchanged(tile, cut, pit);
        }
        assertThat(removed).isGreaterThanOrEqualTo(building.displayMesh().triangleCount());
    }

    @Test
    void terrainLosesExactlyWhatAConcaveFootprintCovers() {
        TileMesh terrain = yokosuka.meshes().stream().filter(t -> t.kind() == FeatureKind.TERRAIN)
                .max(java.util.Comparator.comparingInt(TileMesh::triangleCount)).orElseThrow();
        Envelope e = new Envelope();
        e.includeAll(toDoubles(terrain.points()), terrain.points().length);
        double x = e.centerX() - 60, y = e.centerY() - 40;
        double[] l = {x, y, x + 140, y, x + 140, y + 30, x + 35, y + 30, x + 35, y + 110, x, y + 110}; // an L
        Excavation pit = new Excavation(l, e.maxZ() + 5, e.maxZ() - e.minZ() + 20);

        TileMesh cut = pit.cut(terrain);

        double expected = coveredPlanArea(terrain, l);
        assertThat(expected).isGreaterThan(1000);
        assertThat(cut.triangleCount()).isGreaterThan(terrain.triangleCount()); // big TIN triangles are clipped, not dropped
        assertThat(planArea(terrain) - planArea(cut)).isCloseTo(expected, within(expected * 1e-4));
        assertNothingLeftInside(cut, pit);
        assertTrianglesAwayFromThePitUnchanged(terrain, cut, pit);
        assertThat(cut.faceObject()).hasSize(cut.triangleCount());
    }

    @Test
    void roadsLoseExactlyWhatTheBoxCovers() {
        TileMesh roads = tokyo.meshes().stream().filter(t -> t.kind() == FeatureKind.TRANSPORTATION)
                .max(java.util.Comparator.comparingInt(TileMesh::triangleCount)).orElseThrow();
        Envelope e = new Envelope();
        e.includeAll(toDoubles(roads.points()), roads.points().length);
        double x = e.centerX(), y = e.centerY();
        Excavation pit = Excavation.box(x - 15, y - 8, x + 15, y + 8, e.maxZ(), e.maxZ() - e.minZ() + 3);

        TileMesh cut = pit.cut(roads);

        double expected = coveredPlanArea(roads, pit.pit().footprint());
        assertThat(expected).isPositive();
        assertThat(planArea(roads) - planArea(cut)).isCloseTo(expected, within(Math.max(1e-3, expected * 1e-4)));
        assertNothingLeftInside(cut, pit);
    }

    /** Independent reference: JTS intersection area of every triangle's plan with the footprint. */
    private static double coveredPlanArea(TileMesh m, double[] footprint) {
        org.locationtech.jts.geom.GeometryFactory gf = new org.locationtech.jts.geom.GeometryFactory();
        org.locationtech.jts.geom.Coordinate[] ring = new org.locationtech.jts.geom.Coordinate[footprint.length / 2 + 1];
        for (int i = 0; i < footprint.length / 2; i++) ring[i] = new org.locationtech.jts.geom.Coordinate(footprint[2 * i], footprint[2 * i + 1]);
        ring[ring.length - 1] = ring[0];
        org.locationtech.jts.geom.Polygon pit = gf.createPolygon(ring);
        float[] p = m.points();
        int[] t = m.triangles();
        double sum = 0;
        for (int i = 0; i < t.length; i += 3) {
            org.locationtech.jts.geom.Coordinate[] c = new org.locationtech.jts.geom.Coordinate[4];
            for (int k = 0; k < 3; k++) c[k] = new org.locationtech.jts.geom.Coordinate(p[3 * t[i + k]], p[3 * t[i + k] + 1]);
            c[3] = c[0];
            org.locationtech.jts.geom.Polygon tri = gf.createPolygon(c);
            if (tri.getArea() > 0 && tri.intersects(pit)) sum += tri.intersection(pit).getArea();
        }
        return sum;
    }

    @Test
    void utilitiesCrossingAPitInChibaAreListedWithTheirDepth() {
        List<CityObject> objects = ChibaUtilities.objects();
        Envelope all = ChibaUtilities.load().bounds();
        double x = all.centerX(), y = all.centerY();
        double ground = all.maxZ();
        Excavation pit = Excavation.box(x - 10, y - 10, x + 10, y + 10, ground, 4);

        List<CrossingUtility> listed = pit.crossingUtilities(objects, LodChoice.HIGHEST);

        Set<String> ids = new HashSet<>();
        listed.forEach(c -> ids.add(c.id()));
        for (CityObject o : objects) {
            MeshPart m = o.displayMesh();
            boolean vertexInside = false, allFar = true;
            for (int i = 0; i < m.vertices().length; i += 3) {
                double vx = m.vertices()[i], vy = m.vertices()[i + 1], vz = m.vertices()[i + 2];
                vertexInside |= pit.pit().contains(vx, vy, vz);
                allFar &= vx < x - 11 || vx > x + 11 || vy < y - 11 || vy > y + 11 || vz < ground - 5;
            }
            if (vertexInside) assertThat(ids).as(o.id()).contains(o.id());
            if (allFar) assertThat(ids).as(o.id()).doesNotContain(o.id());
        }
        assertThat(listed).isNotEmpty();
        for (CrossingUtility c : listed) {
            assertThat(pit.pit().contains(c.anchor()[0], c.anchor()[1], c.anchor()[2])).isTrue();
            assertThat(c.label()).isNotBlank();
        }
        // pipes with a stated depth and diameter carry them into the list
        assertThat(listed).anySatisfy(c -> {
            assertThat(c.type()).contains("Pipe");
            assertThat(c.coverDepthM()).isGreaterThan(0);
            assertThat(c.diameterM()).isGreaterThan(0);
        });
    }

    @Test
    void wallsAndFloorCloseThePitExceptAtTheTop() {
        Excavation pit = Excavation.box(0, 0, 4, 3, 10, 2);
        MeshPart walls = pit.wallsAndFloor();
        assertThat(walls.triangleCount()).isEqualTo(2 + 8); // floor + four walls
        Envelope e = bounds(walls);
        assertThat(e.minZ()).isEqualTo(8);
        assertThat(e.maxZ()).isEqualTo(10);
        assertThat(pit.floorZ()).isEqualTo(8);
    }

    private static void assertNothingLeftInside(TileMesh cut, Excavation pit) {
        float[] p = cut.points();
        int[] t = cut.triangles();
        double[] f = pit.pit().footprint();
        for (int i = 0; i < t.length; i += 3) {
            double cx = (p[3 * t[i]] + p[3 * t[i + 1]] + p[3 * t[i + 2]]) / 3;
            double cy = (p[3 * t[i] + 1] + p[3 * t[i + 1] + 1] + p[3 * t[i + 2] + 1]) / 3;
            double cz = (p[3 * t[i] + 2] + p[3 * t[i + 1] + 2] + p[3 * t[i + 2] + 2]) / 3;
            if (cz > pit.floorZ() + 0.01 && area(p, t, i) > 1e-4) {
                // a centroid strictly inside the footprint (1 cm in from every edge) must not remain
                boolean deepInside = pit.pit().footprintContains(cx, cy) && distanceToEdges(f, cx, cy) > 0.01;
                assertThat(deepInside).as("triangle %d of %s at %.2f,%.2f,%.2f: %s", i / 3, cut.kind(), cx, cy, cz,
                        java.util.Arrays.toString(new float[] {p[3 * t[i]], p[3 * t[i] + 1], p[3 * t[i] + 2], p[3 * t[i + 1]],
                                p[3 * t[i + 1] + 1], p[3 * t[i + 1] + 2], p[3 * t[i + 2]], p[3 * t[i + 2] + 1], p[3 * t[i + 2] + 2]})).isFalse();
            }
        }
    }

    private static void assertTrianglesAwayFromThePitUnchanged(TileMesh before, TileMesh after, Excavation pit) {
        Envelope box = new Envelope();
        double[] f = pit.pit().footprint();
        for (int i = 0; i < f.length; i += 2) box.include(f[i], f[i + 1], 0);
        Set<String> beforeAway = new HashSet<>(), afterAway = new HashSet<>();
        collectAway(before, box, beforeAway);
        collectAway(after, box, afterAway);
        Set<String> missing = new HashSet<>(beforeAway);
        missing.removeAll(afterAway);
        assertThat(missing).as("triangles away from the pit that went missing").isEmpty();
    }

    private static void collectAway(TileMesh m, Envelope box, Set<String> out) {
        float[] p = m.points();
        int[] t = m.triangles();
        for (int i = 0; i < t.length; i += 3) {
            double minX = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, minY = Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
            StringBuilder key = new StringBuilder();
            for (int c = 0; c < 3; c++) {
                float x = p[3 * t[i + c]], y = p[3 * t[i + c] + 1];
                key.append(x).append(',').append(y).append(',').append(p[3 * t[i + c] + 2]).append(';');
                minX = Math.min(minX, x);
                maxX = Math.max(maxX, x);
                minY = Math.min(minY, y);
                maxY = Math.max(maxY, y);
            }
            // the triangle's own box misses the pit's box: it must come through untouched
            boolean away = maxX < box.minX() - 0.5 || minX > box.maxX() + 0.5 || maxY < box.minY() - 0.5 || minY > box.maxY() + 0.5;
            if (away) out.add(key.toString());
        }
    }

    private static double distanceToEdges(double[] f, double x, double y) {
        double best = Double.MAX_VALUE;
        int n = f.length / 2;
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n;
            double ax = f[2 * i], ay = f[2 * i + 1], bx = f[2 * j], by = f[2 * j + 1];
            double dx = bx - ax, dy = by - ay;
            double s = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
            best = Math.min(best, Math.hypot(x - ax - s * dx, y - ay - s * dy));
        }
        return best;
    }

    private static double area(float[] p, int[] t, int i) {
        double ux = p[3 * t[i + 1]] - p[3 * t[i]], uy = p[3 * t[i + 1] + 1] - p[3 * t[i] + 1], uz = p[3 * t[i + 1] + 2] - p[3 * t[i] + 2];
        double vx = p[3 * t[i + 2]] - p[3 * t[i]], vy = p[3 * t[i + 2] + 1] - p[3 * t[i] + 1], vz = p[3 * t[i + 2] + 2] - p[3 * t[i] + 2];
        double ax = uy * vz - uz * vy, ay = uz * vx - ux * vz, az = ux * vy - uy * vx;
        return Math.sqrt(ax * ax + ay * ay + az * az) / 2;
    }

    /** Area of the mesh projected on the ground plane (terrain is one layer). */
    private static double planArea(TileMesh m) {
        float[] p = m.points();
        int[] t = m.triangles();
        double sum = 0;
        for (int i = 0; i < t.length; i += 3) {
            double ux = p[3 * t[i + 1]] - p[3 * t[i]], uy = p[3 * t[i + 1] + 1] - p[3 * t[i] + 1];
            double vx = p[3 * t[i + 2]] - p[3 * t[i]], vy = p[3 * t[i + 2] + 1] - p[3 * t[i] + 1];
            sum += Math.abs(ux * vy - uy * vx) / 2;
        }
        return sum;
    }

    private static Set<String> objectsDrawn(TileMesh m) {
        Set<String> ids = new HashSet<>();
        for (int f : m.faceObject()) ids.add(m.objectIds().get(f));
        return ids;
    }

    private static Envelope bounds(MeshPart m) {
        Envelope e = new Envelope();
        e.includeAll(m.vertices(), m.vertices().length);
        return e;
    }

    private static double[] toDoubles(float[] f) {
        double[] d = new double[f.length];
        for (int i = 0; i < f.length; i++) d[i] = f[i];
        return d;
    }
}
