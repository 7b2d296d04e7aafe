package org.citytwin.scene.flows;

/**
 * Density of one floor level as a grid, ready to draw: cell (col, row) covers
 * [minX + col·cell, +cell) × [minY + row·cell, +cell) at {@code elevation}; values are people per m².
 *
 * @param elevation floor height in the local frame (the street, or a concourse ~21 m below)
 * @param values    row-major, {@code cols × rows}, row 0 at minY (south)
 */
public record HeatLevel(double elevation, double minX, double minY, double cell, int cols, int rows, float[] values) {

    public HeatLevel {
        if (cols <= 0 || rows <= 0 || values.length < cols * rows) {
            throw new IllegalArgumentException("Heat level needs cols × rows values, got " + cols + " × " + rows
                    + " for " + values.length);
        }
    }

    public float at(int col, int row) { return values[row * cols + col]; }
}
