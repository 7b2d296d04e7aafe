package org.citytwin.scenario;

/**
 * One change a scenario makes to the data as loaded ("base"). Edits are values: a scenario is an ordered list of
 * them, replayed over base, so undo is dropping the last one and a project file stores exactly what the user did.
 */
public sealed interface Edit permits Edit.Demolish, Edit.ChangeHeight, Edit.PlaceModel, Edit.SetAttribute {

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

    /** Sets (or with a null value removes) one attribute of an object, e.g. the usage of a proposal. */
    record SetAttribute(String target, String name, String value) implements Edit {
        public String op() {
            return "attribute";
        }
    }
}
