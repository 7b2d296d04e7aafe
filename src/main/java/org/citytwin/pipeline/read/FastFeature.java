package org.citytwin.pipeline.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A top-level feature as {@link PlateauFastReader} read it: its parts (the object, then each boundary surface, in
 * document order, as citygml4j's ObjectWalker visits them) with their polygons per LOD, coordinates still text.
 * {@link #toRaw} (on a worker) parses them and assembles the same {@link RawFeature} FeatureConverter would.
 */
final class FastFeature {

    /** One polygon: rings as posList text, exterior first. */
    static final class Polygon {
        final String id;
        final String parentId;
        final List<String> rings = new ArrayList<>(1);
        /** srsDimension of each ring's posList, 0 when it names none. */
        final List<Integer> dimensions = new ArrayList<>(1);
        final List<String> ringIds = new ArrayList<>(1);

        Polygon(String id, String parentId) {
            this.id = id;
            this.parentId = parentId;
        }
    }

    /** One city object of the feature (the feature itself or a boundary surface). */
    static final class Part {
        final SortedMap<Integer, List<Polygon>> polygons = new TreeMap<>();
        /** LODs whose geometry here is only xlink:href members (a solid pointing at boundary polygons). */
        final SortedSet<Integer> hrefOnly = new TreeSet<>();
    }

    final TopLevelRecord record;
    final String type;
    String name;
    final List<Part> parts = new ArrayList<>();
    /** Triangles of a TIN relief (geometry without an LOD of its own). */
    final List<Polygon> tin = new ArrayList<>();

    FastFeature(TopLevelRecord record, String type) {
        this.record = record;
        this.type = type;
    }

    Part part() {
        Part part = new Part();
        parts.add(part);
        return part;
    }

    /** True when the feature has polygons and no LOD made only of references (which citygml4j reports as dangling). */
    boolean hasGeometry() {
        SortedSet<Integer> withPolygons = new TreeSet<>();
        SortedSet<Integer> references = new TreeSet<>();
        for (Part p : parts) {
            withPolygons.addAll(p.polygons.keySet());
            references.addAll(p.hrefOnly);
        }
        if (!withPolygons.containsAll(references)) return false;
        return !withPolygons.isEmpty() ^ !tin.isEmpty();
    }

    /**
     * The raw feature, as {@link FeatureConverter} builds it: LODs part by part (LOD4 takes a part's LOD3 when it has
     * no LOD4), TIN triangles as LOD 1, then the i-UR surfaces and curves the stream filter recorded.
     */
    RawFeature toRaw(int defaultDimension) {
        SortedSet<Integer> lods = new TreeSet<>();
        parts.forEach(p -> lods.addAll(p.polygons.keySet()));
        Map<Integer, List<RawPolygon>> surfaces = new TreeMap<>();
        for (int lod : lods) {
            List<RawPolygon> polygons = new ArrayList<>();
            for (Part part : parts) {
                List<Polygon> own = part.polygons.get(lod);
                if (own == null && lod == 4) own = part.polygons.get(3);
                if (own != null) own.forEach(p -> polygons.add(parse(p, defaultDimension)));
            }
            surfaces.put(lod, polygons);
        }
        if (surfaces.isEmpty() && !tin.isEmpty()) {
            List<RawPolygon> triangles = new ArrayList<>(tin.size());
            tin.forEach(t -> triangles.add(parse(t, defaultDimension)));
            lods.add(1);
            surfaces = Map.of(1, triangles);
        }
        if (!record.iurSurfaces.isEmpty()) {
            Map<Integer, List<RawPolygon>> merged = new TreeMap<>(surfaces);
            record.iurSurfaces.forEach((lod, polygons) -> {
                List<RawPolygon> all = new ArrayList<>(merged.getOrDefault(lod, List.of()));
                all.addAll(polygons);
                merged.put(lod, all);
                lods.add(lod);
            });
            surfaces = merged;
        }
        List<RawCurve> curves = List.copyOf(record.iurCurves);
        curves.forEach(c -> lods.add(c.lod()));
        return new RawFeature(record.id, record.type, name, record.line, lods, surfaces, List.copyOf(record.attributes),
                Map.of(), curves, null);
    }

    private static RawPolygon parse(Polygon p, int defaultDimension) {
        List<double[]> rings = new ArrayList<>(p.rings.size());
        for (int i = 0; i < p.rings.size(); i++) {
            int dim = p.dimensions.get(i);
            rings.add(Coordinates.xyz(p.rings.get(i), dim > 0 ? dim : defaultDimension));
        }
        return new RawPolygon(p.id, rings, new ArrayList<>(p.ringIds), p.parentId);
    }

    /** posList text to xyz triples, as SurfaceCollector does (2D gets z = 0, a trailing partial tuple is dropped). */
    static final class Coordinates {
        private Coordinates() {
        }

        static double[] xyz(String text, int dimension) {
            double[] values = new double[16];
            int count = 0;
            int n = text.length();
            int i = 0;
            while (i < n) {
                while (i < n && isSpace(text.charAt(i))) i++;
                if (i >= n) break;
                int start = i;
                while (i < n && !isSpace(text.charAt(i))) i++;
                if (count == values.length) values = java.util.Arrays.copyOf(values, count * 2);
                values[count++] = Double.parseDouble(text.substring(start, i));
            }
            int points = count / dimension;
            double[] xyz = new double[points * 3];
            for (int k = 0; k < points; k++) {
                xyz[k * 3] = values[k * dimension];
                xyz[k * 3 + 1] = values[k * dimension + 1];
                xyz[k * 3 + 2] = dimension >= 3 ? values[k * dimension + 2] : 0;
            }
            return xyz;
        }

        private static boolean isSpace(char c) {
            return c == ' ' || c == '\n' || c == '\r' || c == '\t';
        }
    }
}
