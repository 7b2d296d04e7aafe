package org.citytwin.pipeline.read;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.citygml4j.core.model.common.GeometryInfo;
import org.citygml4j.core.model.core.AbstractCityObject;
import org.citygml4j.core.model.core.AbstractFeature;
import org.citygml4j.core.visitor.ObjectWalker;
import org.xmlobjects.gml.model.geometry.AbstractGeometry;
import org.xmlobjects.gml.model.geometry.GeometryProperty;

/**
 * Chooses the surfaces shown for an object: its highest LOD with surfaces, taken part by part (the object
 * itself, boundary surfaces, building/bridge/tunnel parts, installations, rooms). LOD4 is LOD3 plus the
 * interior, so at LOD4 a part that has only LOD3 surfaces (e.g. the outer walls of a PLATEAU tunnel whose
 * LOD4 models only the hollow spaces) is shown at LOD3 instead of disappearing.
 */
final class DisplayLodSelector {

    private DisplayLodSelector() {
    }

    /** @return an empty map, or one entry: display LOD → polygons */
    static Map<Integer, List<RawPolygon>> select(AbstractFeature feature, int defaultDimension) {
        List<GeometryInfo> parts = ownGeometryOfEachPart(feature);
        int highest = -1;
        for (GeometryInfo part : parts) {
            for (int lod : part.getLods()) {
                if (lod > highest && hasSurfaces(part.getGeometries(lod), defaultDimension)) highest = lod;
            }
        }
        if (highest < 0) return Map.of();
        SurfaceCollector collector = new SurfaceCollector(defaultDimension);
        for (GeometryInfo part : parts) {
            if (part.hasGeometries(highest)) {
                accept(part.getGeometries(highest), collector);
            } else if (highest == 4 && part.hasGeometries(3)) {
                accept(part.getGeometries(3), collector);
            }
        }
        return collector.polygons().isEmpty() ? Map.of() : Map.of(highest, collector.polygons());
    }

    private static List<GeometryInfo> ownGeometryOfEachPart(AbstractFeature feature) {
        List<GeometryInfo> parts = new ArrayList<>();
        Map<Object, Boolean> seen = new IdentityHashMap<>();
        feature.accept(new ObjectWalker() {
            @Override
            public void visit(AbstractCityObject cityObject) {
                if (seen.put(cityObject, Boolean.TRUE) == null) parts.add(cityObject.getGeometryInfo(false));
                super.visit(cityObject);
            }
        });
        if (parts.isEmpty()) parts.add(feature.getGeometryInfo(false));
        return parts;
    }

    private static boolean hasSurfaces(List<GeometryProperty<?>> properties, int defaultDimension) {
        SurfaceCollector probe = new SurfaceCollector(defaultDimension);
        accept(properties, probe);
        return !probe.polygons().isEmpty();
    }

    private static void accept(List<GeometryProperty<?>> properties, SurfaceCollector collector) {
        for (GeometryProperty<?> property : properties) {
            Object object = property.getObject();
            if (object instanceof AbstractGeometry geometry) geometry.accept(collector);
        }
    }
}
