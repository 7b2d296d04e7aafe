package org.citytwin.scenario;

import java.util.List;
import java.util.Objects;

/** An ordered walk through viewpoints: per stop the flight time to it and how long it stays. Immutable. */
public record Tour(String name, List<Stop> stops) {

    /** @param viewpoint the name of a viewpoint of the project */
    public record Stop(String viewpoint, double flightSeconds, double dwellSeconds) {
        public Stop {
            Objects.requireNonNull(viewpoint, "viewpoint");
            if (!(flightSeconds >= 0) || !(dwellSeconds >= 0)) {
                throw new IllegalArgumentException("A tour stop's flight and dwell times are 0 or more seconds");
            }
        }
    }

    public static final double DEFAULT_FLIGHT = 3, DEFAULT_DWELL = 8;

    public Tour {
        Objects.requireNonNull(name, "name");
        stops = List.copyOf(stops);
    }

    /** The tour that visits every viewpoint in the project's order (what `tour` renders when no tour is stored). */
    public static Tour ofAll(List<Viewpoint> viewpoints) {
        return new Tour("all viewpoints", viewpoints.stream().map(v -> new Stop(v.name(), DEFAULT_FLIGHT, DEFAULT_DWELL)).toList());
    }
}
