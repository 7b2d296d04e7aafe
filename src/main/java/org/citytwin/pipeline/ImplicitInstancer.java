package org.citytwin.pipeline;

import java.util.List;
import org.citytwin.geo.CoordinateTransform;
import org.citytwin.model.MeshPart;
import org.citytwin.pipeline.read.RawImplicit;
import org.citytwin.pipeline.read.RawPolygon;
import org.citytwin.pipeline.tessellate.PolygonTessellator;
import org.citytwin.pipeline.tessellate.TessellationProblems;
import org.citytwin.pipeline.tessellate.TriangleBuffer;

/**
 * Places implicit geometry: the prototype is tessellated once per file and shared (its triangle index
 * array is reused by every instance); each instance only transforms the prototype's vertices by its matrix
 * (in metres) and moves them to its reference point, which is first taken into the local frame.
 */
final class ImplicitInstancer {

    private ImplicitInstancer() {
    }

    /** @return the instance mesh, or null when the prototype is neither inline nor known from earlier */
    static MeshPart place(RawImplicit instance, FileContext context, CoordinateTransform transform) {
        MeshPart prototype = context.prototype(instance.prototypeKey(), () -> tessellate(instance.prototype()));
        if (prototype == null) return null;
        double[] origin = {0, 0, 0};
        if (instance.referencePoint() != null) {
            origin = instance.referencePoint().clone();
            transform.toLocal(origin, 0, 1);
        }
        double[] m = instance.matrix();
        double[] src = prototype.vertices();
        double[] out = new double[src.length];
        for (int i = 0; i < src.length; i += 3) {
            double x = src[i], y = src[i + 1], z = src[i + 2];
            out[i] = origin[0] + m[0] * x + m[1] * y + m[2] * z + m[3];
            out[i + 1] = origin[1] + m[4] * x + m[5] * y + m[6] * z + m[7];
            out[i + 2] = origin[2] + m[8] * x + m[9] * y + m[10] * z + m[11];
        }
        return new MeshPart(out, prototype.triangles());
    }

    private static MeshPart tessellate(List<RawPolygon> polygons) {
        if (polygons.isEmpty()) return null;
        TriangleBuffer buffer = new TriangleBuffer();
        for (RawPolygon polygon : polygons) {
            PolygonTessellator.tessellate(polygon.rings(), buffer, TessellationProblems.IGNORE);
        }
        return new MeshPart(buffer.vertices(), buffer.triangles());
    }

    /** Appends b to a (new arrays; b's indices shifted). */
    static MeshPart concat(MeshPart a, MeshPart b) {
        if (a == null || a.isEmpty()) return b;
        if (b == null || b.isEmpty()) return a;
        double[] v = new double[a.vertices().length + b.vertices().length];
        System.arraycopy(a.vertices(), 0, v, 0, a.vertices().length);
        System.arraycopy(b.vertices(), 0, v, a.vertices().length, b.vertices().length);
        int[] t = new int[a.triangles().length + b.triangles().length];
        System.arraycopy(a.triangles(), 0, t, 0, a.triangles().length);
        int shift = a.vertexCount();
        for (int i = 0; i < b.triangles().length; i++) t[a.triangles().length + i] = b.triangles()[i] + shift;
        return new MeshPart(v, t);
    }
}
