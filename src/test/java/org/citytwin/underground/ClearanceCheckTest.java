package org.citytwin.underground;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;
import org.citytwin.model.CityObject;
import org.citytwin.model.DepthSource;
import org.citytwin.model.UtilityInfo;
import org.citytwin.model.UtilityType;
import org.citytwin.pipeline.utility.TubeSweep;
import org.citytwin.model.FeatureKind;
import org.citytwin.model.LodChoice;
import org.citytwin.model.MeshPart;
import org.citytwin.pipeline.CancelToken;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The clearance check on the real Chiba utilities, with connected parts included, equals a brute-force search over
 * every triangle pair; by default it lists conflicts only, leaving out connected and nested parts of one network.
 */
class ClearanceCheckTest {

    @ParameterizedTest(name = "threshold {0} m")
    @ValueSource(doubles = {0.3, 2.0, 10.0})
    void utilityPairsEqualBruteForce(double threshold) {
        List<CityObject> objects = ChibaUtilities.objects();
        List<CityObject> utilities = objects.stream().filter(ClearanceCheck::isUtility).toList();
        assertThat(utilities.size()).isEqualTo(22);

        List<Clearance> found = ClearanceCheck.allPairs(objects, threshold);

        Map<String, Double> expected = new TreeMap<>();
        allPairDistances(utilities).forEach((k, d) -> {
            if (d < threshold) expected.put(k, d);
        });
        Map<String, Double> actual = new TreeMap<>();
        found.forEach(c -> actual.put(key(c.idA(), c.idB()), c.distance()));
        assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
        expected.forEach((k, d) -> assertThat(actual.get(k)).as(k).isCloseTo(d, within(1e-6)));
        assertThat(found).isSortedAccordingTo((a, b) -> Double.compare(a.distance(), b.distance()));
        for (Clearance c : found) { // the closest points lie that far apart
            assertThat(dist(c.pointA(), c.pointB())).isCloseTo(c.distance(), within(1e-6));
        }
        // conflicts only: a subset, and what is left out lies within one utility (each Chiba file is one network)
        List<Clearance> conflicts = ClearanceCheck.utilities(objects, threshold);
        Map<String, CityObject> byId = new TreeMap<>();
        utilities.forEach(u -> byId.put(u.id(), u));
        assertThat(conflicts).allSatisfy(c -> assertThat(actual).containsKey(key(c.idA(), c.idB())));
        List<String> kept = conflicts.stream().map(c -> key(c.idA(), c.idB())).toList();
        found.stream().filter(c -> !kept.contains(key(c.idA(), c.idB()))).forEach(c ->
                assertThat(byId.get(c.idA()).sourceFile()).as(key(c.idA(), c.idB())).isEqualTo(byId.get(c.idB()).sourceFile()));
    }

    @Test
    void chibaTouchingPairsAreConnectionsNotConflicts() {
        List<CityObject> objects = ChibaUtilities.objects();
        List<Clearance> all = ClearanceCheck.allPairs(objects, ClearanceCheck.DEFAULT_THRESHOLD_M);
        assertThat(all).hasSize(28).allSatisfy(c -> {
            assertThat(c.distance()).isBetween(0.0, 0.3);
            assertThat(c.idA()).isLessThan(c.idB());
            assertThat(c.typeA()).startsWith("uro:");
        });
        ClearanceCheck check = new ClearanceCheck(0.3, LodChoice.HIGHEST, ClearanceCheck.Progress.NONE, new CancelToken());
        // every close pair at 0.3 m is a pipe in its handhole or manhole, a valve on its pipe, a valve in its handhole,
        // or the cable in its duct: one utility each
        assertThat(check.betweenUtilities(objects)).isEmpty();
        assertThat(check.skippedConnected()).isEqualTo(25);
        assertThat(check.skippedNested()).isEqualTo(3);
        // at 2 m the conflicts between different utilities show, and only those
        Map<String, CityObject> byId = new TreeMap<>();
        objects.forEach(o -> byId.put(o.id(), o));
        List<Clearance> wider = ClearanceCheck.utilities(objects, 2.0);
        assertThat(wider).isNotEmpty().allSatisfy(c -> assertThat(byId.get(c.idA()).utility().type())
                .isNotEqualTo(byId.get(c.idB()).utility().type()));
    }

