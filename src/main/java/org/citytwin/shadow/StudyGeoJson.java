package org.citytwin.shadow;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.BiFunction;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * Shadow results as a GeoJSON FeatureCollection in lon/lat (RFC 7946 order), converted from local metres by
 * {@code toLatLon(x, y) → {lat, lon}}. Each feature's {@code properties.layer} says what it is: "contour" (with
 * {@code hours}, {@code area} m²), "hourly" ({@code time}), "site", "line5", "line10", "exceedance" ({@code zone},
 * {@code limit}, {@code area}).
 */
public final class StudyGeoJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private StudyGeoJson() {
    }

    /** Contours only: what `shadow --geojson` writes. */
    public static ObjectNode contours(List<ShadowHours.Contour> contours, BiFunction<Double, Double, double[]> toLatLon) {
        ObjectNode root = collection();
        ArrayNode features = (ArrayNode) root.get("features");
        for (ShadowHours.Contour c : contours) {
            ObjectNode f = feature(features, c.area(), toLatLon);
            ((ObjectNode) f.get("properties")).put("layer", "contour").put("hours", c.hours()).put("area", round(c.area().getArea()));
        }
        return root;
    }

    /** Everything a study found. */
    public static ObjectNode study(ShadowStudy.Result r, BiFunction<Double, Double, double[]> toLatLon) {
        ObjectNode root = contours(r.contours(), toLatLon);
        ArrayNode features = (ArrayNode) root.get("features");
        for (ShadowStudy.HourlyOutline h : r.hourly()) {
            if (h.shadow().isEmpty()) continue;
            ((ObjectNode) feature(features, h.shadow(), toLatLon).get("properties")).put("layer", "hourly").put("time", h.time().toString());
        }
        if (r.site() != null && !r.site().isEmpty()) {
            ((ObjectNode) feature(features, r.site(), toLatLon).get("properties")).put("layer", "site");
            ((ObjectNode) feature(features, r.line5(), toLatLon).get("properties")).put("layer", "line5").put("distance", 5);
            ((ObjectNode) feature(features, r.line10(), toLatLon).get("properties")).put("layer", "line10").put("distance", 10);
        }
        for (ShadowStudy.Exceedance e : r.exceedances()) {
            ((ObjectNode) feature(features, e.area(), toLatLon).get("properties")).put("layer", "exceedance")
                    .put("zone", e.zone()).put("limit", e.limitHours()).put("area", round(e.areaM2()));
        }
        root.putObject("properties").put("date", r.settings().date().toString()).put("from", r.settings().from().toString())
                .put("to", r.settings().to().toString()).put("clockTime", r.settings().clockTime())
                .put("plane", r.settings().plane()).put("grid", r.settings().gridSpacing());
        return root;
    }

    public static String text(ObjectNode root) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e); // a tree we built ourselves always serialises
        }
    }

    private static ObjectNode collection() {
        ObjectNode root = JSON.createObjectNode().put("type", "FeatureCollection");
        root.putArray("features");
        return root;
    }

    private static ObjectNode feature(ArrayNode features, Geometry g, BiFunction<Double, Double, double[]> toLatLon) {
        ObjectNode f = features.addObject().put("type", "Feature");
        f.putObject("properties");
        ObjectNode geometry = f.putObject("geometry");
        if (g instanceof LineString || g instanceof org.locationtech.jts.geom.MultiLineString) {
            geometry.put("type", "MultiLineString");
            ArrayNode lines = geometry.putArray("coordinates");
            for (int i = 0; i < g.getNumGeometries(); i++) {
                if (g.getGeometryN(i) instanceof LineString l && !l.isEmpty()) ring(lines, l, toLatLon);
            }
            return f;
        }
        geometry.put("type", "MultiPolygon");
        ArrayNode polygons = geometry.putArray("coordinates");
        for (int i = 0; i < g.getNumGeometries(); i++) {
            if (!(g.getGeometryN(i) instanceof Polygon p) || p.isEmpty()) continue;
            ArrayNode rings = polygons.addArray();
            ring(rings, oriented(p.getExteriorRing(), true), toLatLon);
            for (int k = 0; k < p.getNumInteriorRing(); k++) ring(rings, oriented(p.getInteriorRingN(k), false), toLatLon);
        }
        return f;
    }

    /** RFC 7946 §3.1.6: outer rings counter-clockwise, holes clockwise (x east, y north keeps the sense in lon/lat). */
    private static LineString oriented(LineString ring, boolean counterClockwise) {
        return Orientation.isCCW(ring.getCoordinateSequence()) == counterClockwise ? ring : ring.reverse();
    }

    private static void ring(ArrayNode rings, LineString line, BiFunction<Double, Double, double[]> toLatLon) {
        ArrayNode r = rings.addArray();
        for (Coordinate c : line.getCoordinates()) {
            double[] ll = toLatLon.apply(c.x, c.y);
            r.addArray().add(ll[1]).add(ll[0]);
        }
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
