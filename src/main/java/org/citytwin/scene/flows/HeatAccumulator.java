package org.citytwin.scene.flows;

import java.util.Arrays;
import org.citytwin.flow.DensityGrid;

/**
 * A running heat map: each drawn frame's counts are folded in and older ones fade by exp(−Δt / window), so the map
 * follows the time window while playing at the cost of binning the one frame already computed (no extra frames
 * sampled). A jump back in time or beyond the window starts afresh.
 */
final class HeatAccumulator {
    private float[][] sums = new float[0][];
    private double weight;
    private long lastTime = Long.MIN_VALUE;

    void reset() {
        for (float[] s : sums) Arrays.fill(s, 0f);
        weight = 0;
        lastTime = Long.MIN_VALUE;
    }

    /**
     * Starts over from {@code sampled}, a grid of frames sampled over the whole window ending at {@code t}: after
     * a jump (scrubbing, the first draw) the map shows the window at once instead of the one frame after the jump.
     */
    void seed(DensityGrid sampled, long t) {
        int levels = sampled.levels().count(), cells = sampled.cols() * sampled.rows();
        if (sums.length != levels || sums[0].length != cells) sums = new float[levels][cells];
        for (int l = 0; l < levels; l++) System.arraycopy(sampled.layer(l), 0, sums[l], 0, cells);
        weight = Math.max(1, sampled.frames());
        lastTime = t;
    }

    /** Time of the last frame folded in, {@link Long#MIN_VALUE} when none. */
    long lastTime() {
        return lastTime;
    }

    /** Folds in {@code oneFrame} (a grid holding exactly one frame at time t). */
    void add(DensityGrid oneFrame, long t, long window) {
        int levels = oneFrame.levels().count(), cells = oneFrame.cols() * oneFrame.rows();
        if (sums.length != levels || sums[0].length != cells) {
            sums = new float[levels][cells];
            weight = 0;
            lastTime = Long.MIN_VALUE;
        }
        if (t == lastTime) return;
        if (lastTime != Long.MIN_VALUE && (t < lastTime || t - lastTime > window)) reset();
        float k = lastTime == Long.MIN_VALUE ? 0f : (float) Math.exp(-(t - lastTime) / (double) window);
        for (int l = 0; l < levels; l++) {
            float[] s = sums[l], add = oneFrame.layer(l);
            for (int i = 0; i < cells; i++) s[i] = s[i] * k + add[i];
        }
        weight = weight * k + 1;
        lastTime = t;
    }

    /** Mean people per m² of cell i on a level, over the faded frames. */
    float density(int level, int cell, double cellArea) {
        return weight == 0 ? 0 : (float) (sums[level][cell] / (weight * cellArea));
    }
}
