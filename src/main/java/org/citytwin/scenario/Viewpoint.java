package org.citytwin.scenario;

import java.util.List;
import java.util.Objects;

/**
 * A saved view a presenter returns to: where the camera looks (look-at point in lat/lon/height, distance, heading
 * clockwise from north, tilt down from the horizon), which scenario shows, the layer and see-through state, the flow
 * time, and the caption (Japanese and/or English) and speaker notes. Everything a tour needs to render the same frame
 * again. Immutable.
 *
 * @param lod          the LOD shown (null: each object's highest)
 * @param colourBy     the thematic attribute (null: none)
 * @param xray         opacity of ground and city, 1 = opaque (no x-ray)
 * @param flowTime     seconds after the flows' start (NaN: not set)
 * @param annotations  ids of the annotations shown (null: all)
 * @param excavation   the pit cut in this view (null: none)
 */
public record Viewpoint(String name, String scenario, double lat, double lon, double height, double distance,
                        double heading, double tilt, String captionJa, String captionEn, String notes,
                        List<LayerState> layers, Integer lod, String colourBy, double xray, boolean underground,
                        double flowTime, double playbackSpeed, List<String> annotations, Pit excavation) {

    /** A ground corner of a pit's footprint. */
    public record Corner(double lat, double lon) {
    }

    /** An excavation: its footprint's corners (lat/lon, at least 3) and how deep it is dug below the ground (m). */
    public record Pit(List<Corner> footprint, double depth) {
        public Pit {
            footprint = List.copyOf(footprint);
            if (footprint.size() < 3) throw new IllegalArgumentException("An excavation needs at least 3 corners, had "
                    + footprint.size());
            if (!(depth > 0) || Double.isInfinite(depth)) throw new IllegalArgumentException("An excavation's depth must be"
                    + " a positive number of metres, was " + depth);
        }
    }

    /** One feature kind's state in this view (FeatureKind name, visible, opacity 0–1). */
    public record LayerState(String kind, boolean visible, double opacity) {
    }

    public Viewpoint {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) throw new IllegalArgumentException("A viewpoint needs a name");
        if (scenario == null || scenario.isBlank()) scenario = Scenario.BASE;
        if (!(Math.abs(lat) <= 90) || !(Math.abs(lon) <= 180)) {
            throw new IllegalArgumentException("A viewpoint looks at a latitude within ±90 and a longitude within ±180, was "
                    + lat + ", " + lon);
        }
        if (!(distance > 0) || Double.isInfinite(distance)) throw new IllegalArgumentException("A viewpoint's distance must be"
                + " a positive number of metres, was " + distance);
        if (!(tilt >= 0 && tilt <= 90)) throw new IllegalArgumentException("A tilt is 0 (horizontal) to 90 (straight down)"
                + " degrees, was " + tilt);
        if (!Double.isFinite(heading) || !Double.isFinite(height)) throw new IllegalArgumentException("A viewpoint's heading"
                + " and height must be numbers");
        if (!(xray >= 0 && xray <= 1)) throw new IllegalArgumentException("X-ray opacity is 0 to 1, was " + xray);
        layers = layers == null ? List.of() : List.copyOf(layers);
        annotations = annotations == null ? null : List.copyOf(annotations);
        if (!(playbackSpeed > 0)) playbackSpeed = 1;
    }

    /** A viewpoint without an excavation (the form before pits were saved). */
    public Viewpoint(String name, String scenario, double lat, double lon, double height, double distance,
                     double heading, double tilt, String captionJa, String captionEn, String notes,
                     List<LayerState> layers, Integer lod, String colourBy, double xray, boolean underground,
                     double flowTime, double playbackSpeed, List<String> annotations) {
        this(name, scenario, lat, lon, height, distance, heading, tilt, captionJa, captionEn, notes, layers, lod, colourBy,
                xray, underground, flowTime, playbackSpeed, annotations, null);
    }

    /** A camera-only viewpoint over a scenario (everything else as the viewer's defaults). */
    public static Viewpoint camera(String name, String scenario, double lat, double lon, double height, double distance,
                                   double heading, double tilt, String caption) {
        boolean japanese = caption != null && caption.codePoints().anyMatch(c -> c > 0x2E80);
        return new Viewpoint(name, scenario, lat, lon, height, distance, heading, tilt, japanese ? caption : null,
                japanese ? null : caption, null, List.of(), null, null, 1, false, Double.NaN, 1, null);
    }

    /** The caption to show: Japanese first, then English, joined by a line break when both are set. */
    public String caption() {
        if (captionJa != null && captionEn != null) return captionJa + "\n" + captionEn;
        return captionJa != null ? captionJa : captionEn != null ? captionEn : "";
    }

    public Viewpoint renamed(String newName) {
        return new Viewpoint(newName, scenario, lat, lon, height, distance, heading, tilt, captionJa, captionEn, notes,
                layers, lod, colourBy, xray, underground, flowTime, playbackSpeed, annotations, excavation);
    }

    public Viewpoint withExcavation(Pit pit) {
        return new Viewpoint(name, scenario, lat, lon, height, distance, heading, tilt, captionJa, captionEn, notes,
                layers, lod, colourBy, xray, underground, flowTime, playbackSpeed, annotations, pit);
    }
}
