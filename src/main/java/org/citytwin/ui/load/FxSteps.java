package org.citytwin.ui.load;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;

/**
 * Runs a list of FX-thread steps one per event, so pulses (rendering, input) come between them instead of after all of
 * them: the steps after a load (layers, inspector index, painters) each take a while on a big city. A step may say
 * what it computes from the load alone ({@link Step#prepared}): that part runs on the background executor and only
 * the applying of its result takes an FX event, so a big city's indexes never freeze the window. Remembers how long
 * each step of the last run took on the FX thread (bench --pulses prints them). FX thread.
 */
public final class FxSteps {
    /** One step: a name for the timings, its pure computation (off the FX thread; null: none) and its FX work. */
    public record Step(String name, Supplier<?> prepare, Consumer<Object> apply) {
        public Step(String name, Runnable work) {
            this(name, null, ignored -> work.run());
        }

        /** A step whose {@code prepare} reads only immutable load data; {@code apply} gets its result on the FX thread. */
        @SuppressWarnings("unchecked")
        public static <T> Step prepared(String name, Supplier<T> prepare, Consumer<T> apply) {
            return new Step(name, prepare, o -> apply.accept((T) o));
        }
    }

    /** How long a step of the last run took on the FX thread. */
    public record Timing(String name, double ms) {
    }

    private final Executor background;
    private final List<Timing> timings = new ArrayList<>();

    /** Prepared steps compute on the FX thread too (tests, tools without a pool). */
    public FxSteps() {
        this(Runnable::run);
    }

    /** @param background where prepared steps compute (the load lane: it is idle once a load's tiles are in) */
    public FxSteps(Executor background) {
        this.background = background;
    }

    /** Runs the steps in order, each in its own FX event (after its preparation, if any), then {@code done}. */
    public void run(List<Step> steps, Runnable done) {
        timings.clear();
        next(List.copyOf(steps), 0, done);
    }

    private void next(List<Step> steps, int i, Runnable done) {
        if (i == steps.size()) {
            done.run();
            return;
        }
        Step step = steps.get(i);
        if (step.prepare() == null) {
            Platform.runLater(() -> apply(steps, i, null, done));
            return;
        }
        try {
            background.execute(() -> {
                Object prepared;
                try {
                    prepared = step.prepare().get();
                } catch (RuntimeException e) { // computed again on the FX thread, where it fails as an FX step would
                    Platform.runLater(() -> apply(steps, i, step.prepare().get(), done));
                    return;
                }
                Platform.runLater(() -> apply(steps, i, prepared, done));
            });
        } catch (java.util.concurrent.RejectedExecutionException closing) {
            Platform.runLater(() -> apply(steps, i, step.prepare().get(), done));
        }
    }

    private void apply(List<Step> steps, int i, Object prepared, Runnable done) {
        long t0 = System.nanoTime();
        steps.get(i).apply().accept(prepared);
        timings.add(new Timing(steps.get(i).name(), (System.nanoTime() - t0) / 1e6));
        next(steps, i + 1, done);
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
