package org.citytwin.scene.flows;

import java.util.ArrayList;
import java.util.List;
import org.citytwin.flow.AgentFrame;
import org.citytwin.flow.DensityGrid;
import org.citytwin.flow.FloorFinder;
import org.citytwin.flow.FlowLevels;
import org.citytwin.flow.FlowStore;
import org.citytwin.flow.TrailFrame;
import org.citytwin.model.Envelope;

/**
 * Draws a {@link FlowStore} at an instant into a {@link FlowLayer}: agents every call, trails and the heat map over
 * the time window ending at that instant. Frames and arrays are reused: after warm-up nothing is allocated per agent
 * per frame. The heat map is the costliest part (several frames binned) and is redrawn at most {@link #HEAT_HZ}
 * times a second of calls. FX thread only.
 */
public final class FlowRenderer {
    /** Heat map redraws per second of real time at most. */
    public static final double HEAT_HZ = 4;
    /** Frames sampled over the time window for the heat map average: one per second of window, within these bounds. */
    static final int MIN_HEAT_SAMPLES = 8, MAX_HEAT_SAMPLES = 60;
    static final double HEAT_CELL = 2.0;
    /** Data time between two draws beyond which the clock jumped (×60 at 30 draws a second moves 2 s). */
    static final long JUMP_MILLIS = 5_000;

    private final FlowStore store;
    private final FlowLayer layer;
    private final AgentFrame frame = new AgentFrame();
    private final AgentFrame heatFrame = new AgentFrame();
    private final TrailFrame trailFrame = new TrailFrame();
    private int[] colours = new int[0];
    private int[] colourOfAgent = new int[0]; // by store agent index: trails take their agent's colour
    private int[] trailStart = new int[0], trailLength = new int[0], trailColour = new int[0];
    private float[] age = new float[0];
    private AgentColouring colouring = AgentColouring.SPEED;
    private double streetElevation;
    private boolean trailsOn = true, heatOn = true;
    private DensityGrid grid;
    private Envelope heatArea;
    private long gridRevision = -1;
    private long lastHeatNanos = Long.MIN_VALUE;
    private final HeatAccumulator accumulator = new HeatAccumulator();
    /** Live data changes the store every frame: the grid (bounds, floors) is redone only after this many changes. */
    static final long REGRID_REVISIONS = 5000;

    public FlowRenderer(FlowStore store, FlowLayer layer) {
        this.store = store;
        this.layer = layer;
    }

    public void setColouring(AgentColouring c) { colouring = c; }
    public AgentColouring colouring() { return colouring; }
    /** Height of the street in the local frame: level colours and "underground" are relative to it. */
    public void setStreetElevation(double z) { streetElevation = z; }
    public void setTrailsVisible(boolean on) { trailsOn = on; layer.trails().node().setVisible(on); }
    public void setHeatVisible(boolean on) { heatOn = on; layer.heat().node().setVisible(on); }
    /**
     * Limits the heat map to an area (local frame), for finer cells where it matters; null covers all the data.
     * A recording spanning places kilometres apart otherwise gets cells too coarse to read.
     */
    public void setHeatArea(Envelope area) {
        heatArea = area;
        grid = null;
    }
    /** The agents of the last draw (read-only by contract). */
    public AgentFrame lastFrame() { return frame; }
    /** The levels the heat map uses (found from the data), null before the first heat draw. */
    public FlowLevels levels() { return grid == null ? null : grid.levels(); }

    /**
     * Draws the store at {@code timeMillis}; trails and heat cover [timeMillis − windowMillis, timeMillis].
     * {@code nowNanos} is real time, to pace the heat map; pass {@link Long#MAX_VALUE} to force it.
     */
    public void draw(long timeMillis, long windowMillis, long nowNanos) {
        store.frameAt(timeMillis, frame);
        int n = frame.count();
        if (n > 0) layer.anchorNear(frame.x()[0], frame.y()[0], frame.z()[0]);
        layer.fitAgentSizeToCamera();
        if (colours.length < n) colours = new int[Math.max(n, colours.length * 2)];
        if (colourOfAgent.length < store.agentCount()) colourOfAgent = new int[Math.max(store.agentCount(), colourOfAgent.length * 2)];
        for (int i = 0; i < n; i++) {
            colours[i] = colour(frame.speed()[i], frame.group()[i], frame.z()[i]);
            colourOfAgent[frame.agent()[i]] = colours[i];
        }
        layer.agents().update(n, frame.x(), frame.y(), frame.z(), colours);
        if (trailsOn) drawTrails(timeMillis, Math.max(1, windowMillis));
        if (heatOn) {
            if (nowNanos == Long.MAX_VALUE) {
                drawSampledHeat(timeMillis, Math.max(1, windowMillis));
            } else {
                long last = accumulator.lastTime();
                if (last == Long.MIN_VALUE || timeMillis < last || timeMillis - last > JUMP_MILLIS || grid == null) {
                    // first draw or a scrub: the whole window at once, then playback folds frames into it
                    drawSampledHeat(timeMillis, Math.max(1, windowMillis));
                    if (grid != null) accumulator.seed(grid, timeMillis);
                    lastHeatNanos = nowNanos;
                } else {
                    boolean due = nowNanos - lastHeatNanos > 1e9 / HEAT_HZ;
                    if (due) lastHeatNanos = nowNanos;
                    accumulateHeat(timeMillis, Math.max(1, windowMillis), due);
                }
            }
        }
    }

