package org.citytwin.pipeline.read;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.citygml4j.core.model.common.GeometryInfo;
import org.citygml4j.core.model.core.AbstractCityObject;
import org.citygml4j.core.model.core.AbstractFeature;
import org.citygml4j.core.visitor.ObjectWalker;
import org.xmlobjects.gml.model.geometry.AbstractGeometry;
import org.xmlobjects.gml.model.geometry.GeometryProperty;

/**
 * Collects an object's surfaces per LOD, part by part (the object itself, boundary surfaces,
 * building/bridge/tunnel parts, installations, rooms). LOD4 is LOD3 plus the interior, so at LOD4 a part
 * that has only LOD3 surfaces (e.g. the outer walls of a PLATEAU tunnel whose LOD4 models only the hollow
 * spaces) is included at LOD3 instead of disappearing.
 */
final class LodSurfaces {

    private LodSurfaces() {
    }

    /**
     * Surfaces of every LOD the object has, part by part. At LOD4, parts without LOD4 surfaces contribute
     * their LOD3 surfaces (LOD4 = LOD3 + interior). Each LOD gets its own coordinate arrays, since the
     * loader transforms them in place.
     *
     * @return LOD → polygons, ascending; empty when the object has no surfaces
     */
    static SortedMap<Integer, List<RawPolygon>> collect(AbstractFeature feature, int defaultDimension) {
        List<GeometryInfo> parts = ownGeometryOfEachPart(feature);
        SortedSet<Integer> lods = new TreeSet<>();
        parts.forEach(p -> lods.addAll(p.getLods()));
        SortedMap<Integer, List<RawPolygon>> result = new TreeMap<>();
        for (int lod : lods) {
            SurfaceCollector collector = new SurfaceCollector(defaultDimension);
            boolean ownSurfaces = false;
            for (GeometryInfo part : parts) {
                if (part.hasGeometries(lod)) {
                    int before = collector.polygons().size();
                    accept(part.getGeometries(lod), collector);
                    ownSurfaces |= collector.polygons().size() > before;
                } else if (lod == 4 && part.hasGeometries(3)) {
                    accept(part.getGeometries(3), collector);
                }
            }
            if (ownSurfaces) result.put(lod, collector.polygons());
        }
        return result;
    }

    /** Implicit geometry instances per LOD (city furniture, solitary vegetation), part by part. */
    static SortedMap<Integer, List<RawImplicit>> implicits(AbstractFeature feature, int defaultDimension) {
        SortedMap<Integer, List<RawImplicit>> result = new TreeMap<>();
        for (GeometryInfo part : ownGeometryOfEachPart(feature)) {
            if (!part.hasLodImplicitGeometries()) continue;
            for (int lod = 0; lod <= 4; lod++) {
                if (!part.hasImplicitGeometries(lod)) continue;
                List<RawImplicit> instances = ImplicitCollector.collect(part.getImplicitGeometries(lod), defaultDimension);
                if (!instances.isEmpty()) result.computeIfAbsent(lod, k -> new ArrayList<>()).addAll(instances);
            }
        }
        return result;
    }

    /**
     * Of {@code lods}, those whose geometry (in every part) is made only of XLinks, each with its first href:
     * nothing of such an LOD can be drawn unless the reference is resolved elsewhere.
     */
    static SortedMap<Integer, String> referenceOnly(AbstractFeature feature, java.util.Set<Integer> lods) {
        SortedMap<Integer, String> result = new TreeMap<>();
        if (lods.isEmpty()) return result;
        List<GeometryInfo> parts = ownGeometryOfEachPart(feature);
        for (int lod : lods) {
            List<GeometryProperty<?>> all = new ArrayList<>();
            parts.forEach(p -> all.addAll(p.getGeometries(lod)));
            String href = ReferenceOnlyGeometry.firstHref(all);
            if (href != null) result.put(lod, href);
        }
        return result;
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

    private static void accept(List<GeometryProperty<?>> properties, SurfaceCollector collector) {
        for (GeometryProperty<?> property : properties) {
            Object object = property.getObject();
            if (object instanceof AbstractGeometry geometry) geometry.accept(collector);
        }
    }
}
