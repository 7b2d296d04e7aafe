package org.citytwin.pipeline.read;

import java.util.ArrayList;
import java.util.List;
import org.citygml4j.core.model.core.ImplicitGeometry;
import org.citygml4j.core.model.core.ImplicitGeometryProperty;
import org.xmlobjects.gml.model.geometry.AbstractGeometry;
import org.xmlobjects.gml.model.geometry.GeometryProperty;
import org.xmlobjects.gml.model.geometry.primitives.Point;

/** Turns citygml4j implicit geometry properties into {@link RawImplicit}s. */
final class ImplicitCollector {

    private static final double[] IDENTITY = {1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1};

    private ImplicitCollector() {
    }

    static List<RawImplicit> collect(List<ImplicitGeometryProperty> properties, int defaultDimension) {
        List<RawImplicit> result = new ArrayList<>();
        for (ImplicitGeometryProperty property : properties) {
            ImplicitGeometry implicit = property.getObject();
            if (implicit == null) continue;
            GeometryProperty<?> relative = implicit.getRelativeGeometry();
            if (relative == null) continue;
            Object geometry = relative.getObject();
            String key;
            List<RawPolygon> prototype = List.of();
            if (geometry instanceof AbstractGeometry g) {
                key = g.getId() != null ? "id:" + g.getId() : "object:" + System.identityHashCode(g);
                SurfaceCollector collector = new SurfaceCollector(3);
                g.accept(collector);
                prototype = collector.polygons();
            } else if (relative.getHref() != null) {
                String href = relative.getHref();
                key = "id:" + (href.startsWith("#") ? href.substring(1) : href);
            } else {
                continue;
            }
            result.add(new RawImplicit(key, prototype, matrix(implicit), referencePoint(implicit, defaultDimension)));
        }
        return result;
    }

    private static double[] matrix(ImplicitGeometry implicit) {
        if (implicit.getTransformationMatrix() == null) return IDENTITY.clone();
        List<Double> values = implicit.getTransformationMatrix().toRowMajorList();
        if (values == null || values.size() != 16) return IDENTITY.clone();
        double[] m = new double[16];
        for (int i = 0; i < 16; i++) m[i] = values.get(i);
        return m;
    }

    private static double[] referencePoint(ImplicitGeometry implicit, int defaultDimension) {
        Point point = implicit.getReferencePoint() == null ? null : implicit.getReferencePoint().getObject();
        if (point == null || point.getPos() == null || point.getPos().getValue() == null) return null;
        List<Double> v = point.getPos().getValue();
        if (v.size() < 2) return null;
        return new double[] {v.get(0), v.get(1), v.size() >= 3 && defaultDimension != 2 ? v.get(2) : 0};
    }
}
