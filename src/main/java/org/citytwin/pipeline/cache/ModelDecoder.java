package org.citytwin.pipeline.cache;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.citytwin.model.Attribute;
import org.citytwin.model.CityFile;
import org.citytwin.model.CityObject;
import org.citytwin.model.DepthSource;
import org.citytwin.model.Envelope;
import org.citytwin.model.FeatureKind;
import org.citytwin.model.IssueCategory;
import org.citytwin.model.LoadIssue;
import org.citytwin.model.MeshPart;
import org.citytwin.model.Severity;
import org.citytwin.model.SurfaceLook;
import org.citytwin.model.UtilityInfo;
import org.citytwin.model.UtilityType;
import org.citytwin.pipeline.tile.TileMesh;

/**
 * Reads what {@link ModelEncoder} wrote, method for method; strings come from the table read first. A checksum only
 * says the bytes are as written, not that they were written right, so every count, length and index is checked
 * against the bytes left and the arrays it points into: a bad one is a {@link CorruptCacheException}, never a wild
 * allocation, a stack overflow or a triangle that points nowhere.
 */
final class ModelDecoder {

    /** Deeper attribute nesting than any real file has; a crafted chain would otherwise overflow the stack. */
    static final int MAX_ATTRIBUTE_DEPTH = 64;

    private final BinaryReader in;
    private final String[] strings;
    private int attributeDepth;

    ModelDecoder(BinaryReader in, String[] strings) {
        this.in = in;
        this.strings = strings;
    }

    static String[] readStrings(BinaryReader in) {
        String[] table = new String[in.count(4)];
        for (int i = 0; i < table.length; i++) table[i] = in.utf();
        return table;
    }

    String str() {
        int i = in.i32();
        if (i == -1) return null;
        if (i < 0 || i >= strings.length) throw new CorruptCacheException("a string index of " + i);
        return strings[i];
    }

