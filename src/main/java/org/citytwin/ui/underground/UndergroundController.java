package org.citytwin.ui.underground;

import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.citytwin.model.CityObject;
import org.citytwin.model.FeatureKind;
import org.citytwin.model.LodChoice;
import org.citytwin.scene.CityScene;
import org.citytwin.scene.DepthRuler;
import org.citytwin.scene.LayerStyle;
import org.citytwin.scene.UtilityPainter;
import org.citytwin.scene.XRay;
import org.citytwin.thematic.UtilityClassifier;
import org.citytwin.ui.layers.LegendView;

/**
 * The underground view of the main window: x-ray opacity of the surface, utility colours (by type or by cover
 * depth, with their legend), the depth ruler, looking from below, and the "Underground" preset that switches them
 * together. Properties are the state; the scene follows them. FX thread.
 */
public final class UndergroundController {
    /** The preset's opacity of the ground, terrain, roads and buildings. */
    public static final double PRESET_XRAY = 0.2;

    private final CityScene scene;
    private final XRay xray;
    private final UtilityPainter painter;
    private final DepthRuler ruler;
    private final LegendView legend;
    private final Supplier<List<CityObject>> objects;
    private final Supplier<LodChoice> utilityLod;
    private final DoubleProperty opacity = new SimpleDoubleProperty(this, "xray", 1);
    private final BooleanProperty underground = new SimpleBooleanProperty(this, "underground");
    private final BooleanProperty rulerShown = new SimpleBooleanProperty(this, "ruler");
    private final ObjectProperty<UtilityClassifier.Mode> colours = new SimpleObjectProperty<>(this, "colours",
            UtilityClassifier.Mode.TYPE);

    public UndergroundController(CityScene scene, LegendView legend, Supplier<List<CityObject>> objects, Supplier<LodChoice> utilityLod) {
        this.scene = scene;
        this.legend = legend;
        this.objects = objects;
        this.utilityLod = utilityLod;
        xray = new XRay(scene, new LayerStyle(scene));
        painter = new UtilityPainter(scene);
        ruler = new DepthRuler(scene);
        opacity.addListener((o, a, b) -> xray.setOpacity(b.doubleValue()));
        colours.addListener((o, a, b) -> refresh());
        rulerShown.addListener((o, a, on) -> {
            if (on) ruler.show();
            else ruler.hide();
        });
        underground.addListener((o, a, on) -> {
            opacity.set(on ? PRESET_XRAY : 1);
            painter.setEmphasised(on);
            rulerShown.set(on);
            scene.camera().setLookFromBelow(on);
        });
    }

    /** Opacity 0..1 of terrain, roads, buildings and the plain ground. */
    public DoubleProperty xrayProperty() { return opacity; }
    /** The preset: see-through ground, glowing utilities, depth ruler, camera may look up from below. */
    public BooleanProperty undergroundProperty() { return underground; }
    public BooleanProperty rulerProperty() { return rulerShown; }
    public ObjectProperty<UtilityClassifier.Mode> coloursProperty() { return colours; }

    /** After a load: utilities say where the ground is, new utility meshes get their colours, the ruler grows. */
    public void loaded(List<CityObject> added) {
        scene.addUtilityGround(added);
        refresh();
        if (opacity.get() < 1) xray.setOpacity(opacity.get()); // new tiles and ground squares see-through too
    }

    /** Repaints the utility meshes now in the scene (after a load, an LOD change or another colour mode). */
    public void refresh() {
        List<CityObject> all = objects.get();
        boolean any = all.stream().anyMatch(o -> o.kind() == FeatureKind.UTILITY);
        UtilityClassifier.Result result = any ? UtilityClassifier.classify(all, colours.get(), utilityLod.get()) : null;
        painter.apply(result);
        legend.show(result == null ? null : result.classification());
        if (rulerShown.get()) ruler.show();
    }

    /** Puts the plain ground at one elevation, or back to automatic with null; the ruler follows. */
    void setGroundElevation(Double elevation) {
        scene.setGroundElevation(elevation);
        if (rulerShown.get()) ruler.show();
    }

    double groundElevation() {
        return scene.groundElevation();
    }
}
