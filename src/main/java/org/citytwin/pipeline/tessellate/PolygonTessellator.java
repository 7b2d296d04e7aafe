package org.citytwin.pipeline.tessellate;

import earcut4j.Earcut;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.citytwin.model.IssueMessage;

/**
 * Triangulates one planar-ish 3D polygon (exterior ring plus holes) from CityGML into a
 * {@link TriangleBuffer}.
 * <p>
 * Steps: clean the rings ({@link RingSet}); fit the plane of the exterior with Newell's method and
 * project every ring into it ({@link PlaneFrame}), so tilted roofs, vertical walls and centimetre-warped
 * rings all become ordinary 2D polygons; triangulate in 2D; emit the original 3D vertices.
 * Triangulation takes the cheapest path that is safe: a lone triangle is copied, a convex quad is split,
 * anything else goes to earcut, whose output is checked (its triangle areas must add up to the polygon
 * area) because on self-touching rings it silently returns too few or overlapping triangles; if the
 * check fails, {@link JtsFallbackTriangulator} redoes it robustly.
 * <p>
 * Every emitted triangle faces the same way as the exterior ring's Newell normal, preserving the
 * CityGML convention that the ring order gives the outward face. Zero-area triangles are not emitted.
 * <p>
 * Thread-safe: the scratch arrays live in a per-thread instance, so the hot path allocates nothing per
 * point on our side (earcut4j itself still allocates its linked-list nodes and boxed result).
 */
public final class PolygonTessellator {

    /** Areas below this fraction of the squared ring extent are numerical noise (collinear points). */
    private static final double AREA_REL_TOL = 1e-12;
    /** Smallest area (m²) worth keeping, for rings so small that the relative tolerance vanishes. */
    private static final double AREA_ABS_TOL = 1e-12;
    /** Earcut's triangles must cover the polygon area to within this fraction, else JTS takes over. */
    static final double EARCUT_AREA_TOL = 0.01;
    /** Polygons up to this many vertices reuse an exact-length earcut input array. */
    private static final int CACHED_EARCUT_SIZE = 256;

    private static final ThreadLocal<PolygonTessellator> PER_THREAD =
            ThreadLocal.withInitial(PolygonTessellator::new);

    private final RingSet rings = new RingSet();
    private final PlaneFrame frame = new PlaneFrame();
    private int[] tris = new int[3 * 64];
    private int triCount;
    private int[] vertexMap = new int[64];
    // earcut4j takes the outer ring length from data.length, so its input must be exactly sized.
    private final double[][] earcutInput = new double[CACHED_EARCUT_SIZE + 1][];

    private PolygonTessellator() {
    }

    /**
     * Triangulates a polygon. {@code rings.get(0)} is the exterior ring, the rest are holes; each ring
     * is a flat xyz array (x east, y north, z up, metres), possibly with the closing point repeated and
     * with duplicate consecutive points. Appends vertices and triangles to {@code out}.
     *
     * @return the number of triangles added; 0 when the polygon is degenerate. Never throws on bad
     *         geometry: problems go to {@code problems}.
     */
    public static int tessellate(List<double[]> rings, TriangleBuffer out, TessellationProblems problems) {
        return tessellate(rings, null, out, problems);
    }

    /**
     * As {@link #tessellate(List, TriangleBuffer, TessellationProblems)}, carrying texture coordinates:
     * {@code texRings.get(r)} holds an s,t pair per point of ring r (null for untextured polygons), and each
     * emitted vertex gets the pair of the point it came from.
     */
    public static int tessellate(List<double[]> rings, List<double[]> texRings, TriangleBuffer out,
                                 TessellationProblems problems) {
        TessellationProblems report = problems != null ? problems : TessellationProblems.IGNORE;
        if (rings == null || rings.isEmpty()) {
            report.degenerateRing(0, IssueMessage.of("issues.tessellate.no-exterior"));
            return 0;
        }
        return PER_THREAD.get().run(rings, texRings, out, report);
    }

    private int run(List<double[]> input, List<double[]> texInput, TriangleBuffer out, TessellationProblems problems) {
        rings.reset(texInput != null);
        triCount = 0;
        IssueMessage why = rings.add(input.get(0), texOf(texInput, 0));
        if (why != null) {
            problems.degenerateRing(0, why);
            return 0;
        }
        int exteriorEnd = rings.start[1];
        boolean hasNormal = frame.fit(rings.xyz, 0, exteriorEnd);
        double areaTol = Math.max(AREA_ABS_TOL, AREA_REL_TOL * frame.extentSq);
        if (!hasNormal || frame.area <= areaTol) {
            problems.degenerateRing(0, IssueMessage.of("issues.tessellate.zero-area"));
            return 0;
        }
        frame.project(rings.xyz, 0, exteriorEnd, rings.uv);
        double expected2 = PlaneFrame.signedArea2(rings.uv, 0, exteriorEnd);   // > 0 by construction
        for (int r = 1; r < input.size(); r++) {
            why = rings.add(input.get(r), texOf(texInput, r));
            if (why != null) {
                problems.degenerateRing(r, why);
                continue;
            }
            int from = rings.start[rings.ringCount - 1];
            frame.project(rings.xyz, from, rings.size, rings.uv);
            double hole2 = Math.abs(PlaneFrame.signedArea2(rings.uv, from, rings.size));
            if (hole2 <= 2 * areaTol) {
                rings.removeLastRing();
                problems.degenerateRing(r, IssueMessage.of("issues.tessellate.zero-area"));
                continue;
            }
            expected2 -= hole2;
        }

        int n = rings.size;
        if (rings.ringCount == 1 && n == 3) {
            addTri(0, 1, 2);
        } else if (rings.ringCount == 1 && n == 4 && isConvexQuad()) {
            addTri(0, 1, 2);
            addTri(0, 2, 3);
        } else {
            IssueMessage earcutProblem = earcut(expected2, areaTol);
            if (earcutProblem != null) {
                problems.fallbackUsed(earcutProblem);
                triCount = 0;
                try {
                    int[] jts = JtsFallbackTriangulator.triangulate(rings, frame);
                    for (int i = 0; i + 2 < jts.length; i += 3) {
                        addTri(jts[i], jts[i + 1], jts[i + 2]);
                    }
                } catch (RuntimeException e) {
                    problems.degenerateRing(0, IssueMessage.of("issues.tessellate.jts-failed", String.valueOf(e)));
                    return 0;
                }
                if (triCount == 0) {
                    problems.degenerateRing(0, IssueMessage.of("issues.tessellate.jts-empty"));
                    return 0;
                }
            }
        }
        return emit(out, 2 * areaTol);
    }

