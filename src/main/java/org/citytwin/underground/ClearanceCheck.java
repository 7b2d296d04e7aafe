package org.citytwin.underground;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.citytwin.model.CityObject;
import org.citytwin.model.FeatureKind;
import org.citytwin.model.LodChoice;
import org.citytwin.pipeline.CancelToken;

/**
 * Finds utilities closer to each other, or to a drawn solid, than a threshold, with the exact minimal mesh
 * distance and its two closest points. Broad phase: object boxes grown by the threshold (sweep along x), then a
 * dual walk of the two objects' triangle trees that skips box pairs farther apart than the best distance so
 * far; narrow phase: {@link TriangleDistance}. Results are sorted by distance, then ids.
 * <p>
 * Between utilities, pairs that are connected parts of one network or nested in one another ({@link NetworkJoints})
 * are not conflicts and are left out, unless the check includes connected parts.
 */
public final class ClearanceCheck {

    /** The id the drawn solid has in results. */
    public static final String DRAWN_SOLID_ID = "drawn solid";
    public static final String DRAWN_SOLID_TYPE = "planned solid";
    public static final double DEFAULT_THRESHOLD_M = 0.3;

    /** Work done so far out of the total (objects examined). */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, total) -> { };

        void update(long done, long total);
    }

    private record Item(CityObject object, TriangleTree tree, double[] box) {
    }

    private final double threshold;
    private final LodChoice lod;
    private final Progress progress;
    private final CancelToken cancel;
    private final boolean includeConnected;
    private int skippedConnected;
    private int skippedNested;

    /** A check listing conflicts only: connected and nested parts of one network are left out. */
    public ClearanceCheck(double threshold, LodChoice lod, Progress progress, CancelToken cancel) {
        this(threshold, lod, progress, cancel, false);
    }

    /** @param includeConnected also list pairs that are connected parts of one network or nested in one another */
    public ClearanceCheck(double threshold, LodChoice lod, Progress progress, CancelToken cancel, boolean includeConnected) {
        if (!(threshold >= 0)) throw new IllegalArgumentException("The clearance threshold must be 0 m or more, was " + threshold);
        this.threshold = threshold;
        this.lod = lod;
        this.progress = progress;
        this.cancel = cancel;
        this.includeConnected = includeConnected;
    }

    /** Conflicting pairs of utilities closer than {@code threshold} metres (highest LOD), no progress, not cancelable. */
    public static List<Clearance> utilities(List<CityObject> objects, double threshold) {
        return new ClearanceCheck(threshold, LodChoice.HIGHEST, Progress.NONE, new CancelToken(CancelToken.Work.CLEARANCE)).betweenUtilities(objects);
    }

    /** Every pair of utilities closer than {@code threshold} metres, connected and nested parts included. */
    public static List<Clearance> allPairs(List<CityObject> objects, double threshold) {
        return new ClearanceCheck(threshold, LodChoice.HIGHEST, Progress.NONE, new CancelToken(CancelToken.Work.CLEARANCE), true).betweenUtilities(objects);
    }

    /** Close pairs the last {@link #betweenUtilities} left out as connected parts of one network. */
    public int skippedConnected() {
        return skippedConnected;
    }

    /** Close pairs the last {@link #betweenUtilities} left out as nested in one another within one network. */
    public int skippedNested() {
        return skippedNested;
    }

    /** True for buried utilities (pipes, cables, manholes...) whatever their source format. */
    public static boolean isUtility(CityObject o) {
        return o.utility() != null || o.kind() == FeatureKind.UTILITY;
    }

    /** Every pair of utilities among {@code objects} closer than the threshold. */
    public List<Clearance> betweenUtilities(List<CityObject> objects) {
        List<Item> items = items(objects);
        items.sort(Comparator.comparingDouble(i -> i.box[0]));
        List<Clearance> found = new ArrayList<>();
        double[] pa = new double[3], pb = new double[3];
        skippedConnected = 0;
        skippedNested = 0;
        for (int i = 0; i < items.size(); i++) {
            cancel.throwIfCancelled();
            Item a = items.get(i);
            for (int j = i + 1; j < items.size() && items.get(j).box[0] <= a.box[3] + threshold; j++) {
                Item b = items.get(j);
                if (!boxesNear(a.box, b.box)) continue;
                double d = closest(a.tree, b.tree, pa, pb, threshold);
                if (!(d < threshold)) continue;
                if (includeConnected) {
                    found.add(ordered(a.object, b.object, d, pa, pb));
                } else if (NetworkJoints.connected(a.object, b.object, d, pa, pb)) {
                    skippedConnected++;
                } else if (NetworkJoints.nested(a.object, a.box, b.object, b.box)) {
                    skippedNested++;
                } else if (meetAtCommonPart(a, b, items)) { // the costly rule last
                    skippedConnected++;
                } else {
                    found.add(ordered(a.object, b.object, d, pa, pb));
                }
            }
            progress.update(i + 1, items.size());
        }
        return sorted(found);
    }

    /** Every utility among {@code objects} closer than the threshold to the solid (0 when inside it). */
    public List<Clearance> againstSolid(List<CityObject> objects, PlannedSolid solid) {
        List<Item> items = items(objects);
        TriangleTree solidTree = new TriangleTree(solid.mesh());
        double[] solidBox = solidTree.bounds();
        List<Clearance> found = new ArrayList<>();
        double[] pa = new double[3], pb = new double[3];
        for (int i = 0; i < items.size(); i++) {
            cancel.throwIfCancelled();
            Item u = items.get(i);
            if (boxesNear(u.box, solidBox)) {
                double[] inside = vertexInside(u.tree, solid);
                if (inside != null) {
                    found.add(new Clearance(DRAWN_SOLID_ID, DRAWN_SOLID_TYPE, u.object.id(), u.object.type(), 0,
                            inside, inside.clone()));
                } else {
                    double d = closest(solidTree, u.tree, pa, pb, threshold);
                    if (d < threshold) found.add(new Clearance(DRAWN_SOLID_ID, DRAWN_SOLID_TYPE, u.object.id(),
                            u.object.type(), d, pa.clone(), pb.clone()));
                }
            }
            progress.update(i + 1, items.size());
        }
        return sorted(found);
    }

    private List<Item> items(List<CityObject> objects) {
        List<Item> items = new ArrayList<>();
        for (CityObject o : objects) {
            if (!isUtility(o)) continue;
            TriangleTree tree = new TriangleTree(lod.meshOf(o));
            if (!tree.isEmpty()) items.add(new Item(o, tree, tree.bounds()));
        }
        return items;
    }

    /**
     * Rule 3 of {@link NetworkJoints}: a and b, of one network, are both connected to a third part of it (two pipes
     * entering one chamber, consecutive segments through a handhole, two branches off one main). The stated topology
     * answers when it knows both; otherwise every part touching both boxes is measured against each.
     */
    private boolean meetAtCommonPart(Item a, Item b, List<Item> items) {
        if (!NetworkJoints.sameNetwork(a.object.utility(), b.object.utility())) return false;
        if (NetworkJoints.shareNeighbour(a.object, b.object)) return true;
        double[] qa = new double[3], qb = new double[3];
        double touch = NetworkJoints.TOUCH_M;
        for (Item c : items) {
            if (c == a || c == b || !NetworkJoints.sameNetwork(c.object.utility(), a.object.utility())) continue;
            if (!boxesWithin(c.box, a.box, touch) || !boxesWithin(c.box, b.box, touch)) continue;
            double da = closest(c.tree, a.tree, qa, qb, touch + 1e-9);
            if (!NetworkJoints.connected(c.object, a.object, da, qa, qb)) continue;
            double db = closest(c.tree, b.tree, qa, qb, touch + 1e-9);
            if (NetworkJoints.connected(c.object, b.object, db, qa, qb)) return true;
        }
        return false;
    }

    private static boolean boxesWithin(double[] a, double[] b, double gap) {
        for (int k = 0; k < 3; k++) {
            if (a[k] > b[k + 3] + gap || b[k] > a[k + 3] + gap) return false;
        }
        return true;
    }

    private boolean boxesNear(double[] a, double[] b) {
        for (int k = 0; k < 3; k++) {
            if (a[k] > b[k + 3] + threshold || b[k] > a[k + 3] + threshold) return false;
        }
        return true;
    }

    /**
     * Minimal distance between two meshes if below {@code limit} (closest points written to pa, pb), else
     * +infinity. Box pairs at least as far apart as the best distance found so far cannot hold a closer pair.
     */
    private double closest(TriangleTree a, TriangleTree b, double[] pa, double[] pb, double limit) {
        double best = limit;
        boolean any = false;
        double[] qa = new double[3], qb = new double[3];
        int[] stack = new int[128];
        int top = 0;
        stack[top++] = 0;
        stack[top++] = 0;
        while (top > 0) {
            int m = stack[--top], n = stack[--top];
            if (a.boxGap(n, b, m) >= best) continue;
            boolean leafA = a.isLeaf(n), leafB = b.isLeaf(m);
            if (leafA && leafB) {
                for (int i = a.start[n]; i < a.end[n]; i++) {
                    for (int j = b.start[m]; j < b.end[m]; j++) {
                        double d = TriangleDistance.distance(a.corners, 9 * i, b.corners, 9 * j, qa, qb);
                        if (d < best) {
                            best = d;
                            any = true;
                            System.arraycopy(qa, 0, pa, 0, 3);
                            System.arraycopy(qb, 0, pb, 0, 3);
                        }
                    }
                }
                if (best == 0) break;
                continue;
            }
            if (top + 4 > stack.length) stack = java.util.Arrays.copyOf(stack, stack.length * 2);
            // open the larger box first so both trees shrink evenly
            if (leafB || (!leafA && extent(a.box, n) >= extent(b.box, m))) {
                stack[top++] = a.left[n];
                stack[top++] = m;
                stack[top++] = a.right[n];
                stack[top++] = m;
            } else {
                stack[top++] = n;
                stack[top++] = b.left[m];
                stack[top++] = n;
                stack[top++] = b.right[m];
            }
        }
        return any ? best : Double.POSITIVE_INFINITY;
    }

    private static double extent(double[] box, int n) {
        return (box[6 * n + 3] - box[6 * n]) + (box[6 * n + 4] - box[6 * n + 1]) + (box[6 * n + 5] - box[6 * n + 2]);
    }

    private static double[] vertexInside(TriangleTree tree, PlannedSolid solid) {
        double[] c = tree.corners;
        for (int i = 0; i < c.length; i += 3) {
            if (solid.contains(c[i], c[i + 1], c[i + 2])) return new double[] {c[i], c[i + 1], c[i + 2]};
        }
        return null;
    }

    private static Clearance ordered(CityObject a, CityObject b, double d, double[] pa, double[] pb) {
        if (a.id().compareTo(b.id()) <= 0) return new Clearance(a.id(), a.type(), b.id(), b.type(), d, pa.clone(), pb.clone());
        return new Clearance(b.id(), b.type(), a.id(), a.type(), d, pb.clone(), pa.clone());
    }

    private static List<Clearance> sorted(List<Clearance> found) {
        found.sort(Comparator.comparingDouble(Clearance::distance).thenComparing(Clearance::idA).thenComparing(Clearance::idB));
        return found;
    }
}
