package org.citytwin.ui.flows;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.paint.Color;
import org.citytwin.flow.CountingGate;
import org.citytwin.flow.FlowClock;
import org.citytwin.flow.FlowLevels;
import org.citytwin.flow.FlowObservation;
import org.citytwin.flow.FlowStore;
import org.citytwin.scene.CityScene;
import org.citytwin.scene.flows.AgentColouring;
import org.citytwin.scene.flows.FlowLayer;
import org.citytwin.scene.flows.FlowRenderer;
import org.citytwin.scene.flows.GateMarks;
import org.citytwin.scene.flows.ZoneVolumes;
import org.citytwin.text.Texts;

/**
 * Pedestrian flows in the main window: one store (recordings and feeds), one clock, the flow layer and its renderer,
 * the timeline, counting gates and sensor zones. The frame pump drives everything once per frame: feeds drained,
 * clock advanced, agents redrawn at most {@value #MAX_HZ} times a second (and only when time or data changed).
 * FX thread only, except {@link #store()} which feeds may fill from any thread.
 */
public final class FlowsController {
    public static final double MAX_HZ = 30;
    private final CityScene scene;
    private final FlowStore store = new FlowStore();
    private final FlowClock clock = new FlowClock();
    private final FlowLayer layer;
    private final FlowRenderer renderer;
    private final FlowFramePump pump = new FlowFramePump(clock);
    private final FlowTimelineViewModel timeline;
    private final ObservableList<CountingGate> gates = FXCollections.observableArrayList();
    private final List<GateMarks.Gate> gateMarks = new ArrayList<>();
    private final ReadOnlyIntegerWrapper agentCount = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyIntegerWrapper gateRevision = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyStringWrapper sourceNames = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper feedStatus = new ReadOnlyStringWrapper("");
    private final List<FeedConnection> feeds = new ArrayList<>();
    /** Sources (file names) timed from frame 0 and not yet anchored to dated data. */
    private final java.util.Set<String> relativeSources = new java.util.LinkedHashSet<>();
    private String anchorNote = "";
    private final javafx.beans.property.ReadOnlyBooleanWrapper heatVisible = new javafx.beans.property.ReadOnlyBooleanWrapper(true);
    private final javafx.beans.property.ReadOnlyBooleanWrapper connected = new javafx.beans.property.ReadOnlyBooleanWrapper(false);
    static final long LIVE_HOLD_MILLIS = 3000;
    private long drawnTime = Long.MIN_VALUE, drawnRevision = -1, lastDrawNanos, zonesRevision = -1;
    private double drawnCamera = Double.NaN;

    public FlowsController(CityScene scene) {
        this.scene = scene;
        this.layer = new FlowLayer(scene);
        this.renderer = new FlowRenderer(store, layer);
        this.timeline = new FlowTimelineViewModel(clock, ZoneId.systemDefault());
        pump.addFrameListener(this::frame);
        // the pump runs only once there is something to play: an idle viewer must not tick 60 times a second
        timeline.hasDataProperty().addListener((o, a, on) -> { if (on) pump.start(); });
        timeline.liveProperty().addListener((o, a, on) -> { if (on) pump.start(); });
    }

    /**
     * Connects a live MQTT feed (positions, SensorThings, FIWARE) placed through {@code placement}; its buffer is
     * drained once per frame and the timeline goes live. Agents stay {@value #LIVE_HOLD_MILLIS} ms at their last
     * report so sparse feeds do not blink. Returns at once; {@link #feedStatusProperty()} shows how it goes.
     */
    public void connectFeed(org.citytwin.flow.feed.FeedSettings settings, org.citytwin.flow.GeoPlacement placement) {
        disconnectFeed();
        start(new FeedConnection(settings, placement, store, clock));
    }

    /**
     * The "Demo feed": {@code agents} simulated walkers on the walkable surfaces of what is loaded, reporting twice a
     * second like a live feed (labelled simulated).
     * @throws IllegalArgumentException when nothing loaded is walkable (the message says so)
     */
    public void startDemo(org.citytwin.flow.sim.WalkableMesh surface, int agents) {
        disconnectFeed();
        start(new FeedConnection(buffer -> new org.citytwin.flow.sim.DemoFeed(surface, agents, 2, buffer), store, clock));
    }

    private void start(FeedConnection c) {
        feeds.add(c);
        connected.set(true);
        store.setHoldMillis(LIVE_HOLD_MILLIS);
        addDrain(c.drainer);
        c.connect();
        timeline.liveProperty().set(true);
    }

    /** Closes every live feed (what they delivered stays in the store). */
    public void disconnectFeed() {
        for (FeedConnection c : feeds) {
            pump.removeDrain(c.drainer);
            c.close();
        }
        feeds.clear();
        feedStatus.set("");
        connected.set(false);
    }

