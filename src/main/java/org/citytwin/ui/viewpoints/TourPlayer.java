package org.citytwin.ui.viewpoints;

import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.util.Duration;

/**
 * Plays a tour by itself: at each stop it waits the stop's flight time plus its dwell time, then goes on to the next
 * stop; it stops playing after the last one. A stop reached by hand (a clicker) restarts the wait there. FX thread.
 */
public final class TourPlayer {

    /** Runs {@code then} once {@code time} has passed; the returned handle cancels it. */
    interface Clock {
        Runnable after(Duration time, Runnable then);
    }

    /** The FX animation clock: a {@link PauseTransition} per wait. */
    static final Clock ANIMATION = (time, then) -> {
        PauseTransition wait = new PauseTransition(time);
        wait.setOnFinished(e -> then.run());
        wait.play();
        return wait::stop;
    };

    private final PresenterModel model;
    private final Clock clock;
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing", false);
    private Runnable cancelWait;

    public TourPlayer(PresenterModel model) {
        this(model, ANIMATION);
    }

    /** A player whose waits run on {@code clock} (tests drive it by hand). */
    TourPlayer(PresenterModel model, Clock clock) {
        this.model = model;
        this.clock = clock;
        model.indexProperty().addListener((o, a, b) -> {
            if (playing.get()) schedule();
        });
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    public boolean isPlaying() {
        return playing.get();
    }

    /** Starts playing from the current stop (P, or the console's play button). */
    public void play() {
        if (model.current() == null) return;
        playing.set(true);
        schedule();
    }

    public void pause() {
        playing.set(false);
        cancel();
    }

    public void toggle() {
        if (playing.get()) pause();
        else play();
    }

    private void schedule() {
        cancel();
        PresenterModel.Stop stop = model.current();
        if (stop == null) return;
        cancelWait = clock.after(Duration.seconds(stop.stop().flightSeconds() + stop.stop().dwellSeconds()), () -> {
            cancelWait = null;
            if (!model.forward()) pause(); // the last stop: the tour is over
        });
    }

    private void cancel() {
        if (cancelWait != null) cancelWait.run();
        cancelWait = null;
    }
}
