package org.citytwin.flow;

import java.util.Arrays;
import org.citytwin.model.Envelope;

/**
 * People per square metre on a regular grid, one layer per {@link FlowLevels level}: agents are binned by
 * (x, y) into square cells and by elevation into levels. Frames added over a time window are averaged, so the
 * heat map shows how crowded a cell was on average over the window. Not thread-safe (one consumer).
 */
public final class DensityGrid {
    private final double originX;
    private final double originY;
    private final double cellSize;
    private final int cols;
    private final int rows;
    private final FlowLevels levels;
    private final float[][] counts;
    private int frames;
    private long outside;

    /**
     * @param originX  west edge of column 0 (local metres)
     * @param originY  south edge of row 0
     * @param cellSize cell edge (metres)
     */
    public DensityGrid(double originX, double originY, double cellSize, int cols, int rows, FlowLevels levels) {
        if (!(cellSize > 0) || cols <= 0 || rows <= 0) {
            throw new IllegalArgumentException("grid needs a positive cell size and size, got cell " + cellSize
                    + " m, " + cols + " x " + rows);
        }
        this.originX = originX;
        this.originY = originY;
        this.cellSize = cellSize;
        this.cols = cols;
        this.rows = rows;
        this.levels = levels;
        this.counts = new float[levels.count()][cols * rows];
    }

    /** A grid covering {@code bounds} (e.g. the store's or the city's) with cells of {@code cellSize} metres. */
    public static DensityGrid covering(Envelope bounds, double cellSize, FlowLevels levels) {
        int cols = Math.max(1, (int) Math.ceil(bounds.width() / cellSize + 1e-9));
        int rows = Math.max(1, (int) Math.ceil(bounds.depth() / cellSize + 1e-9));
        // the max edge belongs to the last cell
        if (bounds.minX() + cols * cellSize <= bounds.maxX()) cols++;
        if (bounds.minY() + rows * cellSize <= bounds.maxY()) rows++;
        return new DensityGrid(bounds.minX(), bounds.minY(), cellSize, cols, rows, levels);
    }

    /** Forgets every frame (the window moved or the clock jumped). */
    public void clear() {
        for (float[] layer : counts) Arrays.fill(layer, 0f);
        frames = 0;
        outside = 0;
    }

    /** Adds every agent of one frame and counts the frame for averaging. */
    public void addFrame(AgentFrame frame) {
        double[] x = frame.x();
        double[] y = frame.y();
        double[] z = frame.z();
        for (int i = 0, n = frame.count(); i < n; i++) add(x[i], y[i], z[i]);
        frames++;
    }

    /** Adds one agent position (without counting a frame). */
    public void add(double x, double y, double z) {
        int c = (int) Math.floor((x - originX) / cellSize);
        int r = (int) Math.floor((y - originY) / cellSize);
        if (c < 0 || r < 0 || c >= cols || r >= rows) {
            outside++;
            return;
        }
        counts[levels.levelOf(z)][r * cols + c]++;
    }

    /** Agents summed over the added frames in a cell. */
    public double count(int level, int col, int row) {
        return counts[level][row * cols + col];
    }

    /** Mean people per m² in a cell over the frames added (the raw count per m² when no frame was counted). */
    public double density(int level, int col, int row) {
        return count(level, col, row) / Math.max(1, frames) / (cellSize * cellSize);
    }

    /** The highest density of a level (for colour scaling). */
    public double maxDensity(int level) {
        float max = 0;
        for (float v : counts[level]) max = Math.max(max, v);
        return max / Math.max(1, frames) / (cellSize * cellSize);
    }

    /** Raw counts of one level, row-major (index row * cols + col); read-only by contract, no copy. */
    public float[] layer(int level) {
        return counts[level];
    }

    /** Positions added that fell outside the grid. */
    public long outside() {
        return outside;
    }

    public int frames() {
        return frames;
    }

    public int cols() {
        return cols;
    }

    public int rows() {
        return rows;
    }

    public double cellSize() {
        return cellSize;
    }

    public double originX() {
        return originX;
    }

    public double originY() {
        return originY;
    }

    public FlowLevels levels() {
        return levels;
    }
}