    @Test
    void connectedPipesAreLeftOutAForeignCableIsListed() {
        double z = -1.2;
        CityObject first = pipe("w1", UtilityType.WATER, "500", new double[] {0, 0, z, 10, 0, z}, 0.2, null, List.of());
        CityObject second = pipe("w2", UtilityType.WATER, "500", new double[] {10, 0, z, 20, 0, z}, 0.2, null, List.of());
        // an electricity cable crossing over the first pipe, 0.2 m above its top
        double cz = z + 0.1 + 0.2 + 0.05;
        CityObject cable = pipe("e1", UtilityType.ELECTRICITY, "300", new double[] {5, -5, cz, 5, 5, cz}, 0.1, null, List.of());

        List<Clearance> found = ClearanceCheck.utilities(List.of(first, second, cable), 0.3);

        assertThat(found).singleElement().satisfies(c -> {
            assertThat(c.idA()).isEqualTo("e1");
            assertThat(c.idB()).isEqualTo("w1");
            assertThat(c.distance()).isCloseTo(0.2, within(1e-9));
        });
        assertThat(ClearanceCheck.allPairs(List.of(first, second, cable), 0.3)).extracting(c -> key(c.idA(), c.idB()))
                .containsExactlyInAnyOrder("e1 | w1", "w1 | w2");
    }

    @Test
    void statedTopologyDecidesAndMidSpanContactWithinOneNetworkIsListed() {
        double z = -1.5;
        // two sewer pipes the file's topology joins, touching end to end; a third of the same network, not joined to
        // them, crossing the first mid-span at the same depth
        CityObject a = pipe("a", UtilityType.SEWER, null, new double[] {0, 0, z, 10, 0, z}, 0.3, "part1", List.of("b"));
        CityObject b = pipe("b", UtilityType.SEWER, null, new double[] {10, 0, z, 20, 0, z}, 0.3, "part1", List.of("a"));
        CityObject c = pipe("c", UtilityType.SEWER, null, new double[] {5, -5, z, 5, 5, z}, 0.3, "part2", List.of());

        List<Clearance> found = ClearanceCheck.utilities(List.of(a, b, c), 0.3);

        assertThat(found).extracting(f -> key(f.idA(), f.idB())).containsExactly("a | c");
        assertThat(found.get(0).distance()).isZero();
    }

    @Test
    void aCableInItsDuctIsNestedAForeignOneIsNot() {
        double z = -1.0;
        CityObject duct = new CityObject("duct", "uro:Duct", FeatureKind.UTILITY, null, new java.util.TreeSet<>(List.of(0)),
                Map.of(0, PlannedSolid.box(0, -0.3, 10, 0.3, z - 0.3, z + 0.3).mesh()), List.of(), "synthetic",
                new UtilityInfo(UtilityType.ELECTRICITY, "Duct", new double[0], 0.6, false, 0.7, DepthSource.MEASURED, 0,
                        null, "300"));
        CityObject own = pipe("own", UtilityType.ELECTRICITY, "300", new double[] {0.5, 0, z, 9.5, 0, z}, 0.1, null, List.of());
        CityObject foreign = pipe("tel", UtilityType.TELECOM, "700", new double[] {0.5, 0.1, z, 9.5, 0.1, z}, 0.1, null, List.of());

        assertThat(ClearanceCheck.utilities(List.of(duct, own, foreign), 0.3)).extracting(f -> key(f.idA(), f.idB()))
                .containsExactlyInAnyOrder("duct | tel", "own | tel");
    }

    private static CityObject pipe(String id, UtilityType type, String occupier, double[] line, double diameter,
                                   String part, List<String> connectedTo) {
        UtilityInfo info = new UtilityInfo(type, "Pipe", line, diameter, false, 1.0, DepthSource.MEASURED, 0, null,
                occupier, part == null ? null : "network", part, connectedTo);
        return new CityObject(id, "uro:Pipe", FeatureKind.UTILITY, null, new java.util.TreeSet<>(List.of(0)),
                Map.of(0, TubeSweep.sweep(line, diameter / 2)), List.of(), "synthetic", info);
    }

