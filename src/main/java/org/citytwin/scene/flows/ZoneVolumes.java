package org.citytwin.scene.flows;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.Box;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.layout.Pane;
import org.citytwin.scene.CityScene;

/**
 * Sensor zones (SensorThings, FIWARE) as translucent coloured boxes with a label above each: name and latest value.
 * Labels are 2D text over the viewport at the projection of the box's top (3D text is rasterised once and blurs
 * when scaled); they follow the camera. A few nodes per zone is fine: zones are few. FX thread.
 */
public final class ZoneVolumes {
    private final CityScene scene;
    private final Group group = new Group();
    private final Pane labelPane = new Pane();
    private final List<Text> labels = new ArrayList<>();
    private final List<double[]> anchors = new ArrayList<>();

    /**
     * One zone: centre (local frame, z = floor), footprint size, box height, a label and a fill colour
     * (alpha included).
     */
    public record Zone(String id, String label, double x, double y, double z, double size, double height, Color colour) {
    }

    public ZoneVolumes(CityScene scene) {
        this.scene = scene;
        group.setId("flow-zones");
        group.setMouseTransparent(true);
        labelPane.setId("flow-zone-labels");
        labelPane.setMouseTransparent(true);
        scene.camera().revisionProperty().addListener((o, a, b) -> placeLabels());
    }

    public Group node() { return group; }

    /** The id of a zone's label node: the zone id with anything but letters and digits made '-', so CSS lookups work. */
    public static String labelId(String zoneId) {
        return "zone-label-" + zoneId.replaceAll("[^A-Za-z0-9]", "-");
    }

    public int count() { return group.getChildren().size(); }

    /** The label of a zone shown now, null when none. */
    public Text label(String zoneId) {
        return (Text) labelPane.lookup("#" + labelId(zoneId));
    }

    /** Replaces the zones drawn. */
    public void show(List<Zone> zones) {
        List<Node> nodes = new ArrayList<>();
        labels.clear();
        anchors.clear();
        for (Zone z : zones) {
            Box box = new Box(z.size(), z.height(), z.size());
            // Prism blends premultiplied: a see-through colour is scaled by its alpha or it washes out
            Color c = z.colour();
            PhongMaterial m = new PhongMaterial(Color.color(c.getRed() * c.getOpacity(), c.getGreen() * c.getOpacity(),
                    c.getBlue() * c.getOpacity(), c.getOpacity()));
            m.setSpecularColor(Color.BLACK);
            box.setMaterial(m);
            box.setTranslateX(z.x());
            box.setTranslateY(-(z.z() + z.height() / 2));
            box.setTranslateZ(z.y());
            nodes.add(box);
            Text label = new Text(z.label());
            label.setFont(Font.font("SansSerif", FontWeight.BOLD, 13));
            label.setFill(Color.WHITE);
            label.setStroke(Color.rgb(20, 20, 40));
            label.setStrokeWidth(0.6);
            label.setId(labelId(z.id()));
            labels.add(label);
            anchors.add(new double[] {z.x(), z.y(), z.z() + z.height()});
        }
        group.getChildren().setAll(nodes);
        labelPane.getChildren().setAll(labels);
        if (labels.isEmpty()) scene.viewport().getChildren().remove(labelPane);
        else if (!scene.viewport().getChildren().contains(labelPane)) scene.viewport().getChildren().add(labelPane);
        placeLabels();
    }

    /** Each label centred just above its box's top, hidden when the zone is behind the camera or the layer is hidden. */
    void placeLabels() {
        for (int i = 0; i < labels.size(); i++) {
            double[] a = anchors.get(i);
            double[] px = scene.camera().project(scene.camera().toView(a[0], a[1], a[2]));
            Text t = labels.get(i);
            t.setVisible(px != null && group.isVisible() && isShowing(group));
            if (px == null) continue;
            t.setLayoutX(px[0] - t.getLayoutBounds().getWidth() / 2);
            t.setLayoutY(px[1] - 6);
        }
    }

    /** False when the zones or any parent (the flow layer) is hidden. */
    private static boolean isShowing(Node node) {
        for (Node n = node; n != null; n = n.getParent()) if (!n.isVisible()) return false;
        return true;
    }
}
