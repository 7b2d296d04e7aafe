package org.citytwin.ui;

import java.util.Arrays;
import java.util.List;
import org.citytwin.model.CityObject;
import org.citytwin.model.Envelope;

/** Where the ground is when a click hits nothing: the median ground elevation the utilities state, else the data's base. */
final class ReferenceGround {

    private ReferenceGround() {
    }

    static double of(List<CityObject> objects, Envelope bounds) {
        double[] z = objects.stream().filter(o -> o.utility() != null).mapToDouble(o -> o.utility().groundElevation())
                .filter(v -> !Double.isNaN(v)).sorted().toArray();
        if (z.length > 0) return z[z.length / 2];
        return bounds == null || bounds.isEmpty() ? 0 : bounds.minZ();
    }
}
