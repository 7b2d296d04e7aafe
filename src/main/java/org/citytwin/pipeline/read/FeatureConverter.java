package org.citytwin.pipeline.read;

import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.citygml4j.core.model.core.AbstractFeature;
import org.citygml4j.core.model.common.GeometryInfo;
import org.citytwin.model.Attribute;
import org.xmlobjects.gml.model.basictypes.Code;
import org.xmlobjects.gml.model.geometry.AbstractGeometry;
import org.xmlobjects.gml.model.geometry.GeometryProperty;

/** Turns one citygml4j feature plus what the stream filter recorded about it into a {@link RawFeature}. */
final class FeatureConverter {

    private final int defaultDimension;

    FeatureConverter(int defaultDimension) {
        this.defaultDimension = defaultDimension;
    }

    RawFeature convert(AbstractFeature feature, TopLevelRecord record) {
        GeometryInfo info = feature.getGeometryInfo(true);
        SortedSet<Integer> lods = new TreeSet<>(info.getLods());
        Map<Integer, List<RawPolygon>> surfaces = LodSurfaces.collect(feature, defaultDimension);
        if (surfaces.isEmpty() && info.hasNonLodGeometries()) {
            // e.g. a dem:TINRelief whose tin has no LOD of its own: show it as LOD 1
            List<RawPolygon> polygons = collect(info.getNonLodGeometries());
            if (!polygons.isEmpty()) {
                lods.add(1);
                surfaces = Map.of(1, polygons);
            }
        }
        String type = record != null ? record.type : fallbackType(feature);
        List<Attribute> attributes = record != null ? List.copyOf(record.attributes) : List.of();
        int line = record != null ? record.line : 0;
        if (record != null && !record.iurSurfaces.isEmpty()) surfaces = withIurSurfaces(surfaces, record, lods);
        Map<Integer, List<RawImplicit>> implicits = LodSurfaces.implicits(feature, defaultDimension);
        lods.addAll(implicits.keySet());
        List<RawCurve> curves = record != null ? List.copyOf(record.iurCurves) : List.of();
        curves.forEach(c -> lods.add(c.lod()));
        String danglingHref = dropReferenceOnlyLods(feature, lods, surfaces, implicits, curves);
        String id = record != null ? record.id : feature.getId(); // a repeated gml:id was made unique for citygml4j only
        return new RawFeature(id, type, name(feature), line, lods, surfaces, attributes, implicits, curves,
                danglingHref);
    }

    /**
     * Removes from {@code lods} every LOD that yielded nothing and whose geometry is only XLinks (they point into a
     * file that is not there, or at geometry outside this object), so such an object counts as without geometry.
     *
     * @return the first such href, or null when no LOD was removed
     */
    private static String dropReferenceOnlyLods(AbstractFeature feature, SortedSet<Integer> lods,
                                                Map<Integer, List<RawPolygon>> surfaces,
                                                Map<Integer, List<RawImplicit>> implicits, List<RawCurve> curves) {
        SortedSet<Integer> empty = new TreeSet<>(lods);
        empty.removeAll(surfaces.keySet());
        empty.removeAll(implicits.keySet());
        curves.forEach(c -> empty.remove(c.lod()));
        Map<Integer, String> hollow = LodSurfaces.referenceOnly(feature, empty);
        lods.removeAll(hollow.keySet());
        return hollow.isEmpty() ? null : hollow.values().iterator().next();
    }

    /** Adds the surfaces i-UR keeps in ADE attributes (LOD0 map geometry) to those citygml4j found. */
    private static Map<Integer, List<RawPolygon>> withIurSurfaces(Map<Integer, List<RawPolygon>> surfaces,
                                                                 TopLevelRecord record, SortedSet<Integer> lods) {
        Map<Integer, List<RawPolygon>> merged = new java.util.TreeMap<>(surfaces);
        record.iurSurfaces.forEach((lod, polygons) -> {
            List<RawPolygon> all = new java.util.ArrayList<>(merged.getOrDefault(lod, List.of()));
            all.addAll(polygons);
            merged.put(lod, all);
            lods.add(lod);
        });
        return merged;
    }

    private List<RawPolygon> collect(List<GeometryProperty<?>> properties) {
        SurfaceCollector collector = new SurfaceCollector(defaultDimension);
        for (GeometryProperty<?> property : properties) {
            Object geometry = property.getObject();
            if (geometry instanceof AbstractGeometry g) g.accept(collector);
        }
        return collector.polygons();
    }

    private static String name(AbstractFeature feature) {
        if (feature.getNames() == null || feature.getNames().isEmpty()) return null;
        Code code = feature.getNames().get(0);
        return code == null ? null : code.getValue();
    }

    private static String fallbackType(AbstractFeature feature) {
        return feature.getClass().getSimpleName();
    }
}
