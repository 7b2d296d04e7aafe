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
        assertEquals(320, scale.budgetMs(10), 1e-9, "10 ms × 32, under a fifth of 2 s");
        scale.reset();
        scale.pulse(10_000 * MS);
        assertEquals(1, scale.factor(), 1e-9, "the idle time before feeding again is no frame");
    }

    @Test
    void theFrameAfterAFeedingPulseCountsUntilTheNextOne() {
        FrameCostScale scale = new FrameCostScale();
        scale.pulse(1_000 * MS);
        scale.fed();
        scale.pulse(1_600 * MS); // the frame that drew the new tiles: 600 ms
        scale.pulse(1_617 * MS); // then a pulse with nothing to redraw
        assertEquals(12, scale.factor(), 1e-9, "the cheap pulse after it says nothing about drawing the scene");
        assertEquals(120, scale.budgetMs(10), 1e-9);
        scale.fed();
        scale.pulse(1_717 * MS); // the next feed's frame was 100 ms
        assertEquals(2, scale.factor(), 1e-9);
    }
}