    /** The feeds' status ("Connected · 12 msg/s · latency 40 ms"), empty without a feed. */
    public ReadOnlyStringProperty feedStatusProperty() { return feedStatus.getReadOnlyProperty(); }

    /** The MQTT feeds' statuses (tests, status indicator); the demo walker has none. */
    public List<org.citytwin.flow.feed.FeedStatus> feedStatuses() {
        return feeds.stream().filter(c -> c.feed() != null).map(c -> c.feed().status()).toList();
    }

    /** The status of the MQTT feed, null without one (the status indicator's source). */
    public org.citytwin.flow.feed.FeedStatus feedStatus() {
        List<org.citytwin.flow.feed.FeedStatus> all = feedStatuses();
        return all.isEmpty() ? null : all.get(0);
    }

    /** True while a live feed or the demo walker is connected. */
    public javafx.beans.property.ReadOnlyBooleanProperty connectedProperty() { return connected.getReadOnlyProperty(); }

    /** Registers a feed buffer's drain (run once per frame) and starts the frame pump. */
    public void addDrain(Runnable drain) {
        pump.addDrain(drain);
        pump.start();
    }

    public FlowStore store() { return store; }
    public FlowClock clock() { return clock; }
    public FlowLayer layer() { return layer; }
    public FlowRenderer renderer() { return renderer; }
    public FlowFramePump pump() { return pump; }
    public FlowTimelineViewModel timeline() { return timeline; }
    public ObservableList<CountingGate> gates() { return gates; }
    /** Grows whenever a gate count may have changed (views redraw their charts). */
    public ReadOnlyIntegerProperty gateRevisionProperty() { return gateRevision.getReadOnlyProperty(); }
    /** Agents drawn in the last frame. */
    public ReadOnlyIntegerProperty agentCountProperty() { return agentCount.getReadOnlyProperty(); }
    /** The sources (files, feeds) loaded, comma-separated; "simulated" sources say so. */
    public ReadOnlyStringProperty sourceNamesProperty() { return sourceNames.getReadOnlyProperty(); }

    /** The last flow file's outcome or error (shown under the flow layer rows). */
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    public void setMessage(String text) { message.set(text == null ? "" : text); }

    public void setColouring(AgentColouring c) {
        renderer.setColouring(c);
        drawnRevision = -1;
    }

    /**
     * A layer read without absolute time (lab trajectories timed from frame 0): alone it gets a relative clock;
     * beside dated data it is anchored at the dated data's start (see {@link #recordingAdded()}).
     */
    public void addRelativeSource(String source) {
        relativeSources.add(source);
    }

    /** True when some loaded layer has absolute (dated) time. */
    public boolean hasDatedData() {
        return store.span(g -> !relativeSources.contains(g)) != null;
    }

    /**
     * Recorded data was added (FX thread): relative layers are anchored to dated ones if there are any, then the
     * timeline spans what shares the clock, the view shows it, the clock starts at its start.
     */
    public void recordingAdded() {
        if (store.isEmpty()) return;
        anchorRelativeSources();
        spanData();
    }

    /** The timeline spans the data (on a relative clock when no layer is dated); the view redraws. */
    private void spanData() {
        timeline.setRelative(!relativeSources.isEmpty() && !hasDatedData());
        timeline.setRange(store.startMillis(), store.endMillis());
        drawnRevision = -1;
        List<String> names = new ArrayList<>();
        for (int g = 0; g < store.groupCount(); g++) if (!store.groupName(g).isEmpty()) names.add(store.groupName(g));
        sourceNames.set(String.join(", ", names));
    }

    /**
     * Shows or hides the heat map. Switched on, it is computed at once over the whole window: while hidden nothing
     * was accumulated, and a paused clock would otherwise leave it blank until time moves.
     */
    public void setHeatVisible(boolean on) {
        renderer.setHeatVisible(on);
        heatVisible.set(on);
        if (on && !store.isEmpty()) drawNow();
    }

    /** The heat map's tick (the legend shows only while ticked). */
    public javafx.beans.property.ReadOnlyBooleanProperty heatVisibleProperty() { return heatVisible.getReadOnlyProperty(); }

    /**
     * Beside dated data, frame 0 of every relative layer goes to the dated data's start (a lab run replayed over the
     * survey it belongs to) and the layer is dated from then on: one clock, and a timeline spanning minutes, not 1970
     * to today.
     */
    private void anchorRelativeSources() {
        if (relativeSources.isEmpty()) return;
        long[] dated = store.span(g -> !relativeSources.contains(g));
        if (dated == null) return;
        for (String source : relativeSources) store.shiftGroup(source, dated[0]);
        timeline.setRelative(false);
        anchorNote = Texts.get("flows.clock.anchored", String.join(", ", relativeSources), timeline.timeText(dated[0]));
        relativeSources.clear();
    }