    @Test
    void solidPairsEqualBruteForce() {
        List<CityObject> objects = ChibaUtilities.objects();
        List<CityObject> utilities = objects.stream().filter(ClearanceCheck::isUtility).toList();
        // a trench around the middle of the data, from 3 m below the lowest pipe top to the surface
        var bounds = ChibaUtilities.load().bounds();
        double cx = bounds.centerX(), cy = bounds.centerY();
        PlannedSolid trench = new PlannedSolid(new double[] {cx - 12, cy - 4, cx + 10, cy - 6, cx + 14, cy + 5, cx - 8, cy + 7},
                bounds.minZ() - 1, bounds.maxZ() + 1);
        double threshold = 1.0;

        List<Clearance> found = new ClearanceCheck(threshold, LodChoice.HIGHEST, ClearanceCheck.Progress.NONE, new CancelToken())
                .againstSolid(objects, trench);

        MeshPart solidMesh = trench.mesh();
        Map<String, Double> expected = new TreeMap<>();
        for (CityObject u : utilities) {
            MeshPart m = u.displayMesh();
            boolean inside = false;
            for (int v = 0; v < m.vertexCount(); v++) {
                inside |= trench.contains(m.vertices()[3 * v], m.vertices()[3 * v + 1], m.vertices()[3 * v + 2]);
            }
            double d = inside ? 0 : bruteForce(solidMesh, m);
            if (d < threshold) expected.put(u.id(), d);
        }
        Map<String, Double> actual = new TreeMap<>();
        found.forEach(c -> {
            assertThat(c.idA()).isEqualTo(ClearanceCheck.DRAWN_SOLID_ID);
            actual.put(c.idB(), c.distance());
        });
        assertThat(expected).isNotEmpty();
        assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
        expected.forEach((k, d) -> assertThat(actual.get(k)).as(k).isCloseTo(d, within(1e-6)));
    }

    @Test
    void twoBoxesAQuarterMetreApart() {
        CityObject a = utility("a", PlannedSolid.box(0, 0, 1, 1, -2, -1).mesh());
        CityObject b = utility("b", PlannedSolid.box(1.25, 0.5, 2, 3, -1.5, -0.2).mesh());

        List<Clearance> found = ClearanceCheck.utilities(List.of(b, a), 0.3);

        assertThat(found).hasSize(1);
        Clearance c = found.get(0);
        assertThat(c.idA()).isEqualTo("a");
        assertThat(c.distance()).isCloseTo(0.25, within(1e-12));
        assertThat(c.pointA()[0]).isCloseTo(1.0, within(1e-12));
        assertThat(c.pointB()[0]).isCloseTo(1.25, within(1e-12));
        assertThat(ClearanceCheck.utilities(List.of(a, b), 0.25)).isEmpty(); // strictly closer than the threshold
    }

    @Test
    void diagonalGapBetweenBoxCorners() {
        CityObject a = utility("a", PlannedSolid.box(0, 0, 1, 1, 0, 1).mesh());
        CityObject b = utility("b", PlannedSolid.box(1.1, 1.2, 2, 2, 1.2, 2).mesh());

        Clearance c = ClearanceCheck.utilities(List.of(a, b), 1).get(0);

        assertThat(c.distance()).isCloseTo(Math.sqrt(0.01 + 0.04 + 0.04), within(1e-12));
        assertThat(c.pointA()).containsExactly(new double[] {1, 1, 1}, within(1e-12));
    }

