package org.citytwin.ui.load;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ProgressPacerTest {
    private static final long MS = 1_000_000L;

    @Test
    void theFirstStepThenOneStepPerIntervalAndAlwaysTheLast() {
        ProgressPacer pacer = new ProgressPacer(500 * MS);
        assertTrue(pacer.due(1_000 * MS, 10, 1000), "the first step shows the bar");
        assertFalse(pacer.due(1_100 * MS, 20, 1000));
        assertFalse(pacer.due(1_499 * MS, 30, 1000));
        assertTrue(pacer.due(1_500 * MS, 40, 1000), "half a second later");
        assertFalse(pacer.due(1_600 * MS, 50, 1000));
        assertTrue(pacer.due(1_601 * MS, 1000, 1000), "the last step, however soon");
    }
}
