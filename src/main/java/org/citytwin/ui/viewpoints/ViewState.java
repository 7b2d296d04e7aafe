package org.citytwin.ui.viewpoints;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.DoubleProperty;
import org.citytwin.model.FeatureKind;
import org.citytwin.model.LodChoice;
import org.citytwin.scenario.Viewpoint;
import org.citytwin.scene.CameraFlight;
import org.citytwin.scene.CameraRig;
import org.citytwin.ui.underground.ExcavationController;
import org.citytwin.ui.flows.FlowTimelineViewModel;
import org.citytwin.ui.layers.LayersViewModel;
import org.citytwin.ui.layers.LodViewModel;
import org.citytwin.ui.layers.ThematicViewModel;
import org.citytwin.ui.underground.UndergroundController;
import org.citytwin.ui.annotations.AnnotationLabels;
import org.citytwin.ui.scenarios.ScenariosViewModel;

/**
 * What a viewpoint records of the window and puts back: the camera (through {@link ViewpointCamera}), the shown
 * scenario, each loaded kind's visibility and opacity, one LOD when every kind shows the same one, and the x-ray
 * opacity; with the extras attached also the thematic colouring, the underground preset, the excavation, the flow
 * time and speed, and which annotations show. FX thread.
 */
public final class ViewState {
    private final CameraRig rig;
    private final ViewpointCamera camera;
    private final ScenariosViewModel scenarios;
    private final LayersViewModel layers;
    private final LodViewModel lods;
    private final DoubleProperty xray;
    private ThematicViewModel thematic;
    private UndergroundController underground;
    private ExcavationController excavation;
    private FlowTimelineViewModel timeline;
    private AnnotationLabels labels;

    public ViewState(CameraRig rig, ViewpointCamera camera, ScenariosViewModel scenarios, LayersViewModel layers,
                     LodViewModel lods, DoubleProperty xray) {
        this.rig = rig;
        this.camera = camera;
        this.scenarios = scenarios;
        this.layers = layers;
        this.lods = lods;
        this.xray = xray;
    }

    /** The rest of the window's state a viewpoint records; any may be null (not recorded, not put back). */
    public ViewState attach(ThematicViewModel thematic, UndergroundController underground, ExcavationController excavation,
                            FlowTimelineViewModel timeline, AnnotationLabels labels) {
        this.thematic = thematic;
        this.underground = underground;
        this.excavation = excavation;
        this.timeline = timeline;
        this.labels = labels;
        return this;
    }

    public ViewpointCamera camera() { return camera; }

    /** The view as it is now under {@code name}, or null while nothing georeferenced is loaded. */
    public Viewpoint capture(String name, String caption) {
        ViewpointCamera.Pose pose = camera.capture(rig);
        if (pose == null) return null;
        List<Viewpoint.LayerState> states = new ArrayList<>();
        Integer lod = null;
        boolean oneLod = true;
        for (FeatureKind kind : lods.kinds()) {
            LayersViewModel.KindStyle s = layers.style(kind);
            states.add(new Viewpoint.LayerState(kind.name(), s.visibleProperty().get(), s.opacityProperty().get() / 100));
            LodChoice c = lods.choice(kind);
            Integer l = c.isHighest() ? null : c.lod();
            if (states.size() == 1) lod = l;
            else if (!java.util.Objects.equals(lod, l)) oneLod = false;
        }
        Viewpoint v = Viewpoint.camera(name, scenarios.current(), pose.lat(), pose.lon(), pose.height(), pose.distance(),
                pose.heading(), pose.tilt(), caption == null || caption.isBlank() ? null : caption.strip());
        double x = xray == null ? 1 : Math.max(0, Math.min(1, xray.get()));
        String colourBy = thematic == null || thematic.rule() == null ? null : thematic.rule().attribute();
        boolean below = underground != null && underground.undergroundProperty().get();
        boolean flows = timeline != null && timeline.hasDataProperty().get();
        double flowTime = flows ? timeline.positionProperty().get() : Double.NaN;
        double speed = flows ? timeline.rateProperty().get() : 1;
        List<String> shown = labels == null ? null : labels.shown();
        return new Viewpoint(v.name(), v.scenario(), v.lat(), v.lon(), v.height(), v.distance(), v.heading(), v.tilt(),
                v.captionJa(), v.captionEn(), v.notes(), states, oneLod ? lod : null, colourBy, x, below, flowTime, speed,
                shown, pit());
    }

    /** The pit cut now, its corners in lat/lon, or null. */
    private Viewpoint.Pit pit() {
        ExcavationController.Shown cut = excavation == null ? null : excavation.shown();
        if (cut == null) return null;
        List<Viewpoint.Corner> corners = new ArrayList<>();
        double[] f = cut.footprint();
        for (int i = 0; i + 1 < f.length; i += 2) {
            double[] ll = camera.frame().toLatLon(f[i], f[i + 1]);
            if (ll == null) return null;
            corners.add(new Viewpoint.Corner(ll[0], ll[1]));
        }
        return corners.size() < 3 ? null : new Viewpoint.Pit(corners, cut.depth());
    }