    @Test
    void overlappingAndNestedObjectsAreAtZero() {
        CityObject pipe = utility("pipe", PlannedSolid.box(0, 0, 10, 0.5, -2, -1.5).mesh());
        CityObject crossing = utility("crossing", PlannedSolid.box(4, -3, 4.4, 3, -1.8, -1.6).mesh());
        assertThat(ClearanceCheck.utilities(List.of(pipe, crossing), 0.3)).singleElement()
                .satisfies(c -> assertThat(c.distance()).isZero());

        PlannedSolid foundation = PlannedSolid.box(-5, -5, 20, 20, -3, 0); // swallows the pipe whole
        List<Clearance> inSolid = new ClearanceCheck(0.3, LodChoice.HIGHEST, ClearanceCheck.Progress.NONE, new CancelToken())
                .againstSolid(List.of(pipe), foundation);
        assertThat(inSolid).singleElement().satisfies(c -> assertThat(c.distance()).isZero());
    }

    @Test
    void reportsProgressAndStopsWhenCancelled() {
        AtomicLong last = new AtomicLong();
        new ClearanceCheck(0.3, LodChoice.HIGHEST, (done, total) -> last.set(total - done), new CancelToken())
                .betweenUtilities(ChibaUtilities.objects());
        assertThat(last.get()).isZero();

        CancelToken cancel = new CancelToken();
        cancel.cancel();
        assertThatThrownBy(() -> new ClearanceCheck(0.3, LodChoice.HIGHEST, ClearanceCheck.Progress.NONE, cancel)
                .betweenUtilities(ChibaUtilities.objects())).isInstanceOf(CancellationException.class);
    }

    @Test
    void lodChoiceSelectsTheCheckedMesh() {
        List<Clearance> lod1 = new ClearanceCheck(0.3, LodChoice.exactly(1), ClearanceCheck.Progress.NONE, new CancelToken(), true)
                .betweenUtilities(ChibaUtilities.objects());
        List<CityObject> utilities = ChibaUtilities.objects().stream().filter(ClearanceCheck::isUtility).toList();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < utilities.size(); i++) {
            for (int j = i + 1; j < utilities.size(); j++) {
                MeshPart a = LodChoice.exactly(1).meshOf(utilities.get(i)), b = LodChoice.exactly(1).meshOf(utilities.get(j));
                if (!a.isEmpty() && !b.isEmpty() && bruteForce(a, b) < 0.3) expected.add(key(utilities.get(i).id(), utilities.get(j).id()));
            }
        }
        assertThat(lod1.stream().map(c -> key(c.idA(), c.idB())).sorted().toList()).isEqualTo(expected.stream().sorted().toList());
    }

    private static Map<String, Double> allPairs;

    /** Minimal distance of every pair of utilities by brute force, computed once for all thresholds. */
    private static synchronized Map<String, Double> allPairDistances(List<CityObject> utilities) {
        if (allPairs == null) {
            allPairs = new TreeMap<>();
            for (int i = 0; i < utilities.size(); i++) {
                for (int j = i + 1; j < utilities.size(); j++) {
                    allPairs.put(key(utilities.get(i).id(), utilities.get(j).id()),
                            bruteForce(utilities.get(i).displayMesh(), utilities.get(j).displayMesh()));
                }
            }
        }
        return allPairs;
    }

    /** Every triangle against every triangle, no index. */
    private static double bruteForce(MeshPart a, MeshPart b) {
        double[] ca = TriangleTree.cornersOf(a), cb = TriangleTree.cornersOf(b);
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i < ca.length; i += 9) {
            for (int j = 0; j < cb.length; j += 9) {
                best = Math.min(best, TriangleDistance.distance(ca, i, cb, j, null, null));
            }
        }
        return best;
    }

    private static String key(String a, String b) {
        return a.compareTo(b) <= 0 ? a + " | " + b : b + " | " + a;
    }

    private static double dist(double[] p, double[] q) {
        return Math.sqrt((p[0] - q[0]) * (p[0] - q[0]) + (p[1] - q[1]) * (p[1] - q[1]) + (p[2] - q[2]) * (p[2] - q[2]));
    }

    static CityObject utility(String id, MeshPart mesh) {
        return new CityObject(id, "uro:WaterPipe", FeatureKind.UTILITY, null, new java.util.TreeSet<>(List.of(2)),
                Map.of(2, mesh), List.of(), "synthetic");
    }
}
