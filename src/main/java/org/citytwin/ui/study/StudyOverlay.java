package org.citytwin.ui.study;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.CullFace;
import javafx.scene.shape.MeshView;
import javafx.scene.shape.TriangleMesh;
import org.citytwin.model.Envelope;
import org.citytwin.scene.CityScene;
import org.citytwin.shadow.ShadowHours;
import org.citytwin.shadow.ShadowStudy;

/**
 * Draws a study on its measurement plane in the scene's overlay: the equal-time bands (grid cells coloured by the
 * hours line they reach), the exceedances in red, the hours lines, the hourly outlines, the site and its 5 m / 10 m
 * lines, stacked a little apart so that they do not fight in the depth buffer. Colours are self-lit: the plan keeps
 * its legend's colours whatever the sun and the lights do. FX thread.
 */
final class StudyOverlay {
    private final CityScene scene;
    private final Group group = new Group();

    private final javafx.animation.PauseTransition settle = new javafx.animation.PauseTransition(javafx.util.Duration.millis(200));
    private ShadowStudy.Result shown;
    private double drawnAt = Double.NaN;

    StudyOverlay(CityScene scene) {
        this.scene = scene;
        group.setId("study-overlay");
        group.setMouseTransparent(true);
        // lines are metres wide on the plane: after a zoom settles, they are drawn again a few pixels wide
        settle.setOnFinished(e -> {
            double mpp = scene.camera().metresPerPixel();
            if (shown != null && (mpp > drawnAt * 1.5 || mpp < drawnAt / 1.5)) show(shown);
        });
        scene.camera().revisionProperty().addListener((o, a, b) -> {
            if (shown != null) settle.playFromStart();
        });
    }

    Group node() { return group; }

    /** Replaces the drawing with this result (null removes it). */
    void show(ShadowStudy.Result r) {
        group.getChildren().clear();
        scene.overlay().getChildren().remove(group);
        shown = r;
        if (r == null) return;
        double mpp = Math.max(0.02, scene.camera().metresPerPixel());
        drawnAt = mpp;
        double dz = Math.max(0.03, scene.camera().distance() * 0.0008), z = r.planeZ();
        double line = Math.max(0.15, mpp * 2.5), thin = Math.max(0.08, mpp * 1.2);
        List<Node> nodes = new ArrayList<>();
        double[] levels = r.settings().levels();
        for (int b = 0; b < levels.length; b++) {
            double hi = b + 1 < levels.length ? levels[b + 1] : Double.POSITIVE_INFINITY;
            nodes.add(view("study-band-" + b, PlanMeshes.band(r.grid(), levels[b], hi, z), StudyColours.band(b)));
        }
        for (ShadowStudy.Exceedance e : r.exceedances()) {
            if (!e.area().isEmpty()) nodes.add(view("study-exceed-" + e.zone(), PlanMeshes.fill(e.area(), z + dz), StudyColours.EXCEED));
        }
        for (ShadowHours.Contour c : r.contours()) {
            if (!c.area().isEmpty()) nodes.add(view("study-contour-" + StudyViewModel.hours(c.hours()), PlanMeshes.ribbons(c.area(), z + 2 * dz, thin), StudyColours.CONTOUR));
        }
        for (ShadowStudy.HourlyOutline h : r.hourly()) {
            if (!h.shadow().isEmpty()) nodes.add(view("study-hourly-" + h.time(), PlanMeshes.ribbons(h.shadow(), z + 3 * dz, thin), StudyColours.HOURLY));
        }
        if (r.site() != null) {
            nodes.add(view("study-line10", PlanMeshes.ribbons(r.line10(), z + 4 * dz, line), StudyColours.LINE10));
            nodes.add(view("study-line5", PlanMeshes.ribbons(r.line5(), z + 4 * dz, line), StudyColours.LINE5));
            nodes.add(view("study-site", PlanMeshes.ribbons(r.site(), z + 5 * dz, line), StudyColours.SITE));
        }
        group.getChildren().setAll(nodes);
        scene.overlay().getChildren().add(group);
    }

    /**
     * What the plan is about (local frame): the lowest hours line and the 10 m line, with a margin; the long morning
     * and evening outlines may run off it. Empty without shadow and site.
     */
    static Envelope extent(ShadowStudy.Result r) {
        org.locationtech.jts.geom.Envelope e = new org.locationtech.jts.geom.Envelope();
        if (!r.contours().isEmpty()) e.expandToInclude(r.contours().get(0).area().getEnvelopeInternal());
        if (r.site() != null) e.expandToInclude(r.line10().getEnvelopeInternal());
        if (e.isNull()) {
            ShadowHours.Grid g = r.grid();
            if (g.nx() == 0) return new Envelope();
            e = new org.locationtech.jts.geom.Envelope(g.x0(), g.x0() + g.nx() * g.spacing(), g.y0(), g.y0() + g.ny() * g.spacing());
        }
        double margin = Math.max(10, 0.25 * Math.max(e.getWidth(), e.getHeight()));
        return Envelope.of(e.getMinX() - margin, e.getMinY() - margin, r.planeZ(), e.getMaxX() + margin, e.getMaxY() + margin, r.planeZ());
    }

    private static MeshView view(String id, TriangleMesh mesh, Color colour) {
        MeshView v = new MeshView(mesh);
        v.setId(id);
        v.setCullFace(CullFace.NONE);
        v.setMaterial(selfLit(colour));
        return v;
    }

    /** Black diffuse, no highlight, the colour as self-illumination: the same colour under any light. */
    static PhongMaterial selfLit(Color colour) {
        WritableImage pixel = new WritableImage(2, 2);
        for (int x = 0; x < 2; x++) for (int y = 0; y < 2; y++) pixel.getPixelWriter().setColor(x, y, colour);
        PhongMaterial m = new PhongMaterial(Color.BLACK);
        m.setSpecularColor(Color.BLACK);
        m.setSelfIlluminationMap(pixel);
        return m;
    }
}
