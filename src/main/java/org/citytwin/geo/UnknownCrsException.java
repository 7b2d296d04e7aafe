package org.citytwin.geo;

/**
 * An srsName that names a CRS this application cannot resolve. Checked on purpose: the loader must
 * report it and fall back to local metres instead of silently drawing the city in the wrong place.
 */
public final class UnknownCrsException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String srsName;
    private final String problem;

    public UnknownCrsException(String srsName, String problem, Throwable cause) {
        super("Unknown CRS '" + srsName + "': " + problem
                + ". Expected an EPSG code (e.g. EPSG:6697, urn:ogc:def:crs:EPSG::6697,"
                + " http://www.opengis.net/def/crs/EPSG/0/6697), a German AdV name such as"
                + " urn:adv:crs:ETRS89_UTM32*DE_DHHN2016_NH, or a local CRS reference such as #local-CRS",
                cause);
        this.srsName = srsName;
        this.problem = problem;
    }

    public UnknownCrsException(String srsName, String problem) {
        this(srsName, problem, null);
    }

    /** The srsName exactly as written in the file. */
    public String srsName() {
        return srsName;
    }

    /** What went wrong, without the srsName and the hint. */
    public String problem() {
        return problem;
    }
}
