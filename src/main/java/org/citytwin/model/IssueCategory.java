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
    OTHER
}
