package org.citytwin.pipeline.tessellate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.citytwin.model.IssueMessage;
import org.junit.jupiter.api.Test;

class PolygonTessellatorTest {

    // ---- fixtures and checks -------------------------------------------------------------------

    private static double[] ring(double... xyz) {
        return xyz;
    }

    /** Records reports so tests can assert on them. */
    private static final class Recorder implements TessellationProblems {
        final List<String> degenerate = new ArrayList<>();
        final List<String> fallbacks = new ArrayList<>();

        @Override
        public void degenerateRing(int ringIndex, IssueMessage reason) {
            degenerate.add(ringIndex + ": " + reason.english());
        }

        @Override
        public void fallbackUsed(IssueMessage reason) {
            fallbacks.add(reason.english());
        }
    }

    private static double[] triangleNormal(double[] v, int[] t, int i) {
        int a = 3 * t[3 * i], b = 3 * t[3 * i + 1], c = 3 * t[3 * i + 2];
        double ux = v[b] - v[a], uy = v[b + 1] - v[a + 1], uz = v[b + 2] - v[a + 2];
        double wx = v[c] - v[a], wy = v[c + 1] - v[a + 1], wz = v[c + 2] - v[a + 2];
        return new double[] {uy * wz - uz * wy, uz * wx - ux * wz, ux * wy - uy * wx};
    }

    private static double area(TriangleBuffer buf) {
        double[] v = buf.vertices();
        int[] t = buf.triangles();
        double sum = 0;
        for (int i = 0; i < buf.triangleCount(); i++) {
            double[] n = triangleNormal(v, t, i);
            sum += 0.5 * Math.sqrt(n[0] * n[0] + n[1] * n[1] + n[2] * n[2]);
        }
        return sum;
    }

