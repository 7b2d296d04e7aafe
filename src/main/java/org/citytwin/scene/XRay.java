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
 * then the see-through surface layers, the overlay, and the plain ground last. The ground separates what is above from
 * what is below, so drawing it last blends correctly whether the camera looks from above or from below.
 * FX thread.
 */
public final class XRay {
    /** Layers made see-through; underground kinds, utilities and the already see-through zones keep their look. */
    public static final Set<FeatureKind> SURFACE = Set.of(FeatureKind.BUILDING, FeatureKind.BRIDGE,
            FeatureKind.TRANSPORTATION, FeatureKind.TERRAIN, FeatureKind.VEGETATION,
            FeatureKind.WATER, FeatureKind.CITY_FURNITURE, FeatureKind.GENERIC, FeatureKind.CONSTRUCTION);

    /** Underground structures whose inside (floors, rooms) should show while the x-ray is on. */
    public static final List<FeatureKind> SHELLS = List.of(FeatureKind.UNDERGROUND_BUILDING, FeatureKind.TUNNEL);
    static final double SHELL_OPACITY = 0.4;

    /** Below this opacity a click goes through the surface layers to what lies beneath. */
    static final double PICK_THROUGH_BELOW = 0.5;
    private static final String PICK_THROUGH = "citytwin.xrayPickThrough";

    private static final javafx.scene.paint.Color SKY = CityScene.SKY_TOP.interpolate(CityScene.SKY_HORIZON, 0.6);

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
        // shells of underground buildings and tunnels turn half see-through too, so their floors show
        for (FeatureKind kind : SHELLS) style.setOpacity(kind, opacity < 1 ? Math.max(opacity, SHELL_OPACITY) : 1);
        // Prism blends see-through faces into a transparent SubScene without premultiplying, so over the sky
        // behind it they come out white: while anything is see-through the SubScene gets an opaque sky colour.
        scene.subScene().setFill(opacity < 1 ? SKY : javafx.scene.paint.Color.TRANSPARENT);
        if (opacity < 1) reorder();
    }

    /** True when the layer is so see-through that clicks should reach what lies beneath it. */
    static boolean isPickedThrough(Group layer) {
        return Boolean.TRUE.equals(layer.getProperties().get(PICK_THROUGH));
    }

    /**
     * Underground shells, then surface layers after every other layer, then the overlay (selection highlight,
     * measurements), and the plain ground last of all.
     */
    private void reorder() {
        Group ground = scene.ground();
        if (!(ground.getParent() instanceof Group world)) return;
        List<Node> order = new java.util.ArrayList<>(world.getChildren());
        order.remove(ground);
        List<Node> surface = new java.util.ArrayList<>();
        for (FeatureKind kind : SHELLS) surface.add(scene.layer(kind)); // see-through, but beneath the surface
        for (FeatureKind kind : FeatureKind.values()) {
            if (SURFACE.contains(kind)) surface.add(scene.layer(kind));
        }
        order.removeAll(surface);
        int at = order.indexOf(scene.overlay());
        if (at < 0) at = order.size();
        order.addAll(at, surface);
        order.add(ground); // after the overlay too: a selected pipe's highlight under the ground must not be hidden by it
        world.getChildren().setAll(order);
    }
}
