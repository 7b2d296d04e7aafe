package org.citytwin.geo;

import org.apache.sis.referencing.CRS;
import org.opengis.metadata.extent.Extent;
import org.opengis.metadata.extent.GeographicBoundingBox;
import org.opengis.referencing.crs.CoordinateReferenceSystem;

/** Reads EPSG's area of use of a CRS from SIS's metadata. */
final class AreaOfUses {
    /** EPSG descriptions can list every country of a continent: keep messages short. */
    private static final int MAX_DESCRIPTION = 80;

    private AreaOfUses() {
    }

    /** The area of use, or null when SIS knows none. */
    static AreaOfUse of(CoordinateReferenceSystem crs) {
        GeographicBoundingBox box = CRS.getGeographicBoundingBox(crs);
        if (box == null) return null;
        return new AreaOfUse(box.getWestBoundLongitude(), box.getEastBoundLongitude(),
                box.getSouthBoundLatitude(), box.getNorthBoundLatitude(), description(crs));
    }

    @SuppressWarnings("deprecation") // getDomains() needs GeoAPI 3.1; this one is what SIS 1.5 fills
    private static String description(CoordinateReferenceSystem crs) {
        Extent extent = crs.getDomainOfValidity();
        if (extent == null || extent.getDescription() == null) return null;
        String text = extent.getDescription().toString().strip();
        if (text.length() <= MAX_DESCRIPTION) return text;
        int colon = text.indexOf(':');
        return colon > 0 && colon <= MAX_DESCRIPTION ? text.substring(0, colon) : null;
    }
}
