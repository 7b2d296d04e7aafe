package org.citytwin.scene;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FrameCostScaleTest {
    private static final long MS = 1_000_000L;

    @Test
    void normalFramesKeepTheBaseShare() {
        FrameCostScale scale = new FrameCostScale();
        assertEquals(1, scale.factor(), 1e-9, "before a second pulse there is no gap");
        scale.pulse(1_000 * MS);
        scale.pulse(1_017 * MS);
        assertEquals(1, scale.factor(), 1e-9);
        assertEquals(10, scale.budgetMs(10), 1e-9);
    }

    @Test
    void slowFramesScaleTheShareWithinTheCapAndAFifthOfTheGap() {
        FrameCostScale scale = new FrameCostScale();
        scale.pulse(1_000 * MS);
        scale.pulse(1_200 * MS); // 200 ms frame: 4 normal frames' time
        assertEquals(4, scale.factor(), 1e-9);
        assertEquals(40, scale.budgetMs(10), 1e-9, "10 ms × 4, under a fifth of 200 ms");
        assertEquals(40, scale.budgetMs(30), 1e-9, "30 ms × 4 = 120 ms, held to a fifth of the 200 ms gap");
    }

    @Test
    void verySlowFramesStopAtTheCapAndResetForgetsTheGap() {
        FrameCostScale scale = new FrameCostScale();
        scale.pulse(1_000 * MS);
        scale.pulse(3_000 * MS); // 2 s: a stall
        assertEquals(FrameCostScale.MAX, scale.factor(), 1e-9);
        assertEquals(160, scale.budgetMs(10), 1e-9, "10 ms × 16, under a fifth of 2 s");
        scale.reset();
        scale.pulse(10_000 * MS);
        assertEquals(1, scale.factor(), 1e-9, "the idle time before feeding again is no frame");
    }
}