    private static double[] texOf(List<double[]> texInput, int ring) {
        return texInput == null || ring >= texInput.size() ? null : texInput.get(ring);
    }

    /** A quad turning left at every corner (exterior is counter-clockwise in uv) is convex and simple. */
    private boolean isConvexQuad() {
        double[] uv = rings.uv;
        for (int i = 0; i < 4; i++) {
            if (PlaneFrame.triangleArea2(uv, i, (i + 1) & 3, (i + 2) & 3) <= 0) {
                return false;
            }
        }
        return true;
    }

    /** Runs earcut into {@code tris}; returns null when its result is trustworthy, else why not. */
    private IssueMessage earcut(double expected2, double areaTol) {
        int n = rings.size;
        if (expected2 <= 2 * areaTol) {
            return IssueMessage.of("issues.tessellate.holes-cover");
        }
        double[] data = n <= CACHED_EARCUT_SIZE ? earcutInput[n] : null;
        if (data == null) {
            data = new double[2 * n];
            if (n <= CACHED_EARCUT_SIZE) {
                earcutInput[n] = data;
            }
        }
        System.arraycopy(rings.uv, 0, data, 0, 2 * n);
        int[] holes = null;
        if (rings.ringCount > 1) {
            holes = Arrays.copyOfRange(rings.start, 1, rings.ringCount);
        }
        List<Integer> result;
        try {
            result = Earcut.earcut(data, holes, 2);
        } catch (RuntimeException e) {
            return IssueMessage.of("issues.tessellate.earcut-failed", String.valueOf(e));
        }
        int size = result.size();
        if (size == 0 || size % 3 != 0) {
            return IssueMessage.of("issues.tessellate.earcut-indices", size);
        }
        double covered2 = 0;
        for (int i = 0; i < size; i += 3) {
            int a = result.get(i), b = result.get(i + 1), c = result.get(i + 2);
            covered2 += Math.abs(PlaneFrame.triangleArea2(rings.uv, a, b, c));
            addTri(a, b, c);
        }
        if (Math.abs(covered2 - expected2) > EARCUT_AREA_TOL * expected2) {
            return IssueMessage.of("issues.tessellate.earcut-area", String.format(Locale.ROOT, "%.4g", covered2 / 2),
                    String.format(Locale.ROOT, "%.4g", expected2 / 2));
        }
        return null;
    }

    private void addTri(int a, int b, int c) {
        if (3 * triCount + 3 > tris.length) {
            tris = Arrays.copyOf(tris, 2 * tris.length);
        }
        tris[3 * triCount] = a;
        tris[3 * triCount + 1] = b;
        tris[3 * triCount + 2] = c;
        triCount++;
    }

    /**
     * Copies the triangles to {@code out}, each wound counter-clockwise in uv (= facing along the
     * exterior's normal), skipping slivers of at most {@code minArea2}; only referenced vertices are added.
     */
    private int emit(TriangleBuffer out, double minArea2) {
        int n = rings.size;
        if (vertexMap.length < n) {
            vertexMap = new int[Math.max(n, 2 * vertexMap.length)];
        }
        Arrays.fill(vertexMap, 0, n, -1);
        double[] uv = rings.uv;
        int added = 0;
        for (int t = 0; t < triCount; t++) {
            int a = tris[3 * t], b = tris[3 * t + 1], c = tris[3 * t + 2];
            double area2 = PlaneFrame.triangleArea2(uv, a, b, c);
            if (Math.abs(area2) <= minArea2) {
                continue;
            }
            if (area2 < 0) {
                int swap = b;
                b = c;
                c = swap;
            }
            out.addTriangle(outVertex(out, a), outVertex(out, b), outVertex(out, c));
            added++;
        }
        return added;
    }

    private int outVertex(TriangleBuffer out, int v) {
        int mapped = vertexMap[v];
        if (mapped < 0) {
            double[] xyz = rings.xyz;
            mapped = rings.textured
                    ? out.addVertex(xyz[3 * v], xyz[3 * v + 1], xyz[3 * v + 2], rings.tex[2 * v], rings.tex[2 * v + 1])
                    : out.addVertex(xyz[3 * v], xyz[3 * v + 1], xyz[3 * v + 2]);
            vertexMap[v] = mapped;
        }
        return mapped;
    }
}
