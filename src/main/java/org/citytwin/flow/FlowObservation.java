package org.citytwin.flow;

/**
 * An aggregated observation for a zone or gate over an interval: a count, an occupancy or a density
 * (SensorThings Observations, FIWARE CrowdFlowObserved, gate counts).
 *
 * @param zoneId     the zone, gate or datastream it belongs to
 * @param zoneName   a readable name, null when unknown
 * @param startMillis interval start (epoch ms)
 * @param endMillis  interval end (epoch ms); equal to start for an instant
 * @param quantity   what was measured
 * @param value      the number
 * @param x          zone location east in the local frame, NaN when the zone is configured elsewhere
 * @param y          zone location north, NaN when unknown
 * @param z          zone location elevation, NaN when unknown
 */
public record FlowObservation(String zoneId, String zoneName, long startMillis, long endMillis, Quantity quantity,
                              double value, double x, double y, double z) {

    /** What an aggregated observation measures. */
    public enum Quantity { COUNT, OCCUPANCY, DENSITY }
}
