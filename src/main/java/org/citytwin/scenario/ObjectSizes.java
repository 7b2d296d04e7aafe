package org.citytwin.scenario;

import java.util.OptionalDouble;
import org.citytwin.model.Attribute;
import org.citytwin.model.CityObject;
import org.citytwin.model.GeometryMetrics;
import org.citytwin.model.MeasuredHeight;
import org.locationtech.jts.geom.Geometry;

/**
 * What planners compare of a building: height (measured if stated, else from the geometry), footprint area,
 * volume (closed solids only, else NaN) and storeys above ground (NaN when not stated).
 */
public record ObjectSizes(double height, double footprint, double volume, double storeys) {

    /** The typical storey height used when a building states no storey count (gross floor area estimate). */
    public static final double STOREY_HEIGHT = 3.0;

    public static ObjectSizes of(CityObject object, Geometry plan) {
        GeometryMetrics metrics = GeometryMetrics.of(object.displayMesh());
        OptionalDouble measured = MeasuredHeight.of(object);
        double height = measured.isPresent() ? measured.getAsDouble() : metrics.height();
        return new ObjectSizes(height, plan.getArea(), metrics.volume().orElse(Double.NaN), storeys(object));
    }

    /** Footprint × storeys, or × height / 3 m when the storeys are not stated. */
    public double grossFloorArea() {
        double floors = Double.isNaN(storeys) ? Math.max(1, Math.floor(height / STOREY_HEIGHT)) : storeys;
        return footprint * floors;
    }

    private static double storeys(CityObject object) {
        Attribute a = object.attribute("bldg:storeysAboveGround");
        if (a == null || a.value() == null) return Double.NaN;
        try {
            return Double.parseDouble(a.value().strip());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
