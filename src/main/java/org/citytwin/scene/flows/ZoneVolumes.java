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
import javafx.scene.transform.Rotate;

/**
 * Sensor zones (SensorThings, FIWARE) as translucent coloured boxes with a label floating above: name and latest
 * value. A few nodes per zone is fine (zones are few); they are translucent and sit last in the flow layer.
 */
public final class ZoneVolumes {
    private final Group group = new Group();

    /**
     * One zone: centre (local frame, z = floor), footprint size, box height, a label and a fill colour
     * (alpha included).
     */
    public record Zone(String id, String label, double x, double y, double z, double size, double height, Color colour) {
    }

    public ZoneVolumes() {
        group.setId("flow-zones");
        group.setMouseTransparent(true);
    }

    public Group node() { return group; }

    /** The id of a zone's label node: the zone id with anything but letters and digits made '-', so CSS lookups work. */
    public static String labelId(String zoneId) {
        return "zone-label-" + zoneId.replaceAll("[^A-Za-z0-9]", "-");
    }

    public int count() { return group.getChildren().size(); }

    /** Replaces the zones drawn; labels face a camera with this heading (° clockwise from north) and pitch (° down). */
    public void show(List<Zone> zones, double cameraHeading, double cameraPitch) {
        List<Node> nodes = new ArrayList<>();
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
            Text label = new Text(z.label());
            label.setFont(Font.font("System", FontWeight.BOLD, 14));
            label.setFill(Color.WHITE);
            label.setStroke(Color.rgb(20, 20, 40));
            label.setStrokeWidth(0.6);
            double scale = Math.max(0.05, z.size() / 120); // label about a zone wide
            Group tag = new Group(label);
            label.setTranslateX(-label.getLayoutBounds().getWidth() / 2);
            tag.getTransforms().addAll(new javafx.scene.transform.Translate(z.x(), -(z.z() + z.height() + 1), z.y()),
                    new Rotate(cameraHeading, Rotate.Y_AXIS), new Rotate(-cameraPitch, Rotate.X_AXIS),
                    new javafx.scene.transform.Scale(scale, scale, scale));
            tag.setId(labelId(z.id()));
            nodes.add(new Group(box, tag));
        }
        group.getChildren().setAll(nodes);
    }
}
