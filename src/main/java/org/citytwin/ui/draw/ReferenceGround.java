package org.citytwin.ui.draw;

import java.util.List;
import org.citytwin.model.CityObject;
import org.citytwin.model.Envelope;
import org.citytwin.underground.GroundModel;

/** Where the ground is when a click hits nothing: the ground model's typical elevation, else the data's base. */
public final class ReferenceGround {

    private ReferenceGround() {
    }

    public static double of(GroundModel ground, Envelope bounds) {
        double z = ground.automaticElevation();
        if (!Double.isNaN(z)) return z;
        return bounds == null || bounds.isEmpty() ? 0 : bounds.minZ();
    }

    /** The same for objects not in a scene: the ground their utilities state. */
    public static double of(List<CityObject> objects, Envelope bounds) {
        return of(GroundModel.of(List.of(), objects), bounds);
    }
}
