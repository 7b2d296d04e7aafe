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

    private final PresenterModel model;
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing", false);
    private PauseTransition wait;

    public TourPlayer(PresenterModel model) {
        this.model = model;
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
        wait = new PauseTransition(Duration.seconds(stop.stop().flightSeconds() + stop.stop().dwellSeconds()));
        wait.setOnFinished(e -> {
            if (!model.forward()) pause(); // the last stop: the tour is over
        });
        wait.play();
    }

    private void cancel() {
        if (wait != null) wait.stop();
        wait = null;
    }
}
