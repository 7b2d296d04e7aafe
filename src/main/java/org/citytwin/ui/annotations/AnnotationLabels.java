package org.citytwin.ui.annotations;

import java.util.function.BiFunction;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Border;
import javafx.scene.layout.BorderStroke;
import javafx.scene.layout.BorderStrokeStyle;
import javafx.scene.layout.BorderWidths;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import org.citytwin.scenario.Annotation;
import org.citytwin.scene.CameraRig;

/**
 * The annotations as crisp 2D labels over the 3D view: each frame the camera moves, every anchor (lat/lon/height,
 * through the city's local frame) is projected to the view and its label placed there. A pin is a dot with its
 * label beside it; a callout is a box up and to the right, joined to the dot by a leader line. Labels use the
 * bundled IPAexGothic, so Japanese shows; an anchor behind the camera hides its label. FX thread.
 */
public final class AnnotationLabels {
    /** Where a callout's box sits relative to its anchor (pixels right, up). */
    static final double CALLOUT_DX = 36, CALLOUT_DY = 56;
    static final double DOT_RADIUS = 5;
    private final Pane pane = new Pane();
    private final CameraRig rig;
    private final ObservableList<Annotation> annotations;
    private BiFunction<Double, Double, double[]> toLocal = (lat, lon) -> null;
    private java.util.Set<String> shown; // null: every annotation

    public AnnotationLabels(CameraRig rig, ObservableList<Annotation> annotations) {
        this.rig = rig;
        this.annotations = annotations;
        pane.setId("annotation-labels");
        pane.setMouseTransparent(true);
        pane.setPickOnBounds(false);
        javafx.scene.shape.Rectangle clip = new javafx.scene.shape.Rectangle(); // a label off the view never covers the panels
        clip.widthProperty().bind(pane.widthProperty());
        clip.heightProperty().bind(pane.heightProperty());
        pane.setClip(clip);
        rig.revisionProperty().addListener((o, a, b) -> place());
        annotations.addListener((ListChangeListener<Annotation>) c -> rebuild());
    }

    /** The pane to put over the 3D view, same size. */
    public Pane pane() { return pane; }

    /** Latitude, longitude to the local frame's x, y (the loader's; null while nothing georeferenced is loaded). */
    public void setToLocal(BiFunction<Double, Double, double[]> toLocal) {
        this.toLocal = toLocal;
        rebuild();
    }

    /** The local (x, y, z) of an annotation's anchor, or null while there is no frame. */
    public double[] anchor(Annotation a) {
        double[] xy = toLocal.apply(a.lat(), a.lon());
        return xy == null ? null : new double[] {xy[0], xy[1], a.height()};
    }

    /** Rebuilds the nodes (after a change of the list or of the frame) and places them. */
    public void rebuild() {
        pane.getChildren().clear();
        for (Annotation a : annotations) {
            Color colour = colour(a.colour());
            Circle dot = new Circle(DOT_RADIUS, colour);
            dot.setStroke(Color.WHITE);
            dot.setStrokeWidth(1.5);
            Line leader = new Line();
            leader.setStroke(colour);
            leader.setStrokeWidth(2);
            leader.setVisible(a.kind() == Annotation.Kind.CALLOUT);
            Label label = new Label(a.text().isEmpty() ? a.id() : a.text());
            label.setFont(LabelFont.of(a.kind() == Annotation.Kind.CALLOUT ? 14 : 13));
            label.setTextFill(textOn(colour));
            label.setPadding(a.kind() == Annotation.Kind.CALLOUT ? new Insets(4, 8, 4, 8) : new Insets(1, 5, 1, 5));
            label.setBackground(new Background(new BackgroundFill(colour, new CornerRadii(3), null)));
            label.setBorder(new Border(new BorderStroke(Color.WHITE, BorderStrokeStyle.SOLID, new CornerRadii(3),
                    new BorderWidths(1))));
            label.setMaxWidth(320);
            label.setWrapText(true);
            Group g = new Group(leader, dot, label);
            g.setUserData(a);
            g.setId("annotation-" + a.id());
            pane.getChildren().add(g);
        }
        place();
    }

    /** Shows only the annotations with these ids (a saved view's), or every one with null. */
    public void setShown(java.util.Collection<String> ids) {
        shown = ids == null ? null : java.util.Set.copyOf(ids);
        place();
    }

    /** The ids shown, or null for all. */
    public java.util.List<String> shown() {
        return shown == null ? null : java.util.List.copyOf(new java.util.TreeSet<>(shown));
    }

    /** Puts every label where its anchor projects now. */
    public void place() {
        for (Node node : pane.getChildren()) {
            if (!(node instanceof Group g) || !(g.getUserData() instanceof Annotation a)) continue;
            double[] p = anchor(a);
            double[] s = p == null ? null : rig.project(rig.toView(p[0], p[1], p[2]));
            g.setVisible(s != null && (shown == null || shown.contains(a.id())));
            if (s == null) continue;
            Line leader = (Line) g.getChildren().get(0);
            Circle dot = (Circle) g.getChildren().get(1);
            Label label = (Label) g.getChildren().get(2);
            label.applyCss(); // sizes are known only after CSS, and the first placement comes before any pulse
            label.autosize();
            dot.setCenterX(s[0]);
            dot.setCenterY(s[1]);
            if (a.kind() == Annotation.Kind.CALLOUT) {
                double bx = s[0] + CALLOUT_DX, by = s[1] - CALLOUT_DY - label.getHeight();
                label.relocate(bx, by);
                leader.setStartX(s[0]);
                leader.setStartY(s[1]);
                leader.setEndX(bx);
                leader.setEndY(by + label.getHeight());
            } else {
                label.relocate(s[0] + DOT_RADIUS + 3, s[1] - label.getHeight() / 2);
            }
        }
    }

    static Color colour(int rgb) {
        return Color.rgb((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF);
    }

    /** Black on light colours, white on dark ones. */
    static Color textOn(Color c) {
        double luminance = 0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue();
        return luminance > 0.55 ? Color.BLACK : Color.WHITE;
    }
}
