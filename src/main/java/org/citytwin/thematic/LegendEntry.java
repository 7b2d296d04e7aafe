package org.citytwin.thematic;

/** One class of a thematic map: its colour (0xRRGGBB), label and how many objects fall in it. */
public record LegendEntry(int rgb, String label, int count) {
}
