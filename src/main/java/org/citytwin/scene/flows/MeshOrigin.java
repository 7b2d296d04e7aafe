package org.citytwin.scene.flows;

import javafx.scene.Node;

/**
 * The local-frame point a flow mesh's vertices are measured from, so float vertices stay precise far from the
 * scene origin. Shared by {@link AgentMesh} and {@link TrailMesh}: both move their node there and turn local
 * metres (x east, y north, z up) into mesh coordinates in JavaFX axes (x east, y down, z north).
 */
final class MeshOrigin {
    private double x, y, z;

    /** Makes (x, y, z) the new origin and translates {@code node} there. */
    void moveTo(Node node, double x, double y, double z) {
        this.x = x;
        this.y = y;
        this.z = z;
        node.setTranslateX(x);
        node.setTranslateY(-z);
        node.setTranslateZ(y);
    }

    float east(double localX) {
        return (float) (localX - x);
    }

    float down(double localZ) {
        return (float) -(localZ - z);
    }

    float north(double localY) {
        return (float) (localY - y);
    }
}
