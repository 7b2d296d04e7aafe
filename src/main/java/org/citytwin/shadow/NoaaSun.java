package org.citytwin.shadow;

import java.time.Instant;
import org.citytwin.geo.SunPosition;

/** The shadow engine's sun: NOAA's solar position algorithm ({@link SunPosition}), the same as the `sun` command. */
public final class NoaaSun implements SunDirections {

    @Override
    public Direction at(Instant instant, double latitude, double longitude) {
        SunPosition.Sun s = SunPosition.at(latitude, longitude, instant);
        return new Direction(s.azimuth(), s.elevation());
    }

    @Override
    public double equationOfTimeMinutes(Instant instant) {
        return SunPosition.at(0, 0, instant).equationOfTime(); // the same everywhere on Earth at one instant
    }
}
