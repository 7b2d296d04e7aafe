package org.citytwin.geo;

/** Placeholder until the geo package lands. */
public final class CrsResolver {
}
