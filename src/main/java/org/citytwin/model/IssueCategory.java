package org.citytwin.model;

/** What kind of problem a {@link LoadIssue} reports; the data-quality report counts per category. */
public enum IssueCategory {
    /** The file itself: unreadable, not XML, not CityGML, truncated, refused (DOCTYPE). */
    FILE,
    UNKNOWN_CRS,
    INVALID_RING,
    NON_PLANAR_RING,
    SELF_INTERSECTING_RING,
    DUPLICATE_POINTS,
    EMPTY_GEOMETRY,
    NO_GEOMETRY,
    UNRESOLVED_XLINK,
    MISSING_TEXTURE,
    UNKNOWN_ADE,
    UNSUPPORTED_FEATURE,
    /** An attribute value that cannot be right (0 or metre-scale pipe diameters, placeholder dates); a default is used. */
    IMPLAUSIBLE_VALUE,
    /** A reference (texture, code list, xlink) whose target lies outside the dataset root: not opened, not checked. */
    OUTSIDE_DATASET,
    /** A texture image refused or not decoded: oversized (image bomb), over the texture-memory budget, corrupt. */
    TEXTURE_REFUSED,
    /** Two objects share one gml:id; both are kept. */
    DUPLICATE_ID,
    /** Coordinates read in another axis order than the CRS declares (e.g. lon-lat in a lat-first CRS). */
    AXIS_ORDER,
    /** Coordinates outside the CRS's area of use, non-finite or absurd; the ring or sample is dropped or flagged. */
    INVALID_COORDINATE,
    /** The declared encoding does not fit the bytes, or the bytes are not valid in it. */
    ENCODING,
    /** A non-standard property read because its meaning is unambiguous (e.g. lod2MultiSurface on a WaterBody). */
    NON_STANDARD,
    OTHER
}
