package org.citytwin.ui.viewpoints;

import org.citytwin.text.Texts;

import java.util.function.BiConsumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.citytwin.scenario.Presentation;
import org.citytwin.scenario.Viewpoint;

/**
 * Plays the project's tour in the main window, without the presenter: the same {@link PresenterModel} and
 * {@link TourPlayer} as presenter mode, each stop reached by flying there in its flight time. The stops are taken from
 * the project when play/next/previous is pressed; a tour edited meanwhile pauses playing and starts over. FX thread.
 */
public final class TourPlayback {
    private final ViewpointsViewModel vm;
    private final BiConsumer<Viewpoint, javafx.util.Duration> go;
    private final java.util.function.Consumer<String> status;
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing", false);
    private final ReadOnlyStringWrapper stopText = new ReadOnlyStringWrapper(this, "stopText", "");
    private PresenterModel model;
    private TourPlayer player;
    private Presentation builtFrom;

    /** @param go applies a viewpoint, flying there in the given time; @param status shows a one-line message */
    public TourPlayback(ViewpointsViewModel vm, BiConsumer<Viewpoint, javafx.util.Duration> go,
            java.util.function.Consumer<String> status) {
        this.vm = vm;
        this.go = go;
        this.status = status;
        vm.project().revisionProperty().addListener((o, a, b) -> {
            if (model != null && !sameTour(vm.project().project().presentation())) drop();
        });
    }

    public ReadOnlyBooleanProperty playingProperty() { return playing.getReadOnlyProperty(); }
    public boolean isPlaying() { return playing.get(); }
    /** "Stop 2 of 3 · Overview", or empty before anything played. */
    public ReadOnlyStringProperty stopTextProperty() { return stopText.getReadOnlyProperty(); }
    /** The stops being played; null before play/next/previous. */
    public PresenterModel model() { return model; }

    /** Flies to the current stop and plays on from there; after the last stop it starts again at the first. */
    public void play() {
        if (!ensure()) return;
        if (model.next() == null && model.index() > 0) model.goTo(0); // the tour ended: from the top (flies there)
        else show();
        player.play();
    }

    public void pause() {
        if (player != null) player.pause();
    }

    public void next() {
        if (ensure()) model.forward();
    }

    public void previous() {
        if (ensure()) model.back();
    }

    private boolean ensure() {
        Presentation now = vm.project().project().presentation();
        if (model != null && sameTour(now)) return true;
        drop();
        PresenterModel m = PresenterModel.of(now);
        if (m.stops().isEmpty()) {
            status.accept(Texts.get("viewpoints.tour.empty"));
            return false;
        }
        model = m;
        builtFrom = now;
        player = new TourPlayer(m);
        playing.bind(player.playingProperty());
        m.indexProperty().addListener((o, a, b) -> show());
        return true;
    }

    private boolean sameTour(Presentation now) {
        return builtFrom != null && now.tour().equals(builtFrom.tour()) && now.viewpoints().equals(builtFrom.viewpoints());
    }

    private void drop() {
        if (player != null) player.pause();
        playing.unbind();
        playing.set(false);
        model = null;
        player = null;
        builtFrom = null;
    }

    private void show() {
        PresenterModel.Stop s = model.current();
        if (s == null) return;
        stopText.set(Texts.get("viewpoints.tour.stop", model.index() + 1, model.stops().size(), s.viewpoint().name()));
        go.accept(s.viewpoint(), javafx.util.Duration.seconds(s.stop().flightSeconds()));
    }
}
