package org.citytwin.ui.navigation;

import org.citytwin.text.Texts;

import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Polygon;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import org.citytwin.scene.CameraRig;

/**
 * A small compass for the corner of the 3D view: the needle (red tip and "N") points to north on screen, so it
 * turns by minus the camera heading. A click turns the view north-up.
 */
public final class CompassView extends StackPane {
    static final double SIZE = 56;
    private final Group needle = new Group();

    public CompassView(CameraRig rig, Runnable northUp) {
        setId("compass");
        Circle dial = new Circle(SIZE / 2, Color.rgb(255, 255, 255, 0.8));
        dial.setStroke(Color.rgb(60, 60, 60, 0.8));
        Polygon north = new Polygon(0, -SIZE / 2 + 8, 6, 0, -6, 0);
        north.setFill(Color.web("#d62828"));
        Polygon south = new Polygon(0, SIZE / 2 - 8, 6, 0, -6, 0);
        south.setFill(Color.web("#555"));
        Text n = new Text("N");
        n.setFont(Font.font(null, FontWeight.BOLD, 11));
        n.setFill(Color.web("#d62828"));
        n.setX(-4);
        n.setY(-SIZE / 2 - 2);
        needle.getChildren().addAll(north, south, n);
        needle.setId("compass-needle");
        getChildren().addAll(dial, needle);
        setMaxSize(SIZE + 16, SIZE + 16);
        setPrefSize(SIZE + 16, SIZE + 16);
        setPickOnBounds(false);
        setCursor(javafx.scene.Cursor.HAND);
        StackPane.setAlignment(this, Pos.TOP_RIGHT);
        getStyleClass().add("ct-compass");
        Tooltip.install(this, new Tooltip(Texts.get("tools.compass.northUp")));
        setOnMouseClicked(e -> {
            northUp.run();
            e.consume();
        });
        setOnMousePressed(javafx.event.Event::consume); // no orbit or pick through the compass
        rig.revisionProperty().addListener((o, a, b) -> follow(rig.heading()));
        follow(rig.heading());
    }

    private void follow(double heading) {
        needle.setRotate(-heading);
    }

    /** Screen rotation of the north needle in degrees (clockwise). */
    public double needleRotation() { return needle.getRotate(); }
}
