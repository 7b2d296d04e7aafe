package org.citytwin.ui.viewpoints;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.DoubleProperty;
import org.citytwin.model.FeatureKind;
import org.citytwin.model.LodChoice;
import org.citytwin.scenario.Viewpoint;
import org.citytwin.scene.CameraFlight;
import org.citytwin.scene.CameraRig;
import org.citytwin.ui.LayersViewModel;
import org.citytwin.ui.LodViewModel;
import org.citytwin.ui.scenarios.ScenariosViewModel;

/**
 * What a viewpoint records of the window and puts back: the camera (through {@link ViewpointCamera}), the shown
 * scenario, each loaded kind's visibility and opacity, one LOD when every kind shows the same one, and the x-ray
 * opacity. FX thread.
 */
public final class ViewState {
    private final CameraRig rig;
    private final ViewpointCamera camera;
    private final ScenariosViewModel scenarios;
    private final LayersViewModel layers;
    private final LodViewModel lods;
    private final DoubleProperty xray;

    public ViewState(CameraRig rig, ViewpointCamera camera, ScenariosViewModel scenarios, LayersViewModel layers,
                     LodViewModel lods, DoubleProperty xray) {
        this.rig = rig;
        this.camera = camera;
        this.scenarios = scenarios;
        this.layers = layers;
        this.lods = lods;
        this.xray = xray;
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
        return new Viewpoint(v.name(), v.scenario(), v.lat(), v.lon(), v.height(), v.distance(), v.heading(), v.tilt(),
                v.captionJa(), v.captionEn(), v.notes(), states, oneLod ? lod : null, null, x, false, Double.NaN, 1, null);
    }

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
        if (xray != null) xray.set(v.xray());
        return camera.flyTo(rig, ViewpointCamera.of(v), flight);
    }
}
