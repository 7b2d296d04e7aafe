package org.citytwin.ui.sun;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import javafx.animation.AnimationTimer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import org.citytwin.shadow.SunDirections;

/**
 * View → Sun without the controls: a date, a clock time of day in a time zone and a place give the sun's direction
 * (through a {@link SunDirections}, NOAA's in the app); "play a day" advances the clock. What the scene is lit by
 * ({@link #sceneSun}) is that direction while the sun light is on, and null (the studio light) while it is off.
 */
public final class SunViewModel {
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Tokyo");
    /** Tokyo Station: where the sun is computed for until data give a place. */
    static final double DEFAULT_LATITUDE = 35.6812, DEFAULT_LONGITUDE = 139.7671;
    /** Playing a day: simulated seconds per real second (one hour a second, a day in 24 s). */
    public static final double PLAY_RATE = 3600;
    /** Sunrise and sunset: the sun's upper limb on the horizon with standard refraction (NOAA's −0.833°). */
    static final double HORIZON = -0.833;
    /** Civil twilight ends when the sun is 6° below the horizon. */
    static final double CIVIL_TWILIGHT = -6;
    static final int MINUTES_PER_DAY = 1440;

    /** Whether the sun is up, in civil twilight, or down further. */
    public enum Daylight { DAY, TWILIGHT, NIGHT }

    /** Sunrise and sunset clock times on the date, each null where the sun does not cross the horizon that day. */
    public record RiseSet(LocalTime sunrise, LocalTime sunset, boolean upAllDay) {
    }

    private final SunDirections sun;
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>(this, "date");
    private final IntegerProperty minuteOfDay = new SimpleIntegerProperty(this, "minuteOfDay");
    private final ObjectProperty<ZoneId> zone = new SimpleObjectProperty<>(this, "zone", DEFAULT_ZONE);
    private final DoubleProperty latitude = new SimpleDoubleProperty(this, "latitude", DEFAULT_LATITUDE);
    private final DoubleProperty longitude = new SimpleDoubleProperty(this, "longitude", DEFAULT_LONGITUDE);
    private final BooleanProperty lightOn = new SimpleBooleanProperty(this, "lightOn", false);
    private final ReadOnlyObjectWrapper<SunDirections.Direction> direction = new ReadOnlyObjectWrapper<>(this, "direction");
    private final ReadOnlyObjectWrapper<SunDirections.Direction> sceneSun = new ReadOnlyObjectWrapper<>(this, "sceneSun");
    private final ReadOnlyObjectWrapper<RiseSet> riseSet = new ReadOnlyObjectWrapper<>(this, "riseSet");
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing");
    private double playedSeconds; // simulated seconds not yet a whole minute
    private AnimationTimer timer;

    /** Starts at the current minute of today in Japan Standard Time, sun light off. */
    public SunViewModel(SunDirections sun) {
        this(sun, ZonedDateTime.now(DEFAULT_ZONE));
    }

    SunViewModel(SunDirections sun, ZonedDateTime start) {
        this.sun = sun;
        date.set(start.toLocalDate());
        minuteOfDay.set(start.getHour() * 60 + start.getMinute());
        for (ObservableValue<?> input : new ObservableValue<?>[] {date, minuteOfDay, zone, latitude, longitude}) {
            input.addListener((o, a, b) -> update());
        }
        for (ObservableValue<?> input : new ObservableValue<?>[] {date, zone, latitude, longitude}) {
            input.addListener((o, a, b) -> riseSet.set(riseSet()));
        }
        lightOn.addListener((o, a, b) -> sceneSun.set(b ? direction.get() : null));
        update();
        riseSet.set(riseSet());
    }