    private int colour(double speed, int group, double z) {
        return switch (colouring) {
            case SPEED -> FlowPalette.speedIndex(speed);
            case SOURCE -> FlowPalette.sourceIndex(group);
            case LEVEL -> FlowPalette.levelIndex(z - streetElevation);
        };
    }

    private void drawTrails(long t, long window) {
        store.trailsAt(t, window, trailFrame);
        int lines = trailFrame.count(), points = trailFrame.pointCount();
        if (trailStart.length < lines) {
            int cap = Math.max(lines, trailStart.length * 2);
            trailStart = new int[cap];
            trailLength = new int[cap];
            trailColour = new int[cap];
        }
        if (age.length < points) age = new float[Math.max(points, age.length * 2)];
        long[] time = trailFrame.time();
        for (int i = 0; i < points; i++) age[i] = (float) (t - time[i]) / window;
        for (int k = 0; k < lines; k++) {
            trailStart[k] = trailFrame.start(k);
            trailLength[k] = trailFrame.start(k + 1) - trailFrame.start(k);
            int a = trailFrame.agent(k);
            // in the agent's colour now; an agent gone from the frame keeps the colour it last had
            trailColour[k] = a < colourOfAgent.length ? colourOfAgent[a] : FlowPalette.speedIndex(Double.NaN);
        }
        layer.trails().update(lines, trailStart, trailLength, trailFrame.x(), trailFrame.y(), trailFrame.z(), age, trailColour);
    }

    /** While playing: the frame just drawn is binned and folded into the running map; painted ≤ HEAT_HZ. */
    private void accumulateHeat(long t, long window, boolean paint) {
        if (store.isEmpty()) {
            layer.heat().show(List.of());
            return;
        }
        if (grid == null || store.revision() - gridRevision > REGRID_REVISIONS || store.revision() < gridRevision) {
            newGrid();
            accumulator.reset();
        }
        grid.clear();
        grid.addFrame(frame);
        accumulator.add(grid, t, window);
        if (!paint) return;
        showLevels((l, i) -> accumulator.density(l, i, grid.cellSize() * grid.cellSize()));
    }

    /** Once (a snapshot, a forced draw): frames sampled over the whole window, averaged. */
    private void drawSampledHeat(long t, long window) {
        if (store.isEmpty()) {
            layer.heat().show(List.of());
            return;
        }
        if (grid == null || gridRevision != store.revision()) newGrid(); // new data: maybe new bounds or floors
        grid.clear();
        // about one frame per second of window: walkers leave a continuous band, not a dotted line
        int samples = (int) Math.max(MIN_HEAT_SAMPLES, Math.min(MAX_HEAT_SAMPLES, window / 1000));
        for (int s = 0; s < samples; s++) {
            store.frameAt(t - window + window * s / (samples - 1), heatFrame);
            grid.addFrame(heatFrame);
        }
        double scale = 1.0 / (Math.max(1, grid.frames()) * grid.cellSize() * grid.cellSize());
        showLevels((l, i) -> (float) (grid.layer(l)[i] * scale));
    }

    private interface CellDensity {
        float at(int level, int cell);
    }

    private void showLevels(CellDensity cells) {
        List<HeatLevel> levels = new ArrayList<>();
        FlowLevels floors = grid.levels();
        int n = grid.cols() * grid.rows();
        for (int l = 0; l < floors.count(); l++) {
            float[] density = new float[n];
            boolean any = false;
            for (int i = 0; i < n; i++) {
                density[i] = cells.at(l, i);
                any |= density[i] > 0;
            }
            if (any) levels.add(new HeatLevel(floors.elevation(l), grid.originX(), grid.originY(), grid.cellSize(),
                    grid.cols(), grid.rows(), density));
        }
        layer.heat().show(levels);
    }

    /** A grid over the data's bounds with the floors found in a few frames spread over the whole recording. */
    private void newGrid() {
        gridRevision = store.revision();
        Envelope b = heatArea != null ? heatArea : store.bounds();
        List<AgentFrame> probes = new ArrayList<>();
        long start = store.startMillis(), end = store.endMillis();
        for (int s = 0; s < 12; s++) probes.add(store.frameAt(start + (end - start) * s / 11, new AgentFrame()));
        double cell = Math.max(HEAT_CELL, Math.max(b.maxX() - b.minX(), b.maxY() - b.minY()) / 256);
        grid = DensityGrid.covering(b, cell, FloorFinder.of(probes));
    }
}
