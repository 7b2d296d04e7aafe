package org.citytwin.scene;

import java.util.List;
import java.util.Set;
import javafx.scene.Group;
import javafx.scene.Node;
import org.citytwin.model.FeatureKind;

/**
 * See-through ground ("x-ray"): one opacity for everything at and above the surface (terrain, roads, buildings,
 * bridges, plain ground...) so buried utilities, tunnels and underground buildings show through. JavaFX does
 * not sort transparent faces, so the drawing order is kept as: opaque layers (underground ones among them),
 * then the see-through surface layers, then the plain ground last. The ground separates what is above from
 * what is below, so drawing it last blends correctly whether the camera looks from above or from below.
 * FX thread.
 */
public final class XRay {
    /** Layers made see-through; underground kinds, utilities and the already see-through zones keep their look. */
    public static final Set<FeatureKind> SURFACE = Set.of(FeatureKind.BUILDING, FeatureKind.BRIDGE,
            FeatureKind.TRANSPORTATION, FeatureKind.TERRAIN, FeatureKind.VEGETATION,
            FeatureKind.WATER, FeatureKind.CITY_FURNITURE, FeatureKind.GENERIC, FeatureKind.CONSTRUCTION);

    /** Below this opacity a click goes through the surface layers to what lies beneath. */
    static final double PICK_THROUGH_BELOW = 0.5;
    private static final String PICK_THROUGH = "citytwin.xrayPickThrough";

    private final CityScene scene;
    private final LayerStyle style;
    private double opacity = 1;

    public XRay(CityScene scene, LayerStyle style) {
        this.scene = scene;
        this.style = style;
    }

    public double opacity() {
        return opacity;
    }

    /** Opacity 0..1 of the surface layers and the plain ground (1 = normal, opaque city). */
    public void setOpacity(double value) {
        opacity = Math.max(0, Math.min(1, value));
        for (FeatureKind kind : SURFACE) {
            style.setOpacity(kind, opacity);
            scene.layer(kind).getProperties().put(PICK_THROUGH, opacity < PICK_THROUGH_BELOW);
        }
        scene.groundPatches().setOpacity(opacity);
        if (opacity < 1) reorder();
    }

    /** True when the layer is so see-through that clicks should reach what lies beneath it. */
    static boolean isPickedThrough(Group layer) {
        return Boolean.TRUE.equals(layer.getProperties().get(PICK_THROUGH));
    }

    /** Surface layers after every other layer, the plain ground after them, the overlay last. */
    private void reorder() {
        Group ground = scene.ground();
        if (!(ground.getParent() instanceof Group world)) return;
        List<Node> order = new java.util.ArrayList<>(world.getChildren());
        order.remove(ground);
        List<Node> surface = new java.util.ArrayList<>();
        for (FeatureKind kind : FeatureKind.values()) {
            if (SURFACE.contains(kind)) surface.add(scene.layer(kind));
        }
        order.removeAll(surface);
        int at = order.indexOf(scene.overlay());
        if (at < 0) at = order.size();
        order.addAll(at, surface);
        order.add(at + surface.size(), ground);
        world.getChildren().setAll(order);
    }
}