    /** What the last anchoring did ("… now starts at …"), once; empty when nothing was anchored since. */
    public String takeAnchorNote() {
        String note = anchorNote;
        anchorNote = "";
        return note;
    }

    /** Draws now, whatever the pacing (tests, snapshots). */
    public void drawNow() {
        renderer.draw(clock.timeMillis(), clock.windowMillis(), Long.MAX_VALUE);
        afterDraw();
    }

    /** Adds a counting gate from A to B at floor height z; it counts agents within a storey of that floor. */
    public CountingGate addGate(double ax, double ay, double bx, double by, double z) {
        CountingGate gate = new CountingGate("Gate " + (gates.size() + 1), ax, ay, bx, by, z - 2, z + 3);
        gates.add(gate);
        gateMarks.add(new GateMarks.Gate(ax, ay, bx, by, z));
        showGates(null);
        return gate;
    }

    public void clearGates() {
        gates.clear();
        gateMarks.clear();
        showGates(null);
    }

    /** Draws the gates, plus the first post of a gate being drawn when {@code pending} (x, y, z) is not null. */
    public void showGates(double[] pending) {
        layer.gates().show(gateMarks, pending, Math.max(0.3, scene.camera().metresPerPixel() * 4));
    }

    /**
     * The floor a click on the view means for a gate: the one most agents of the last frame stand on (the place
     * people are being watched), the street (z of the scene's ground) when there are none.
     */
    public double gateFloor() {
        FlowLevels levels = renderer.levels();
        var f = renderer.lastFrame();
        if (f.count() == 0) return store.isEmpty() ? scene.bounds().minZ() : store.bounds().minZ(); // agents yet to come
        if (levels == null) return f.z()[0];
        int[] n = new int[levels.count()];
        for (int i = 0; i < f.count(); i++) n[levels.levelOf(f.z()[i])]++;
        int best = 0;
        for (int l = 1; l < n.length; l++) if (n[l] > n[best]) best = l;
        return levels.elevation(best);
    }

    private void frame(long now) {
        timeline.sync();
        var status = feedStatus();
        if (status != null) feedStatus.set(status.summary());
        long t = clock.timeMillis();
        long rev = store.revision();
        if (rev != drawnRevision && !store.isEmpty() && !clock.isLive()) {
            // live data arrives all the time; recordings widen the slider
            if (store.startMillis() < clock.rangeStart() || store.endMillis() > clock.rangeEnd() || !timeline.hasDataProperty().get()) {
                spanData(); // widened while a file is read; relative layers are anchored when the read ends
            }
        }
        double cam = scene.camera().distance();
        boolean changed = t != drawnTime || rev != drawnRevision || cam != drawnCamera;
        if (!changed || now - lastDrawNanos < 1e9 / MAX_HZ) return;
        lastDrawNanos = now;
        drawnTime = t;
        drawnRevision = rev;
        drawnCamera = cam;
        renderer.draw(t, clock.windowMillis(), now);
        afterDraw();
    }

    private void afterDraw() {
        agentCount.set(renderer.lastFrame().count());
        if (!gates.isEmpty()) {
            for (CountingGate g : gates) g.update(renderer.lastFrame());
            gateRevision.set(gateRevision.get() + 1);
        }
        if (store.revision() != zonesRevision) {
            zonesRevision = store.revision();
            showZones();
        }
    }

    /** Latest observation per zone with a known place, as a translucent volume labelled with its name and value. */
    private void showZones() {
        Map<String, FlowObservation> latest = new LinkedHashMap<>();
        for (FlowObservation o : store.observations()) {
            if (Double.isNaN(o.x()) || Double.isNaN(o.y())) continue;
            FlowObservation had = latest.get(o.zoneId());
            if (had == null || had.endMillis() <= o.endMillis()) latest.put(o.zoneId(), o);
        }
        double max = latest.values().stream().mapToDouble(FlowObservation::value).max().orElse(1);
        List<ZoneVolumes.Zone> zones = new ArrayList<>();
        for (FlowObservation o : latest.values()) {
            double f = max > 0 ? Math.max(0, Math.min(1, o.value() / max)) : 0;
            Color c = Color.hsb(200 - 200 * f, 0.8, 0.95, 0.35);
            String name = o.zoneName() != null ? o.zoneName() : o.zoneId();
            String label = String.format(java.util.Locale.ROOT, "%s: %s %s", name, number(o.value()),
                    o.quantity().name().toLowerCase(java.util.Locale.ROOT));
            double z = Double.isNaN(o.z()) ? scene.bounds().isEmpty() ? 0 : scene.bounds().minZ() : o.z();
            zones.add(new ZoneVolumes.Zone(o.zoneId(), label, o.x(), o.y(), z, 12, 4, c));
        }
        layer.zones().show(zones);
    }

    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(java.util.Locale.ROOT, "%.2f", v);
    }
}