    /** The pit's footprint in local x,y pairs, or null without a pit or a frame. */
    private double[] local(Viewpoint.Pit pit) {
        if (pit == null) return null;
        double[] f = new double[2 * pit.footprint().size()];
        for (int i = 0; i < pit.footprint().size(); i++) {
            Viewpoint.Corner c = pit.footprint().get(i);
            double[] xy = camera.frame().toLocal(c.lat(), c.lon());
            if (xy == null) return null;
            f[2 * i] = xy[0];
            f[2 * i + 1] = xy[1];
        }
        return f;
    }

    /** Whether the excavation shown now differs from {@code f} at {@code depth} (null: no pit). */
    private boolean pitChanges(double[] f, double depth) {
        ExcavationController.Shown now = excavation.shown();
        if (f == null) return now != null || excavation.layer().isShown();
        return now == null || now.depth() != depth || !sameCorners(now.footprint(), f);
    }

    /**
     * Colouring and pit together: a cut swaps the meshes the thematic painter changed, so the painter lets go of them
     * first and paints again once the cut is in (the cut runs on a worker).
     */
    private void applyColourAndPit(Viewpoint v) {
        lastCut = null;
        double[] f = excavation == null ? null : local(v.excavation());
        boolean changes = excavation != null && pitChanges(f, v.excavation() == null ? 0 : v.excavation().depth());
        if (thematic != null && (v.colourBy() == null || changes)) thematic.clear();
        if (changes) {
            if (f == null) excavation.removeCut();
            else lastCut = excavation.cut(f, v.excavation().depth());
        }
        if (thematic == null || v.colourBy() == null) return;
        String attribute = v.colourBy();
        Runnable colour = () -> {
            if (thematic.rule() == null || !attribute.equals(thematic.rule().attribute())) thematic.colourBy(attribute);
        };
        javafx.concurrent.Task<?> cut = lastCut;
        if (cut == null) {
            colour.run();
            return;
        }
        cut.stateProperty().addListener((o, a, state) -> {
            if (state == javafx.concurrent.Worker.State.SUCCEEDED || state == javafx.concurrent.Worker.State.FAILED
                    || state == javafx.concurrent.Worker.State.CANCELLED) {
                javafx.application.Platform.runLater(() -> { // after the task has swapped the meshes
                    if (lastCut == cut) colour.run();
                });
            }
        });
    }

    private static boolean sameCorners(double[] a, double[] b) {
        if (a.length != b.length) return false;
        for (int i = 0; i < a.length; i++) if (Math.abs(a[i] - b[i]) > 1e-3) return false;
        return true;
    }

    /** The last excavation cut started by {@link #go}, or null (tests wait on it). */
    public javafx.concurrent.Task<?> lastCut() {
        return lastCut;
    }

    private javafx.concurrent.Task<?> lastCut;

    /** Shows the viewpoint's scenario and layer state and flies there; the flight, or null without a frame. */
    public CameraFlight go(Viewpoint v) {
        return go(v, CameraFlight.DURATION);
    }

    /** As {@link #go(Viewpoint)}, the camera flight taking {@code flight} (a tour stop's flight time). */
    public CameraFlight go(Viewpoint v, javafx.util.Duration flight) {
        if (scenarios.project().scenario(v.scenario()).isPresent()) scenarios.switchTo(v.scenario());
        for (Viewpoint.LayerState s : v.layers()) {
            FeatureKind kind;
            try {
                kind = FeatureKind.valueOf(s.kind());
            } catch (IllegalArgumentException unknown) {
                continue; // a kind of a later version: nothing of it is loaded here
            }
            LayersViewModel.KindStyle style = layers.style(kind);
            style.visibleProperty().set(s.visible());
            style.opacityProperty().set(s.opacity() * 100);
        }
        if (v.lod() != null || !v.layers().isEmpty()) {
            LodChoice choice = v.lod() == null ? LodChoice.HIGHEST : LodChoice.exactly(v.lod());
            for (FeatureKind kind : lods.kinds()) {
                if (!lods.availableLods(kind).isEmpty() && (choice.isHighest() || lods.availableLods(kind).contains(v.lod()))) {
                    lods.choose(kind, choice);
                }
            }
        }
        if (underground != null) underground.undergroundProperty().set(v.underground()); // sets the x-ray too: first
        if (xray != null) xray.set(v.xray());
        applyColourAndPit(v);
        if (timeline != null && timeline.hasDataProperty().get() && !Double.isNaN(v.flowTime())) {
            timeline.positionProperty().set(Math.max(0, Math.min(timeline.durationProperty().get(), v.flowTime())));
            timeline.rateProperty().set(v.playbackSpeed());
        }
        if (labels != null) labels.setShown(v.annotations());
        return camera.flyTo(rig, ViewpointCamera.of(v), flight);
    }
}
