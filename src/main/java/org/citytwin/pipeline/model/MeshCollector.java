package org.citytwin.pipeline.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.citytwin.model.MeshPart;
import org.citytwin.model.SurfaceLook;

/**
 * Gathers triangles given in a Y-up model frame (glTF's, and OBJ's by common practice) into one mesh in the
 * project's Z-up frame: east = x, north = −z, up = y. That map is a rotation, so triangle winding is kept. CityGML
 * models come in Z-up already ({@link #vertexZUp}).
 */
final class MeshCollector {

    private final List<double[]> points = new ArrayList<>();
    private final List<int[]> triangles = new ArrayList<>();
    private final List<Integer> looks = new ArrayList<>();
    private final Map<SurfaceLook, Integer> lookIndex = new LinkedHashMap<>();
    private final String file;
    private final long maxTriangles;

    MeshCollector(String file, long maxTriangles) {
        this.file = file;
        this.maxTriangles = maxTriangles;
    }

    /** Adds a Y-up vertex and returns its index. */
    int vertex(double x, double y, double z) throws ModelFormatException {
        if (!Double.isFinite(x) || !Double.isFinite(y) || !Double.isFinite(z)) {
            throw new ModelFormatException(file + ": vertex " + (points.size() + 1) + " is not a finite number");
        }
        points.add(new double[] {x, -z, y});
        return points.size() - 1;
    }

    /** Adds a vertex already in the project's Z-up frame (a CityGML model) and returns its index. */
    int vertexZUp(double x, double y, double z) throws ModelFormatException {
        if (!Double.isFinite(x) || !Double.isFinite(y) || !Double.isFinite(z)) {
            throw new ModelFormatException(file + ": vertex " + (points.size() + 1) + " is not a finite number");
        }
        points.add(new double[] {x, y, z});
        return points.size() - 1;
    }

    void triangle(int a, int b, int c, int argb) throws ModelFormatException {
        if (triangles.size() >= maxTriangles) {
            throw new ModelFormatException(file + ": more than " + maxTriangles + " triangles; a proposal model should be"
                    + " simplified before it is placed");
        }
        for (int i : new int[] {a, b, c}) {
            if (i < 0 || i >= points.size()) throw new ModelFormatException(file + ": a face refers to vertex " + (i + 1)
                    + ", but there are " + points.size());
        }
        triangles.add(new int[] {a, b, c});
        looks.add(lookIndex.computeIfAbsent(SurfaceLook.colour(argb), k -> lookIndex.size()));
    }

    ImportedModel build() throws ModelFormatException {
        if (triangles.isEmpty()) throw new ModelFormatException(file + ": the model has no triangles");
        double bottom = Double.POSITIVE_INFINITY;
        for (double[] p : points) bottom = Math.min(bottom, p[2]);
        double[] v = new double[points.size() * 3];
        for (int i = 0; i < points.size(); i++) {
            v[3 * i] = points.get(i)[0];
            v[3 * i + 1] = points.get(i)[1];
            v[3 * i + 2] = points.get(i)[2] - bottom;
        }
        int[] t = new int[triangles.size() * 3];
        int[] l = new int[triangles.size()];
        for (int i = 0; i < triangles.size(); i++) {
            System.arraycopy(triangles.get(i), 0, t, 3 * i, 3);
            l[i] = looks.get(i);
        }
        return new ImportedModel(file, new MeshPart(v, t, null, l, List.copyOf(lookIndex.keySet())));
    }

    static int argb(double r, double g, double b, double a) {
        return channel(a) << 24 | channel(r) << 16 | channel(g) << 8 | channel(b);
    }

    private static int channel(double c) {
        return (int) Math.round(Math.max(0, Math.min(1, Double.isFinite(c) ? c : 1)) * 255);
    }
}
