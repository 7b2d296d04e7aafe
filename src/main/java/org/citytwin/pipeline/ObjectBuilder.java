package org.citytwin.pipeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.TreeMap;
import java.util.List;
import java.util.Map;
import org.citytwin.geo.CoordinateTransform;
import org.citytwin.model.Attribute;
import org.citytwin.model.CityObject;
import org.citytwin.model.FeatureKind;
import org.citytwin.model.UtilityInfo;
import org.citytwin.pipeline.utility.PlacedUtility;
import org.citytwin.model.IssueCategory;
import org.citytwin.model.IssueMessage;
import org.citytwin.model.LoadIssue;
import org.citytwin.model.MeshPart;
import org.citytwin.model.Severity;
import org.citytwin.model.SurfaceLook;
import org.citytwin.pipeline.appearance.AppearanceIndex;
import org.citytwin.pipeline.appearance.TexturedPolygon;
import org.citytwin.pipeline.read.FileHeader;
import org.citytwin.pipeline.read.RawImplicit;
import org.citytwin.pipeline.read.RawFeature;
import org.citytwin.pipeline.quality.QualityTally;
import org.citytwin.pipeline.quality.RingInspector;
import org.citytwin.pipeline.read.RawPolygon;
import org.citytwin.pipeline.tessellate.PolygonTessellator;
import org.citytwin.pipeline.tessellate.TriangleBuffer;

/**
 * Builds one {@link CityObject}: transforms its rings into the local frame and tessellates them, with the
 * texture coordinates or material colour the file's appearance gives each polygon. Runs on a worker.
 */
final class ObjectBuilder {

    private ObjectBuilder() {
    }

    static CityObject build(RawFeature raw, FileHeader header, FileContext context, LoadStats stats) {
        long t0 = System.nanoTime();
        Map<Integer, MeshPart> meshes = new TreeMap<>();
        QualityTally quality = new QualityTally(); // one for all LODs: one issue per object and category
        for (Map.Entry<Integer, List<RawPolygon>> entry : raw.surfaces().entrySet()) {
            meshes.put(entry.getKey(), tessellate(raw, entry.getValue(), header, context, quality));
        }
        quality.issues(context.file(), raw.line(), raw.id()).forEach(context::addIssue);
        raw.implicits().forEach((lod, instances) -> meshes.merge(lod, placeAll(raw, lod, instances, header, context),
                ImplicitInstancer::concat));
        // a CityObjectGroup is its members: no geometry of its own is normal
        if (raw.lods().isEmpty() && raw.surfaces().isEmpty() && raw.implicits().isEmpty() && !"grp:CityObjectGroup".equals(raw.type())) {
            context.addIssue(new LoadIssue(Severity.INFO, IssueCategory.NO_GEOMETRY, context.file(), raw.line(), 0, raw.id(),
                    raw.danglingHref() == null ? IssueMessage.of("issues.build.no-geometry", raw.type())
                            : IssueMessage.of("issues.build.dangling-geometry", raw.type(), raw.danglingHref())));
        }
        List<Attribute> attributes = new ArrayList<>(raw.attributes());
        String id = objectId(raw, context);
        FeatureKind kind = FeatureKinds.of(raw.type());
        UtilityInfo utility = null;
        java.util.SortedSet<Integer> lods = raw.lods();
        String shaft = kind == FeatureKind.CITY_FURNITURE && raw.surfaces().isEmpty()
                && raw.curves().stream().anyMatch(org.citytwin.pipeline.read.RawCurve::point)
                ? org.citytwin.pipeline.utility.FurnitureShafts.shaftClass(raw.attributes(), raw.name()) : null;
        if (shaft != null) kind = FeatureKind.UTILITY; // a manhole cover point: drawn as its shaft
        if (kind == FeatureKind.UTILITY) {
            PlacedUtility placed = UtilityPlacement.place(raw, meshes, header, context, shaft);
            utility = placed.info();
            if (!placed.lod0().isEmpty()) {
                meshes.put(0, placed.lod0()); // supersedes the map geometry drawn at height 0
                lods = new java.util.TreeSet<>(lods);
                lods.add(0);
            }
        }
        stats.tessellateNanos.add(System.nanoTime() - t0);
        return new CityObject(id, raw.type(), kind, raw.name(), lods,
                Collections.unmodifiableMap(meshes),
                List.copyOf(attributes), context.file(), utility);
    }

