package org.citytwin.ui.load;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;

/**
 * Runs a list of FX-thread steps one per event, so pulses (rendering, input) come between them instead of after all of
 * them: the steps after a load (layers, inspector index, painters) each take a while on a big city. Remembers how long
 * each step of the last run took (bench --pulses prints the longest). FX thread.
 */
public final class FxSteps {
    /** One step: a name for the timings and its work. */
    public record Step(String name, Runnable work) {
    }

    /** How long a step of the last run took. */
    public record Timing(String name, double ms) {
    }

    private final List<Timing> timings = new ArrayList<>();

    /** Runs the steps in order, each in its own FX event, then {@code done}. */
    public void run(List<Step> steps, Runnable done) {
        timings.clear();
        next(List.copyOf(steps), 0, done);
    }

    private void next(List<Step> steps, int i, Runnable done) {
        if (i == steps.size()) {
            done.run();
            return;
        }
        Platform.runLater(() -> {
            long t0 = System.nanoTime();
            steps.get(i).work().run();
            timings.add(new Timing(steps.get(i).name(), (System.nanoTime() - t0) / 1e6));
            next(steps, i + 1, done);
        });
    }

    /** The steps of the last run so far, with their times. */
    public List<Timing> timings() {
        return List.copyOf(timings);
    }

    /** The longest step of the last run, or null before any. */
    public Timing longest() {
        return timings.stream().max(java.util.Comparator.comparingDouble(Timing::ms)).orElse(null);
    }
}
