package org.citytwin.thematic;

/** How numeric values are split into classes. */
public enum ClassBreaks {
    /** Classes of equal width between the minimum and the maximum. */
    EQUAL_INTERVAL,
    /** Classes holding (about) the same number of objects. */
    QUANTILE
}
