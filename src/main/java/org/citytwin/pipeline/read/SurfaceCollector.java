package org.citytwin.pipeline.read;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.List;
import org.xmlobjects.gml.model.geometry.DirectPositionList;
import org.xmlobjects.gml.model.geometry.GeometricPositionList;
import org.xmlobjects.gml.model.geometry.primitives.AbstractRing;
import org.xmlobjects.gml.model.geometry.primitives.AbstractRingProperty;
import org.xmlobjects.gml.model.geometry.primitives.LinearRing;
import org.xmlobjects.gml.model.geometry.primitives.Polygon;
import org.xmlobjects.gml.model.geometry.primitives.PolygonPatch;
import org.xmlobjects.gml.model.geometry.primitives.Triangle;
import org.xmlobjects.gml.visitor.GeometryWalker;

/**
 * Walks a GML geometry and collects every planar surface (Polygon, PolygonPatch, Triangle) as rings of
 * xyz doubles. 2D coordinates (srsDimension 2) get z = 0.
 */
final class SurfaceCollector extends GeometryWalker {

    private final int defaultDimension;
    private final List<RawPolygon> polygons = new ArrayList<>();
    private int skippedRings;
    /** Polygons reached twice (a solid's XLink to a boundary surface's polygon) are taken once. */
    private final Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());

    SurfaceCollector(int defaultDimension) {
        this.defaultDimension = defaultDimension;
    }

    List<RawPolygon> polygons() {
        return polygons;
    }

    int skippedRings() {
        return skippedRings;
    }

    @Override
    public void visit(Polygon polygon) {
        if (!seen.add(polygon)) return;
        add(polygon.getId(), polygon.getExterior(), polygon.getInterior());
    }

    @Override
    public void visit(PolygonPatch patch) {
        add(null, patch.getExterior(), patch.getInterior());
    }

    @Override
    public void visit(Triangle triangle) {
        add(null, triangle.getExterior(), List.of());
    }

    private void add(String id, AbstractRingProperty exterior, List<AbstractRingProperty> interiors) {
        double[] outer = coordinates(exterior);
        if (outer == null) {
            skippedRings++;
            return;
        }
        List<double[]> rings = new ArrayList<>(1 + interiors.size());
        rings.add(outer);
        for (AbstractRingProperty interior : interiors) {
            double[] hole = coordinates(interior);
            if (hole != null) rings.add(hole);
            else skippedRings++;
        }
        polygons.add(new RawPolygon(id, rings));
    }

    private double[] coordinates(AbstractRingProperty property) {
        if (property == null) return null;
        AbstractRing ring = property.getObject();
        if (!(ring instanceof LinearRing linear)) return null;
        GeometricPositionList points = linear.getControlPoints();
        if (points != null && points.isSetPosList()) {
            DirectPositionList posList = points.getPosList();
            Integer dim = posList.getSrsDimension();
            return toXyz(posList.getValue(), dim != null ? dim : defaultDimension);
        }
        List<Double> xyz = linear.toCoordinateList3D();
        return xyz.isEmpty() ? null : toXyz(xyz, 3);
    }

    private static double[] toXyz(List<Double> values, int dimension) {
        if (values == null || values.isEmpty() || dimension < 2) return null;
        int n = values.size() / dimension;
        double[] xyz = new double[n * 3];
        for (int i = 0; i < n; i++) {
            xyz[i * 3] = values.get(i * dimension);
            xyz[i * 3 + 1] = values.get(i * dimension + 1);
            xyz[i * 3 + 2] = dimension >= 3 ? values.get(i * dimension + 2) : 0;
        }
        return xyz;
    }
}