    static String objectId(RawFeature raw, FileContext context) {
        return raw.id() != null ? raw.id() : context.file() + "#line" + raw.line();
    }

    private static MeshPart tessellate(RawFeature raw, List<RawPolygon> polygons, FileHeader header, FileContext context,
                                       QualityTally problems) {
        // anchor on the file's first coordinate in document order, so the frame does not depend on thread timing;
        // the object's own vertices only when that one is no position
        List<double[]> candidates = polygons.isEmpty() ? List.of() : polygons.get(0).rings();
        FileContext.Placement placement = context.placement(header.srsName(), header.firstPoint(), 2, candidates);
        CoordinateTransform transform = placement.transform();
        TriangleBuffer buffer = new TriangleBuffer();
        AppearanceIndex appearances = context.appearances();
        List<SurfaceLook> looks = new ArrayList<>();
        RingScreen screen = new RingScreen(placement.crs());
        polygons = screen.keepPositions(polygons);
        for (RawPolygon polygon : polygons) {
            for (double[] ring : polygon.rings()) {
                transform.toLocal(ring, 0, ring.length / 3);
            }
        }
        polygons = screen.keepPlaced(polygons);
        screen.issues(raw, context, context.frameOriginWords()).forEach(context::addIssue);
        for (RawPolygon polygon : polygons) {
            problems.beginPolygon(polygon.gmlId());
            for (int r = 0; r < polygon.rings().size(); r++) {
                problems.beginRing(r);
                RingInspector.inspect(polygon.rings().get(r), problems); // in metres, so the tolerances mean something
            }
            List<double[]> texRings = null;
            SurfaceLook look = null;
            if (appearances != null) {
                TexturedPolygon texture = appearances.texture(polygon.gmlId());
                texRings = texture == null ? null : TextureCoordinates.ofRings(texture, polygon);
                look = texRings != null ? texture.look() : appearances.material(polygon.gmlId(), polygon.parentId());
            }
            buffer.setLook(look == null ? -1 : indexOf(looks, look));
            PolygonTessellator.tessellate(polygon.rings(), texRings, buffer, problems);
        }
        if (looks.isEmpty()) return new MeshPart(buffer.vertices(), buffer.triangles());
        return new MeshPart(buffer.vertices(), buffer.triangles(), buffer.texCoords(), buffer.triangleLooks(),
                List.copyOf(looks));
    }

    private static int indexOf(List<SurfaceLook> looks, SurfaceLook look) {
        int i = looks.indexOf(look);
        if (i >= 0) return i;
        looks.add(look);
        return looks.size() - 1;
    }

    private static MeshPart placeAll(RawFeature raw, int lod, List<RawImplicit> instances, FileHeader header,
                                     FileContext context) {
        MeshPart result = MeshPart.EMPTY;
        for (RawImplicit instance : instances) {
            double[] anchor = header.firstPoint() != null ? header.firstPoint() : instance.referencePoint();
            CoordinateTransform transform = anchor == null ? FrameBinding.LOCAL_IDENTITY
                    : context.transform(header.srsName(), anchor[0], anchor[1]);
            MeshPart placed = ImplicitInstancer.place(instance, context, transform);
            if (placed == null) {
                // prototype defined by another object, maybe not built yet: placed once the whole file is read
                context.deferImplicit(objectId(raw, context), lod, instance, transform, raw.line());
                continue;
            }
            result = ImplicitInstancer.concat(result, placed);
        }
        return result;
    }
}