    private <E extends Enum<E>> E enumValue(Class<E> type) {
        String name = str();
        if (name == null) return null;
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw new CorruptCacheException("an unknown " + type.getSimpleName() + " " + name);
        }
    }

    List<String> strings() {
        int n = in.count(4);
        List<String> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) list.add(str());
        return Collections.unmodifiableList(list);
    }

    /** A list written from a null-free list (ids, references). */
    private List<String> presentStrings(String what) {
        List<String> list = strings();
        if (list.contains(null)) throw new CorruptCacheException("a missing " + what);
        return list;
    }

    /** The file record with the given objects (decoded separately). */
    CityFile file(List<CityObject> objects) {
        String path = str();
        String version = str();
        String srsName = str();
        String crs = str();
        int types = in.count(8);
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (int i = 0; i < types; i++) counts.put(str(), in.i32());
        SortedSet<Integer> lods = lods();
        Envelope bounds = envelope();
        int issueCount = in.count(32);
        List<LoadIssue> issues = new ArrayList<>(issueCount);
        for (int i = 0; i < issueCount; i++) issues.add(issue());
        return new CityFile(path, version, srsName, crs, objects, counts, lods, bounds, issues);
    }

    private SortedSet<Integer> lods() {
        int n = in.count(4);
        SortedSet<Integer> lods = new TreeSet<>();
        for (int i = 0; i < n; i++) lods.add(in.i32());
        return lods;
    }

    Envelope envelope() {
        Envelope e = new Envelope();
        if (in.bool()) return e;
        e.include(in.f64(), in.f64(), in.f64());
        e.include(in.f64(), in.f64(), in.f64());
        return e;
    }

    private org.citytwin.model.IssueMessage issueMessage(String key, int depth) {
        if (key == null || depth > 4) throw new CorruptCacheException("an issue message nested too deeply");
        int n = in.i32();
        if (n < 0 || n > 64) throw new CorruptCacheException("an issue message with " + n + " arguments");
        List<Object> args = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            int tag = in.i32();
            if (tag == 1) args.add((long) in.f64());
            else if (tag == 2) args.add(in.f64());
            else if (tag == 0) args.add(String.valueOf(str()));
            else if (tag == 3) args.add(issueMessage(str(), depth + 1));
            else throw new CorruptCacheException("an issue message argument of kind " + tag);
        }
        return new org.citytwin.model.IssueMessage(key, args);
    }

    LoadIssue issue() {
        Severity severity = enumValue(Severity.class);
        IssueCategory category = enumValue(IssueCategory.class);
        String file = str();
        int line = in.i32();
        int column = in.i32();
        String gmlId = str();
        String message = str();
        int count = in.i32();
        org.citytwin.model.IssueMessage text = null;
        String key = str();
        if (key != null) text = issueMessage(key, 0);
        try {
            return new LoadIssue(severity, category, file, line, column, gmlId, message, count, text);
        } catch (RuntimeException e) {
            throw new CorruptCacheException("an issue that does not hold: " + e.getMessage());
        }
    }

    CityObject object() {
        String id = str();
        String type = str();
        FeatureKind kind = enumValue(FeatureKind.class);
        if (kind == null) throw new CorruptCacheException("an object without kind");
        String name = str();
        SortedSet<Integer> lods = lods();
        int meshCount = in.count(4);
        Map<Integer, MeshPart> meshes = new TreeMap<>();
        for (int i = 0; i < meshCount; i++) meshes.put(in.i32(), mesh());
        List<Attribute> attributes = attributes();
        String source = str();
        UtilityInfo utility = in.bool() ? utility() : null;
        return new CityObject(id, type, kind, name, lods, Collections.unmodifiableMap(meshes), attributes, source, utility);
    }

    MeshPart mesh() {
        double[] vertices = in.doubles();
        int[] triangles = in.ints();
        if (vertices == null || triangles == null) throw new CorruptCacheException("a mesh without arrays");
        float[] texCoords = in.floats();
        int[] looksOf = in.ints();
        int n = in.count(8);
        List<SurfaceLook> looks = new ArrayList<>(n);
        for (int i = 0; i < n; i++) looks.add(new SurfaceLook(str(), in.i32()));
        int vertexCount = triples(vertices.length, "mesh vertices");
        int triangleCount = triples(triangles.length, "mesh triangles");
        indices(triangles, 0, vertexCount, "a mesh triangle corner");
        if (texCoords != null && texCoords.length != 2 * vertexCount) {
            throw new CorruptCacheException(texCoords.length + " texture coordinates for " + vertexCount + " vertices");
        }
        if (looksOf != null) {
            if (looksOf.length != triangleCount) {
                throw new CorruptCacheException(looksOf.length + " triangle looks for " + triangleCount + " triangles");
            }
            indices(looksOf, -1, n, "a triangle look");
        }
        return new MeshPart(vertices, triangles, texCoords, looksOf, n == 0 ? List.of() : List.copyOf(looks));
    }

    List<Attribute> attributes() {
        int n = in.count(24);
        if (n == 0) return List.of();
        if (++attributeDepth > MAX_ATTRIBUTE_DEPTH) throw new CorruptCacheException("attributes nested deeper than " + MAX_ATTRIBUTE_DEPTH);
        Attribute[] list = new Attribute[n];
        for (int i = 0; i < n; i++) {
            String name = str();
            String value = str();
            String unit = str();
            String codeSpace = str();
            String label = str();
            list[i] = new Attribute(name, value, unit, codeSpace, label, attributes());
        }
        attributeDepth--;
        return List.of(list);
    }

    UtilityInfo utility() {
        UtilityType type = enumValue(UtilityType.class);
        String elementClass = str();
        double[] centreLine = in.doubles();
        if (centreLine != null) triples(centreLine.length, "a centre line");
        double diameter = in.f64();
        boolean defaulted = in.bool();
        double cover = in.f64();
        DepthSource depthSource = enumValue(DepthSource.class);
        double ground = in.f64();
        String year = str();
        String occupier = str();
        String network = str();
        String part = str();
        List<String> connected = presentStrings("connected utility");
        return new UtilityInfo(type, elementClass, centreLine, diameter, defaulted, cover, depthSource, ground, year,
                occupier, network, part, connected);
    }

    TileMesh tileMesh() {
        FeatureKind kind = enumValue(FeatureKind.class);
        if (kind == null) throw new CorruptCacheException("a tile mesh without kind");
        int x = in.i32();
        int y = in.i32();
        float[] points = in.floats();
        int[] triangles = in.ints();
        int[] faceObject = in.ints();
        List<String> ids = presentStrings("tile mesh object id");
        if (points == null || triangles == null || faceObject == null) throw new CorruptCacheException("a tile mesh without arrays");
        int triangleCount = triples(triangles.length, "tile mesh triangles");
        indices(triangles, 0, triples(points.length, "tile mesh points"), "a tile mesh triangle corner");
        if (faceObject.length != triangleCount) {
            throw new CorruptCacheException(faceObject.length + " face owners for " + triangleCount + " tile mesh triangles");
        }
        indices(faceObject, 0, ids.size(), "a face owner");
        return new TileMesh(kind, x, y, points, triangles, faceObject, ids);
    }

    /** The number of triples in an array of {@code length} coordinates or corners. */
    private static int triples(int length, String what) {
        if (length % 3 != 0) throw new CorruptCacheException(what + " of " + length + " numbers, not triples");
        return length / 3;
    }

    /** Fails unless every value lies in {@code [min, bound)}. */
    private static void indices(int[] values, int min, int bound, String what) {
        for (int v : values) {
            if (v < min || v >= bound) throw new CorruptCacheException(what + " of " + v + " outside " + min + ".." + (bound - 1));
        }
    }
}
