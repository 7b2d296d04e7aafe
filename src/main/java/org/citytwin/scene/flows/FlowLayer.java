package org.citytwin.scene.flows;

import javafx.scene.Group;
import org.citytwin.scene.CityScene;

/**
 * The flows in a city scene: agents (opaque, first), then the translucent heat map, trails and zones, and the gates
 * on top, all in the scene's flows group. Visibility of the whole layer is one switch. FX thread only.
 */
public final class FlowLayer {
    private final CityScene scene;
    private final AgentMesh agents = new AgentMesh();
    private final TrailMesh trails = new TrailMesh();
    private final HeatMapLayer heat = new HeatMapLayer();
    private final ZoneVolumes zones;
    private final GateMarks gates = new GateMarks();
    private final Group group = new Group();
    private boolean originSet;

    public FlowLayer(CityScene scene) {
        this.scene = scene;
        this.zones = new ZoneVolumes(scene);
        group.setId("flow-layer");
        group.getChildren().addAll(agents.node(), heat.node(), trails.node(), zones.node(), gates.node());
        scene.flows().getChildren().add(group);
    }

    public AgentMesh agents() { return agents; }
    public TrailMesh trails() { return trails; }
    public HeatMapLayer heat() { return heat; }
    public ZoneVolumes zones() { return zones; }
    public GateMarks gates() { return gates; }
    public Group node() { return group; }

    public void setVisible(boolean visible) {
        group.setVisible(visible);
        zones.placeLabels(); // the 2D labels live outside the group
    }
    public boolean isVisible() { return group.isVisible(); }

    /** Fixes the mesh origin near the first data seen, so agent floats stay small (local frames span kilometres). */
    public void anchorNear(double x, double y, double z) {
        if (originSet) return;
        originSet = true;
        agents.setOrigin(Math.rint(x), Math.rint(y), Math.rint(z));
        trails.setOrigin(Math.rint(x), Math.rint(y), Math.rint(z));
    }

    /** Agents sized so they stay a few pixels wide at any zoom, and never smaller than a person. */
    public void fitAgentSizeToCamera() {
        double mpp = scene.camera().metresPerPixel();
        double w = Math.max(0.6, 9 * mpp);
        agents.setSize(w, Math.max(1.7, 2.4 * w));
        trails.setWidth(Math.max(0.25, 2 * mpp));
    }
}
