package org.citytwin.shadow;

import java.time.Instant;

/** Where the sun stands at an instant seen from a place; the shadow engine takes any source of these. */
public interface SunDirections {

    /** Azimuth in degrees clockwise from north, elevation in degrees above the horizon (negative below). */
    record Direction(double azimuth, double elevation) {
    }

    Direction at(Instant instant, double latitude, double longitude);

    /** Equation of time in minutes (true solar time minus mean solar time) at the instant. */
    double equationOfTimeMinutes(Instant instant);
}
