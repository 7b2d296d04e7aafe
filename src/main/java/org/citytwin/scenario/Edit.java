package org.citytwin.scenario;

import java.util.List;

/**
 * One change a scenario makes to the data as loaded ("base"). Edits are values: a scenario is an ordered list of
 * them, replayed over base, so undo is dropping the last one and a project file stores exactly what the user did.
 */
public sealed interface Edit permits Edit.Demolish, Edit.ChangeHeight, Edit.PlaceModel, Edit.Sketch,
        Edit.SetAttribute {

    /** The operation name used in project files and on the command line. */
    String op();

    /** The object this edit acts on (for a placement: the id the placed object gets). */
    String target();

    /** Removes an object from the scenario; it shows as a ghost in "changes" colouring. */
    record Demolish(String target) implements Edit {
        public String op() {
            return "demolish";
        }
    }

    /** Rescales a building vertically from its lowest point so that it is {@code metres} tall. */
    record ChangeHeight(String target, double metres) implements Edit {
        public ChangeHeight {
            if (!(metres > 0) || Double.isInfinite(metres)) {
                throw new IllegalArgumentException("A new height must be a positive number of metres, was " + metres);
            }
        }

        public String op() {
            return "height";
        }
    }

    /**
     * Places a proposal model: {@code model} is a catalog id or a model file path; the base of the model sits at
     * (lat, lon) on the ground, or at {@code height} when given (NaN = snap to the ground).
     */
    record PlaceModel(String target, String model, double lat, double lon, double height, double heading, double scale)
            implements Edit {
        public PlaceModel {
            if (!(Math.abs(lat) <= 90) || !(Math.abs(lon) <= 180)) {
                throw new IllegalArgumentException("A placement needs a latitude within ±90 and a longitude within ±180,"
                        + " was " + lat + ", " + lon);
            }
            if (!(scale > 0) || Double.isInfinite(scale)) {
                throw new IllegalArgumentException("A model's scale must be a positive number, was " + scale);
            }
            if (!Double.isFinite(heading)) throw new IllegalArgumentException("A heading must be a number of degrees");
        }

        public String op() {
            return "place";
        }

        public boolean snapsToGround() {
            return Double.isNaN(height);
        }

        /** The same placement turned to another heading and scaled (a refused value throws, as the constructor does). */
        public PlaceModel turned(double newHeading, double newScale) {
            return new PlaceModel(target, model, lat, lon, height, newHeading, newScale);
        }

        /** The same placement at another position (the model moved with the mouse). */
        public PlaceModel movedTo(double newLat, double newLon) {
            return new PlaceModel(target, model, newLat, newLon, height, heading, scale);
        }
    }

    /** A point of a sketch's footprint, in degrees (the project file stays valid whatever the local frame). */
    record LatLon(double lat, double lon) {
        public LatLon {
            if (!(Math.abs(lat) <= 90) || !(Math.abs(lon) <= 180)) {
                throw new IllegalArgumentException("A sketch's footprint needs latitudes within ±90 and longitudes within"
                        + " ±180, was " + lat + ", " + lon);
            }
        }
    }

    /**
     * A proposal volume drawn by the planner: a box (its 4 corners), a cylinder (its centre and {@code radius} in
     * metres) or an extrusion of a polygon (its corners), {@code height} metres tall from {@code baseHeight}
     * (NaN = standing on the ground, like a placed model).
     */
    record Sketch(String target, String name, Shape shape, List<LatLon> footprint, double radius, double baseHeight,
                  double height) implements Edit {
        public enum Shape {
            BOX, CYLINDER, EXTRUSION;

            /** The spelling in project files and menus: "box", "cylinder", "extrusion". */
            public String key() {
                return name().toLowerCase(java.util.Locale.ROOT);
            }

            public static Shape of(String key) {
                for (Shape s : values()) if (s.key().equals(key)) return s;
                throw new IllegalArgumentException("unknown sketch shape '" + key + "' (expected box, cylinder or extrusion)");
            }
        }

        public Sketch {
            java.util.Objects.requireNonNull(shape, "shape");
            footprint = List.copyOf(footprint);
            int wanted = switch (shape) {
                case BOX -> 4;
                case CYLINDER -> 1;
                case EXTRUSION -> 3;
            };
            if (shape == Shape.EXTRUSION ? footprint.size() < wanted : footprint.size() != wanted) {
                throw new IllegalArgumentException("A " + shape.key() + " sketch needs " + (shape == Shape.EXTRUSION ? "at least " : "")
                        + wanted + (wanted == 1 ? " centre point" : " corners") + ", got " + footprint.size());
            }
            if (shape == Shape.CYLINDER && (!(radius > 0) || Double.isInfinite(radius))) {
                throw new IllegalArgumentException("A cylinder's radius must be a positive number of metres, was " + radius);
            }
            if (!(height > 0) || Double.isInfinite(height)) {
                throw new IllegalArgumentException("A sketch's height must be a positive number of metres, was " + height);
            }
            if (Double.isInfinite(baseHeight)) throw new IllegalArgumentException("A sketch's base height must be a number");
        }

        public String op() {
            return "sketch";
        }

        public boolean standsOnGround() {
            return Double.isNaN(baseHeight);
        }
    }

    /** Sets (or with a null value removes) one attribute of an object, e.g. the usage of a proposal. */
    record SetAttribute(String target, String name, String value) implements Edit {
        public String op() {
            return "attribute";
        }
    }
}