    public ObjectProperty<LocalDate> dateProperty() { return date; }
    /** Clock minutes since midnight in {@link #zoneProperty}, 0–1439. */
    public IntegerProperty minuteOfDayProperty() { return minuteOfDay; }
    public ObjectProperty<ZoneId> zoneProperty() { return zone; }
    public DoubleProperty latitudeProperty() { return latitude; }
    public DoubleProperty longitudeProperty() { return longitude; }
    /** On: the scene is lit by this sun; off: by the studio light. */
    public BooleanProperty lightOnProperty() { return lightOn; }
    /** Where the sun stands at {@link #instant()} seen from the place (also while the light is off). */
    public ReadOnlyObjectProperty<SunDirections.Direction> directionProperty() { return direction.getReadOnlyProperty(); }
    /** What to put in the scene's sun property: the direction while the light is on, else null. */
    public ReadOnlyObjectProperty<SunDirections.Direction> sceneSunProperty() { return sceneSun.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<RiseSet> riseSetProperty() { return riseSet.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty playingProperty() { return playing.getReadOnlyProperty(); }

    /** The place the sun is seen from, degrees (east longitude positive). */
    public void setPlace(double lat, double lon) {
        latitude.set(lat);
        longitude.set(lon);
    }

    public void setTime(LocalDate day, LocalTime time) {
        date.set(day);
        minuteOfDay.set(time.getHour() * 60 + time.getMinute());
    }

    public LocalTime time() { return LocalTime.ofSecondOfDay(minuteOfDay.get() * 60L); }

    /** The instant shown: the date and clock time in the zone (a time skipped by a DST change moves forward). */
    public Instant instant() {
        return ZonedDateTime.of(date.get(), time(), zone.get()).toInstant();
    }

    public int dayOfYear() { return date.get().getDayOfYear(); }

    /** Moves to another day of the same year (the last day where the year is shorter). */
    public void setDayOfYear(int day) {
        LocalDate d = date.get();
        date.set(d.withDayOfYear(Math.max(1, Math.min(d.lengthOfYear(), day))));
    }

    public Daylight daylight() {
        double e = direction.get().elevation();
        return e >= HORIZON ? Daylight.DAY : e >= CIVIL_TWILIGHT ? Daylight.TWILIGHT : Daylight.NIGHT;
    }

    /** Starts playing a day from the current time: one simulated hour per second, round and round the day. FX thread. */
    public void play() {
        if (playing.get()) return;
        if (timer == null) timer = new AnimationTimer() {
            private long last = -1;

            @Override
            public void handle(long now) {
                if (last >= 0) advance((now - last) / 1e9);
                last = now;
            }

            @Override
            public void stop() {
                super.stop();
                last = -1;
            }
        };
        playing.set(true);
        timer.start();
    }

    public void stop() {
        if (timer != null) timer.stop();
        playing.set(false);
    }

    /** Moves the clock by {@code realSeconds} of play; past midnight it goes on from 00:00 of the same date. */
    void advance(double realSeconds) {
        playedSeconds += realSeconds * PLAY_RATE;
        int minutes = (int) (playedSeconds / 60);
        if (minutes == 0) return;
        playedSeconds -= minutes * 60.0;
        minuteOfDay.set(Math.floorMod(minuteOfDay.get() + minutes, MINUTES_PER_DAY));
    }

    private void update() {
        SunDirections.Direction d = sun.at(instant(), latitude.get(), longitude.get());
        direction.set(d);
        if (lightOn.get()) sceneSun.set(d);
    }

    /** The first upward and downward horizon crossings of the local day, found minute by minute. */
    private RiseSet riseSet() {
        ZonedDateTime start = date.get().atStartOfDay(zone.get());
        ZonedDateTime end = date.get().plusDays(1).atStartOfDay(zone.get());
        LocalTime rise = null, set = null;
        boolean wasUp = up(start.toInstant()), everUp = wasUp;
        for (ZonedDateTime t = start.plusMinutes(1); t.isBefore(end); t = t.plusMinutes(1)) {
            boolean isUp = up(t.toInstant());
            if (isUp && !wasUp && rise == null) rise = t.toLocalTime();
            if (!isUp && wasUp && set == null) set = t.toLocalTime();
            everUp |= isUp;
            wasUp = isUp;
        }
        return new RiseSet(rise, set, everUp && rise == null && set == null);
    }

    private boolean up(Instant when) {
        return sun.at(when, latitude.get(), longitude.get()).elevation() >= HORIZON;
    }
}
