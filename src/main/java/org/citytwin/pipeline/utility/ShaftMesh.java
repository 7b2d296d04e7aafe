package org.citytwin.pipeline.utility;

import org.citytwin.model.MeshPart;
import org.citytwin.pipeline.tessellate.TriangleBuffer;

/** Vertical closed prisms for manholes (round) and handholes (square), from a top elevation down to a bottom one. */
public final class ShaftMesh {

    private static final int ROUND_SIDES = 16;

    private ShaftMesh() {
    }

    /** A vertical cylinder of {@code diameter} centred on (x, y) between {@code bottom} and {@code top}. */
    public static MeshPart cylinder(double x, double y, double bottom, double top, double diameter) {
        return prism(x, y, bottom, top, diameter / 2, ROUND_SIDES, 0);
    }

    /** A vertical square box of side {@code side} centred on (x, y), axis-aligned. */
    public static MeshPart box(double x, double y, double bottom, double top, double side) {
        return prism(x, y, bottom, top, side / Math.sqrt(2), 4, Math.PI / 4);
    }

    private static MeshPart prism(double x, double y, double bottom, double top, double radius, int sides, double phase) {
        if (!(top > bottom) || !(radius > 0)) return MeshPart.EMPTY;
        TriangleBuffer b = new TriangleBuffer();
        for (int s = 0; s < sides; s++) {
            double a = phase + 2 * Math.PI * s / sides;
            b.addVertex(x + Math.cos(a) * radius, y + Math.sin(a) * radius, bottom);
            b.addVertex(x + Math.cos(a) * radius, y + Math.sin(a) * radius, top);
        }
        int bottomCentre = b.addVertex(x, y, bottom);
        int topCentre = b.addVertex(x, y, top);
        for (int s = 0; s < sides; s++) {
            int lo = s * 2;
            int hi = lo + 1;
            int lo1 = ((s + 1) % sides) * 2;
            int hi1 = lo1 + 1;
            b.addTriangle(lo, lo1, hi1); // walls counter-clockwise seen from outside
            b.addTriangle(lo, hi1, hi);
            b.addTriangle(topCentre, hi, hi1);
            b.addTriangle(bottomCentre, lo1, lo);
        }
        return new MeshPart(b.vertices(), b.triangles());
    }
}