    /** Newell normal of a raw ring, computed independently of the code under test. */
    private static double[] newell(double[] r) {
        int n = r.length / 3;
        double x = 0, y = 0, z = 0;
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n;
            x += (r[3 * i + 1] - r[3 * j + 1]) * (r[3 * i + 2] + r[3 * j + 2]);
            y += (r[3 * i + 2] - r[3 * j + 2]) * (r[3 * i] + r[3 * j]);
            z += (r[3 * i] - r[3 * j]) * (r[3 * i + 1] + r[3 * j + 1]);
        }
        return new double[] {x, y, z};
    }

    private static void assertAllFace(TriangleBuffer buf, double[] normal) {
        double[] v = buf.vertices();
        int[] t = buf.triangles();
        for (int i = 0; i < buf.triangleCount(); i++) {
            double[] n = triangleNormal(v, t, i);
            assertThat(n[0] * normal[0] + n[1] * normal[1] + n[2] * normal[2])
                    .as("triangle %d faces along the polygon normal", i).isPositive();
        }
    }

    /** True when some triangle of an xy-plane result strictly contains (x, y). */
    private static boolean covers(TriangleBuffer buf, double x, double y) {
        double[] v = buf.vertices();
        int[] t = buf.triangles();
        for (int i = 0; i < buf.triangleCount(); i++) {
            double d1 = side(v, t[3 * i], t[3 * i + 1], x, y);
            double d2 = side(v, t[3 * i + 1], t[3 * i + 2], x, y);
            double d3 = side(v, t[3 * i + 2], t[3 * i], x, y);
            if ((d1 > 0 && d2 > 0 && d3 > 0) || (d1 < 0 && d2 < 0 && d3 < 0)) {
                return true;
            }
        }
        return false;
    }

    private static double side(double[] v, int a, int b, double x, double y) {
        return (v[3 * b] - v[3 * a]) * (y - v[3 * a + 1]) - (v[3 * b + 1] - v[3 * a + 1]) * (x - v[3 * a]);
    }

    private static final double[] UNIT_SQUARE = ring(0, 0, 0, 1, 0, 0, 1, 1, 0, 0, 1, 0);
    private static final double[] SQUARE_10 = ring(0, 0, 5, 10, 0, 5, 10, 10, 5, 0, 10, 5);

    // ---- basic shapes --------------------------------------------------------------------------

    @Test
    void squareGivesTwoTrianglesOfTotalAreaOne() {
        TriangleBuffer buf = new TriangleBuffer();
        int added = PolygonTessellator.tessellate(List.of(UNIT_SQUARE), buf, TessellationProblems.IGNORE);
        assertThat(added).isEqualTo(2);
        assertThat(buf.triangleCount()).isEqualTo(2);
        assertThat(buf.vertexCount()).isEqualTo(4);
        assertThat(area(buf)).isCloseTo(1.0, within(1e-12));
        assertAllFace(buf, new double[] {0, 0, 1});
    }

    @Test
    void triangleTakesTheTrivialPath() {
        TriangleBuffer buf = new TriangleBuffer();
        double[] tri = ring(0, 0, 0, 0, 2, 0, 2, 0, 0);   // clockwise seen from above
        assertThat(PolygonTessellator.tessellate(List.of(tri), buf, TessellationProblems.IGNORE)).isEqualTo(1);
        assertThat(buf.triangles()).containsExactly(0, 1, 2);
        assertThat(area(buf)).isCloseTo(2.0, within(1e-12));
        assertAllFace(buf, new double[] {0, 0, -1});
    }

    @Test
    void verticalWallInXzPlaneHasCorrectAreaAndWinding() {
        double[] wall = ring(0, 3, 0, 4, 3, 0, 4, 3, 3, 0, 3, 3);   // faces -y
        TriangleBuffer buf = new TriangleBuffer();
        assertThat(PolygonTessellator.tessellate(List.of(wall), buf, TessellationProblems.IGNORE)).isEqualTo(2);
        assertThat(area(buf)).isCloseTo(12.0, within(1e-9));
        assertAllFace(buf, new double[] {0, -1, 0});
        double[] v = buf.vertices();
        for (int i = 0; i < buf.vertexCount(); i++) {
            assertThat(v[3 * i + 1]).isEqualTo(3.0);   // input vertices are emitted unchanged
        }
    }

    @Test
    void concaveWallPentagonWithGableKeepsFacing() {
        // House gable end facing +x, concave notch at the bottom to force earcut.
        double[] gable = ring(5, 0, 0, 5, 2, 0, 5, 2, 1, 5, 4, 1, 5, 4, 0, 5, 6, 0, 5, 6, 4, 5, 3, 6, 5, 0, 4);
        TriangleBuffer buf = new TriangleBuffer();
        PolygonTessellator.tessellate(List.of(gable), buf, TessellationProblems.IGNORE);
        assertThat(area(buf)).isCloseTo(6 * 4 + 0.5 * 6 * 2 - 2, within(1e-9));
        assertAllFace(buf, newell(gable));
    }

    @Test
    void concaveLShapeDoesNotCoverTheNotch() {
        double[] l = ring(0, 0, 0, 2, 0, 0, 2, 1, 0, 1, 1, 0, 1, 2, 0, 0, 2, 0);
        TriangleBuffer buf = new TriangleBuffer();
        assertThat(PolygonTessellator.tessellate(List.of(l), buf, TessellationProblems.IGNORE)).isEqualTo(4);
        assertThat(area(buf)).isCloseTo(3.0, within(1e-12));
        assertThat(covers(buf, 1.5, 1.5)).isFalse();
        assertThat(covers(buf, 0.5, 1.5)).isTrue();
        assertAllFace(buf, new double[] {0, 0, 1});
    }

    @Test
    void polygonWithOneHole() {
        double[] hole = ring(4, 4, 5, 4, 6, 5, 6, 6, 5, 6, 4, 5);   // clockwise, as GML holes usually are
        TriangleBuffer buf = new TriangleBuffer();
        Recorder rec = new Recorder();
        PolygonTessellator.tessellate(List.of(SQUARE_10, hole), buf, rec);
        assertThat(area(buf)).isCloseTo(96.0, within(1e-9));
        assertThat(covers(buf, 5, 5)).isFalse();
        assertAllFace(buf, new double[] {0, 0, 1});
        assertThat(rec.degenerate).isEmpty();
        assertThat(rec.fallbacks).isEmpty();
    }

    @Test
    void polygonWithTwoHolesOfEitherOrientation() {
        double[] cw = ring(1, 1, 5, 1, 3, 5, 3, 3, 5, 3, 1, 5);
        double[] ccw = ring(6, 6, 5, 9, 6, 5, 9, 8, 5, 6, 8, 5);
        TriangleBuffer buf = new TriangleBuffer();
        PolygonTessellator.tessellate(List.of(SQUARE_10, cw, ccw), buf, TessellationProblems.IGNORE);
        assertThat(area(buf)).isCloseTo(100 - 4 - 6, within(1e-9));
        assertThat(covers(buf, 2, 2)).isFalse();
        assertThat(covers(buf, 7.5, 7)).isFalse();
        assertThat(covers(buf, 4.9, 2.37)).isTrue();
        assertAllFace(buf, new double[] {0, 0, 1});
    }

    @Test
    void slightlyNonPlanarQuadWithTwoCentimetreWarp() {
        double[] quad = ring(0, 0, 0, 10, 0, 0, 10, 10, 0.02, 0, 10, 0);
        TriangleBuffer buf = new TriangleBuffer();
        assertThat(PolygonTessellator.tessellate(List.of(quad), buf, TessellationProblems.IGNORE)).isEqualTo(2);
        assertThat(area(buf)).isCloseTo(100.0, within(1e-3));
        assertAllFace(buf, newell(quad));
    }

    @Test
    void nonPlanarConcaveRingWithHoleOnTiltedRoof() {
        // Roof sloping 30 degrees, a few mm of noise in z, with a skylight hole: earcut path in 2D.
        double s = Math.tan(Math.toRadians(30));
        double[] ext = ring(0, 0, 0, 8, 0, 0.003, 8, 6, 6 * s, 4, 6, 6 * s - 0.002, 4, 3, 3 * s, 0, 3, 3 * s);
        double[] hole = ring(1, 1, s, 2, 1, s, 2, 2, 2 * s, 1, 2, 2 * s);
        TriangleBuffer buf = new TriangleBuffer();
        Recorder rec = new Recorder();
        PolygonTessellator.tessellate(List.of(ext, hole), buf, rec);
        double slopeFactor = 1 / Math.cos(Math.toRadians(30));
        assertThat(area(buf)).isCloseTo((8 * 3 + 4 * 3 - 1) * slopeFactor, within(0.01));
        assertAllFace(buf, newell(ext));
        assertThat(rec.fallbacks).isEmpty();
    }

    @Test
    void georeferencedCoordinatesKeepPrecision() {
        // Japan plane rectangular coordinates are ~1e5 m; a 10 cm square must still triangulate.
        double x = -45_123.456, y = 98_765.432, z = 40.0;
        double[] small = ring(x, y, z, x + 0.1, y, z, x + 0.1, y + 0.1, z, x + 0.05, y + 0.12, z, x, y + 0.1, z);
        TriangleBuffer buf = new TriangleBuffer();
        PolygonTessellator.tessellate(List.of(small), buf, TessellationProblems.IGNORE);
        assertThat(area(buf)).isCloseTo(0.01 + 0.001, within(1e-9));
        assertAllFace(buf, new double[] {0, 0, 1});
    }

    // ---- ring clean-up -------------------------------------------------------------------------

    @Test
    void repeatedClosingPointAndDuplicateConsecutivePointsAreDropped() {
        double[] messy = ring(0, 0, 0, 0, 0, 0, 1, 0, 0, 1, 0, 1e-10, 1, 1, 0, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0);
        TriangleBuffer buf = new TriangleBuffer();
        Recorder rec = new Recorder();
        assertThat(PolygonTessellator.tessellate(List.of(messy), buf, rec)).isEqualTo(2);
        assertThat(buf.vertexCount()).isEqualTo(4);
        assertThat(area(buf)).isCloseTo(1.0, within(1e-9));
        assertThat(rec.degenerate).isEmpty();
    }

    @Test
    void ringOfThreePointsPlusClosingPointIsATriangle() {
        double[] closedTri = ring(0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 0);
        TriangleBuffer buf = new TriangleBuffer();
        assertThat(PolygonTessellator.tessellate(List.of(closedTri), buf, TessellationProblems.IGNORE)).isEqualTo(1);
        assertThat(buf.vertexCount()).isEqualTo(3);
    }

    @Test
    void appendsToAReusedBufferWithOffsetIndices() {
        TriangleBuffer buf = new TriangleBuffer();
        PolygonTessellator.tessellate(List.of(UNIT_SQUARE), buf, TessellationProblems.IGNORE);
        PolygonTessellator.tessellate(List.of(SQUARE_10), buf, TessellationProblems.IGNORE);
        assertThat(buf.triangleCount()).isEqualTo(4);
        assertThat(buf.vertexCount()).isEqualTo(8);
        assertThat(java.util.Arrays.stream(buf.triangles()).max().getAsInt()).isEqualTo(7);
        assertThat(area(buf)).isCloseTo(101.0, within(1e-9));
        buf.clear();
        assertThat(buf.triangleCount()).isZero();
        assertThat(buf.vertices()).isEmpty();
    }

    // ---- degenerate input ----------------------------------------------------------------------

    @Test
    void exteriorWithTwoDistinctPointsIsReportedAndGivesNoTriangles() {
        Recorder rec = new Recorder();
        TriangleBuffer buf = new TriangleBuffer();
        double[] two = ring(0, 0, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0);
        assertThat(PolygonTessellator.tessellate(List.of(two), buf, rec)).isZero();
        assertThat(rec.degenerate).singleElement().asString().startsWith("0: fewer than 3");
        assertThat(buf.vertexCount()).isZero();
    }

    @Test
    void collinearExteriorIsReportedAsZeroArea() {
        Recorder rec = new Recorder();
        TriangleBuffer buf = new TriangleBuffer();
        double[] line = ring(0, 0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 3);
        assertThat(PolygonTessellator.tessellate(List.of(line), buf, rec)).isZero();
        assertThat(rec.degenerate).singleElement().asString().contains("zero area");
    }

    @Test
    void nanCoordinateIsReportedWithoutThrowing() {
        Recorder rec = new Recorder();
        TriangleBuffer buf = new TriangleBuffer();
        double[] bad = ring(0, 0, 0, 1, Double.NaN, 0, 1, 1, 0, 0, 1, 0);
        assertThat(PolygonTessellator.tessellate(List.of(bad), buf, rec)).isZero();
        assertThat(rec.degenerate).singleElement().asString().contains("non-finite");
    }

    @Test
    void missingOrMalformedInputIsReportedWithoutThrowing() {
        Recorder rec = new Recorder();
        TriangleBuffer buf = new TriangleBuffer();
        assertThat(PolygonTessellator.tessellate(List.of(), buf, rec)).isZero();
        assertThat(PolygonTessellator.tessellate(List.of(new double[] {0, 0, 0, 1}), buf, rec)).isZero();
        assertThat(PolygonTessellator.tessellate(List.of(new double[0]), buf, rec)).isZero();
        assertThat(rec.degenerate).hasSize(3);
        assertThat(buf.vertexCount()).isZero();
    }

    @Test
    void degenerateHolesAreSkippedButTheExteriorIsKept() {
        Recorder rec = new Recorder();
        TriangleBuffer buf = new TriangleBuffer();
        double[] flatHole = ring(2, 2, 5, 3, 3, 5, 4, 4, 5);
        double[] nanHole = ring(2, 2, 5, Double.NaN, 3, 5, 4, 4, 5, 2, 4, 5);
        double[] goodHole = ring(6, 6, 5, 6, 7, 5, 7, 7, 5, 7, 6, 5);
        PolygonTessellator.tessellate(List.of(SQUARE_10, flatHole, nanHole, goodHole), buf, rec);
        assertThat(area(buf)).isCloseTo(99.0, within(1e-9));
        assertThat(rec.degenerate).hasSize(2);
        assertThat(rec.degenerate.get(0)).startsWith("1: zero area");
        assertThat(rec.degenerate.get(1)).startsWith("2: non-finite");
    }

    // ---- real-data quirks ----------------------------------------------------------------------

    @Test
    void selfTouchingFigureEightRingGivesFullArea() {
        // Two unit squares meeting at the single vertex (1,1), written as one ring (seen in PLATEAU bldg).
        double[] eight = ring(0, 0, 0, 1, 0, 0, 1, 1, 0, 2, 1, 0, 2, 2, 0, 1, 2, 0, 1, 1, 0, 0, 1, 0);
        TriangleBuffer buf = new TriangleBuffer();
        Recorder rec = new Recorder();
        PolygonTessellator.tessellate(List.of(eight), buf, rec);
        assertThat(area(buf)).isCloseTo(2.0, within(1e-9));
        assertAllFace(buf, new double[] {0, 0, 1});
        assertThat(covers(buf, 0.5, 1.5)).isFalse();
        assertThat(covers(buf, 1.5, 0.5)).isFalse();
        assertThat(rec.degenerate).isEmpty();
    }

    @Test
    void selfTouchingRingEnclosingAnInvertedHole() {
        // The ring visits (2,4) twice; the loop between the visits cuts a triangular notch of area 2.
        double[] pinched = ring(0, 0, 0, 4, 0, 0, 4, 4, 0, 2, 4, 0, 3, 2, 0, 1, 2, 0, 2, 4, 0, 0, 4, 0);
        TriangleBuffer buf = new TriangleBuffer();
        Recorder rec = new Recorder();
        PolygonTessellator.tessellate(List.of(pinched), buf, rec);
        assertThat(area(buf)).isCloseTo(14.0, within(1e-9));
        assertThat(covers(buf, 2, 3)).isFalse();
        assertAllFace(buf, new double[] {0, 0, 1});
    }

    @Test
    void holeTouchingTheExteriorAtOneVertex() {
        double[] ext = ring(0, 0, 0, 4, 0, 0, 4, 4, 0, 0, 4, 0);
        double[] hole = ring(0, 1, 0, 1, 2, 0, 1, 1, 0);   // touches the exterior edge x=0 at (0,1)
        TriangleBuffer buf = new TriangleBuffer();
        PolygonTessellator.tessellate(List.of(ext, hole), buf, TessellationProblems.IGNORE);
        assertThat(area(buf)).isCloseTo(15.5, within(1e-9));
        assertThat(covers(buf, 0.6, 1.3)).isFalse();
        assertAllFace(buf, new double[] {0, 0, 1});
    }

    @Test
    void selfTouchingWallKeepsOriginal3dVerticesThroughTheFallback() {
        // Vertical figure-8 in the plane y = 7: the fallback works in 2D but must emit the input points.
        double[] eight = ring(0, 7, 0, 1, 7, 0, 1, 7, 1, 2, 7, 1, 2, 7, 2, 1, 7, 2, 1, 7, 1, 0, 7, 1);
        TriangleBuffer buf = new TriangleBuffer();
        PolygonTessellator.tessellate(List.of(eight), buf, TessellationProblems.IGNORE);
        assertThat(area(buf)).isCloseTo(2.0, within(1e-9));
        assertAllFace(buf, newell(eight));
        double[] v = buf.vertices();
        for (int i = 0; i < buf.vertexCount(); i++) {
            assertThat(v[3 * i + 1]).isEqualTo(7.0);
            assertThat(v[3 * i] % 1).isZero();
            assertThat(v[3 * i + 2] % 1).isZero();
        }
    }

    @Test
    void bowTieSelfIntersectionIsRepairedByTheJtsFallback() {
        // Edges cross at (1.2,1.2) with no vertex there; lobes of area 1.8 and 0.8 wind opposite ways,
        // so the ring's signed area is 1. GeometryFixer nodes it into two lobes, both emitted facing +z.
        double[] bowTie = ring(0, 0, 0, 2, 2, 0, 2, 0, 0, 0, 3, 0);
        TriangleBuffer buf = new TriangleBuffer();
        Recorder rec = new Recorder();
        int added = PolygonTessellator.tessellate(List.of(bowTie), buf, rec);
        assertThat(added).isPositive();
        assertThat(rec.fallbacks).hasSize(1);
        assertAllFace(buf, newell(bowTie));
        assertThat(area(buf)).isCloseTo(2.6, within(1e-9));
        assertThat(buf.vertices()).contains(1.2, 1.2, 0.0);   // invented node, lifted onto the plane
    }

    @Test
    void overlappingHolesMakeEarcutOvercountSoJtsTakesOver() {
        // Earcut covers 88 m² where exterior minus holes is 68 m²; the repaired geometry is 100 - 28.
        double[] a = ring(1, 1, 0, 5, 1, 0, 5, 5, 0, 1, 5, 0);
        double[] b = ring(3, 3, 0, 7, 3, 0, 7, 7, 0, 3, 7, 0);
        TriangleBuffer buf = new TriangleBuffer();
        Recorder rec = new Recorder();
        PolygonTessellator.tessellate(List.of(ring(0, 0, 0, 10, 0, 0, 10, 10, 0, 0, 10, 0), a, b), buf, rec);
        assertThat(rec.fallbacks).singleElement().asString().contains("earcut triangles cover");
        assertThat(area(buf)).isCloseTo(72.0, within(1e-9));
        assertThat(covers(buf, 4, 4)).isFalse();
        assertThat(covers(buf, 6.5, 6.5)).isFalse();
        assertAllFace(buf, new double[] {0, 0, 1});
    }

    @Test
    void holeSwallowingTheExteriorIsReportedAndGivesNoTriangles() {
        Recorder rec = new Recorder();
        TriangleBuffer buf = new TriangleBuffer();
        double[] huge = ring(-1, -1, 5, 11, -1, 5, 11, 11, 5, -1, 11, 5);
        assertThat(PolygonTessellator.tessellate(List.of(SQUARE_10, huge), buf, rec)).isZero();
        assertThat(rec.fallbacks).hasSize(1);
        assertThat(rec.degenerate).singleElement().asString().startsWith("0: nothing left");
        assertThat(buf.vertexCount()).isZero();
    }

    @Test
    void clockwiseAndCounterClockwiseInputKeepTheirOrientation() {
        double[] ccw = ring(0, 0, 0, 3, 0, 0, 3, 1, 0, 1, 1, 0, 1, 3, 0, 0, 3, 0);
        double[] cw = new double[ccw.length];
        for (int i = 0; i < ccw.length / 3; i++) {
            System.arraycopy(ccw, 3 * i, cw, cw.length - 3 * (i + 1), 3);
        }
        TriangleBuffer up = new TriangleBuffer();
        TriangleBuffer down = new TriangleBuffer();
        PolygonTessellator.tessellate(List.of(ccw), up, TessellationProblems.IGNORE);
        PolygonTessellator.tessellate(List.of(cw), down, TessellationProblems.IGNORE);
        assertAllFace(up, new double[] {0, 0, 1});
        assertAllFace(down, new double[] {0, 0, -1});
        assertThat(area(up)).isCloseTo(5.0, within(1e-12));
        assertThat(area(down)).isCloseTo(5.0, within(1e-12));
    }

    @Test
    void concurrentCallsWithOwnBuffersGiveIdenticalResults() {
        double[] hole = ring(4, 4, 5, 4, 6, 5, 6, 6, 5, 6, 4, 5);
        TriangleBuffer reference = new TriangleBuffer();
        PolygonTessellator.tessellate(List.of(SQUARE_10, hole), reference, TessellationProblems.IGNORE);
        IntStream.range(0, 2000).parallel().forEach(i -> {
            TriangleBuffer buf = new TriangleBuffer();
            double[] shape = i % 2 == 0 ? UNIT_SQUARE : ring(0, 0, 0, 2, 0, 0, 2, 1, 0, 1, 1, 0, 1, 2, 0, 0, 2, 0);
            PolygonTessellator.tessellate(List.of(shape), buf, TessellationProblems.IGNORE);
            PolygonTessellator.tessellate(List.of(SQUARE_10, hole), buf, TessellationProblems.IGNORE);
            double[] v = buf.vertices();
            int[] t = buf.triangles();
            int skipV = i % 2 == 0 ? 4 : 6, skipT = i % 2 == 0 ? 2 : 4;
            assertThat(java.util.Arrays.copyOfRange(v, 3 * skipV, v.length)).containsExactly(reference.vertices());
            int[] tail = java.util.Arrays.copyOfRange(t, 3 * skipT, t.length);
            for (int k = 0; k < tail.length; k++) {
                tail[k] -= skipV;
            }
            assertThat(tail).containsExactly(reference.triangles());
        });
    }
}
