package org.citytwin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The bench's heap figures see what a load keeps and what it only passed through. */
class HeapWatchTest {

    private static final long MB = 1 << 20;

    @Test
    void keptDataCountsAsRetainedAndGarbageOnlyAsInUse() {
        HeapWatch watch = HeapWatch.start();
        byte[][] kept = new byte[48][];
        for (int i = 0; i < kept.length; i++) kept[i] = new byte[(int) MB];
        long sink = 0;
        for (int i = 0; i < 400; i++) sink += new byte[(int) MB].length; // garbage, collected along the way
        HeapWatch.Figures f = watch.stop();

        assertThat(sink).isEqualTo(400 * MB);
        assertThat(kept[47]).hasSize((int) MB);
        assertThat(f.retained()).isGreaterThanOrEqualTo(48 * MB);
        assertThat(f.peakLive()).isGreaterThanOrEqualTo(f.retained());
        assertThat(f.peakInUse()).isGreaterThanOrEqualTo(f.peakLive());
        assertThat(f.sumOfPoolPeaks()).isGreaterThanOrEqualTo(48 * MB);
    }
}
