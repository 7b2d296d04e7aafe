package org.citytwin.pipeline.read;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.List;
import org.xmlobjects.gml.model.geometry.DirectPositionList;
import org.xmlobjects.gml.model.geometry.AbstractGeometry;
import org.xmlobjects.gml.model.geometry.GeometricPositionList;
import org.xmlobjects.gml.model.geometry.aggregates.MultiSurface;
import org.xmlobjects.gml.model.geometry.complexes.CompositeSurface;
import org.xmlobjects.gml.model.geometry.primitives.OrientableSurface;
import org.xmlobjects.gml.model.geometry.primitives.Solid;
import org.xmlobjects.gml.model.geometry.primitives.AbstractRing;
import org.xmlobjects.gml.model.geometry.primitives.AbstractRingProperty;
import org.xmlobjects.gml.model.geometry.primitives.LinearRing;
import org.xmlobjects.gml.model.geometry.primitives.Polygon;
import org.xmlobjects.gml.model.geometry.primitives.PolygonPatch;
import org.xmlobjects.gml.model.geometry.primitives.Triangle;
import org.xmlobjects.gml.visitor.GeometryWalker;

/**
 * Walks a GML geometry and collects every planar surface (Polygon, PolygonPatch, Triangle) as rings of
 * xyz doubles. 2D coordinates (srsDimension 2) get z = 0. Ring gml:ids and the id of the enclosing surface
 * aggregate are kept, because appearances address surfaces by them.
 */
final class SurfaceCollector extends GeometryWalker {

    private final int defaultDimension;
    private final List<RawPolygon> polygons = new ArrayList<>();
    private int skippedRings;
    /** Polygons reached twice (a solid's XLink to a boundary surface's polygon) are taken once. */
    private final Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    /** gml:ids of the enclosing aggregates, innermost first (null entries for aggregates without id). */
    private final Deque<String> parents = new ArrayDeque<>();

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

    @Override
    public void visit(MultiSurface multiSurface) {
        inside(multiSurface, () -> super.visit(multiSurface));
    }

    @Override
    public void visit(CompositeSurface compositeSurface) {
        inside(compositeSurface, () -> super.visit(compositeSurface));
    }

    @Override
    public void visit(Solid solid) {
        inside(solid, () -> super.visit(solid));
    }

    @Override
    public void visit(OrientableSurface orientableSurface) {
        inside(orientableSurface, () -> super.visit(orientableSurface));
    }

    private void inside(AbstractGeometry aggregate, Runnable walk) {
        String id = aggregate.getId();
        parents.push(id != null ? id : (parents.isEmpty() ? "" : parents.peek()));
        try {
            walk.run();
        } finally {
            parents.pop();
        }
    }

    private void add(String id, AbstractRingProperty exterior, List<AbstractRingProperty> interiors) {
        double[] outer = coordinates(exterior);
        if (outer == null) {
            skippedRings++;
            return;
        }
        List<double[]> rings = new ArrayList<>(1 + interiors.size());
        List<String> ringIds = new ArrayList<>(1 + interiors.size());
        rings.add(outer);
        ringIds.add(ringId(exterior));
        for (AbstractRingProperty interior : interiors) {
            double[] hole = coordinates(interior);
            if (hole != null) {
                rings.add(hole);
                ringIds.add(ringId(interior));
            } else {
                skippedRings++;
            }
        }
        String parent = parents.isEmpty() || parents.peek().isEmpty() ? null : parents.peek();
        polygons.add(new RawPolygon(id, rings, ringIds, parent));
    }

    private static String ringId(AbstractRingProperty property) {
        AbstractRing ring = property.getObject();
        return ring == null ? null : ring.getId();
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
