package org.citytwin.model;

/** Whether a utility's depth was stated in its attributes, derived by the viewer, or not known at all. */
public enum DepthSource {
    /** A depth attribute (depth, min/max depth, offset depth) states it. */
    MEASURED,
    /** Derived: from the geometry of another LOD, a neighbour, or a default. Drawn in a different style. */
    ESTIMATED,
    /** Neither stated nor derivable; the geometry is drawn as given. */
    UNKNOWN
}
