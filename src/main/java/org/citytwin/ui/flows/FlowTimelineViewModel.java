package org.citytwin.ui.flows;

import org.citytwin.text.Texts;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import org.citytwin.flow.FlowClock;

/**
 * The timeline's state as properties over the one {@link FlowClock}: position (seconds from the range start, for the
 * slider), playing, speed, loop, the trail/heat window, live and its latency. User edits go to the clock; the clock's
 * state comes back through {@link #sync()}, which the frame timer calls once per frame. Testable without a window.
 */
public final class FlowTimelineViewModel {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("HH:mm");
    private final FlowClock clock;
    private final ZoneId zone;
    private final ReadOnlyDoubleWrapper duration = new ReadOnlyDoubleWrapper(0);
    private final DoubleProperty position = new SimpleDoubleProperty(0);
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(false);
    private final DoubleProperty rate = new SimpleDoubleProperty(1);
    private final BooleanProperty looping = new SimpleBooleanProperty(false);
    private final DoubleProperty windowSeconds = new SimpleDoubleProperty(30);
    private final BooleanProperty live = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper timeText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper latencyText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper hasData = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper relative = new ReadOnlyBooleanWrapper(false);
    private boolean syncing;

    public FlowTimelineViewModel(FlowClock clock, ZoneId zone) {
        this.clock = clock;
        this.zone = zone;
        position.addListener((o, a, b) -> {
            if (!syncing) clock.seek(clock.rangeStart() + Math.round(b.doubleValue() * 1000));
        });
        rate.addListener((o, a, b) -> {
            if (!syncing) clock.setRate(b.doubleValue());
        });
        looping.addListener((o, a, b) -> {
            if (!syncing) clock.setLooping(b);
        });
        windowSeconds.addListener((o, a, b) -> {
            if (!syncing) clock.setWindowMillis(Math.round(b.doubleValue() * 1000));
        });
        live.addListener((o, a, b) -> {
            if (!syncing) clock.setLive(b);
        });
        sync();
    }

    public FlowClock clock() { return clock; }

    /** The data's span in seconds (slider maximum); 0 without data. */
    public ReadOnlyDoubleProperty durationProperty() { return duration.getReadOnlyProperty(); }
    /** Seconds from the range start; setting it scrubs. */
    public DoubleProperty positionProperty() { return position; }
    public ReadOnlyBooleanProperty playingProperty() { return playing.getReadOnlyProperty(); }
    public DoubleProperty rateProperty() { return rate; }
    public BooleanProperty loopingProperty() { return looping; }
    public DoubleProperty windowSecondsProperty() { return windowSeconds; }
    public BooleanProperty liveProperty() { return live; }
    public ReadOnlyStringProperty timeTextProperty() { return timeText.getReadOnlyProperty(); }
    /** "latency 120 ms" while live with a measured feed, else empty. */
    public ReadOnlyStringProperty latencyTextProperty() { return latencyText.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty hasDataProperty() { return hasData.getReadOnlyProperty(); }
    /**
     * True when every layer shown is timed from its own start (lab trajectories with frame numbers, no date): the
     * clock reads t = 0 … duration as mm:ss instead of a date in 1970.
     */
    public ReadOnlyBooleanProperty relativeProperty() { return relative.getReadOnlyProperty(); }

    /** Switches between a relative clock (mm:ss from t = 0) and the dated one. */
    public void setRelative(boolean on) {
        relative.set(on);
        sync();
    }

    /** The text of an instant in this clock: a date and time, or mm:ss from t = 0 on a relative clock. */
    public String timeText(long millis) {
        return relative.get() ? relativeText(millis) : TIME.format(Instant.ofEpochMilli(millis).atZone(zone));
    }

    /** Short text of a minute's start (chart axes): HH:mm, or m:ss on a relative clock. */
    public String minuteLabel(long millis) {
        return relative.get() ? relativeText(millis) : MINUTE.format(Instant.ofEpochMilli(millis).atZone(zone));
    }

    /** mm:ss (h:mm:ss past an hour) of a time from t = 0; negative times keep their sign. */
    static String relativeText(long millis) {
        long s = Math.floorDiv(Math.abs(millis), 1000);
        String sign = millis < 0 ? "-" : "";
        return s >= 3600 ? String.format(java.util.Locale.ROOT, "%s%d:%02d:%02d", sign, s / 3600, s / 60 % 60, s % 60)
                : String.format(java.util.Locale.ROOT, "%s%02d:%02d", sign, s / 60, s % 60);
    }

    public void togglePlay() {
        if (clock.isPlaying()) clock.pause();
        else clock.play();
        sync();
    }

    /** The data now spans [start, end] (epoch ms): the slider covers it; the clock goes to start if it was outside. */
    public void setRange(long start, long end) {
        boolean first = !hasData.get();
        clock.setRange(start, end);
        if (first || clock.timeMillis() < start || clock.timeMillis() > end) {
            if (!clock.isLive()) clock.seek(start);
        }
        hasData.set(true);
        sync();
    }

    /** Copies the clock's state into the properties (once per frame). */
    public void sync() {
        syncing = true;
        try {
            boolean ranged = clock.rangeStart() != Long.MIN_VALUE && clock.rangeEnd() != Long.MAX_VALUE;
            duration.set(ranged ? Math.max(0, (clock.rangeEnd() - clock.rangeStart()) / 1000.0) : 0);
            position.set(ranged ? (clock.timeMillis() - clock.rangeStart()) / 1000.0 : 0);
            playing.set(clock.isPlaying());
            rate.set(clock.rate());
            looping.set(clock.isLooping());
            windowSeconds.set(clock.windowMillis() / 1000.0);
            live.set(clock.isLive());
            timeText.set(hasData.get() || clock.isLive() ? timeText(clock.timeMillis()) : "");
            latencyText.set(clock.isLive() && clock.latencyMillis() > 0
                    ? Texts.get("flows.feed.latency", clock.latencyMillis()) : "");
        } finally {
            syncing = false;
        }
    }
}
