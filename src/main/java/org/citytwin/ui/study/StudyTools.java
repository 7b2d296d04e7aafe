package org.citytwin.ui.study;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Group;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.StackPane;
import org.citytwin.model.CityObject;
import org.citytwin.model.Envelope;
import org.citytwin.model.ProposalAttributes;
import org.citytwin.pipeline.DatasetLoader;
import org.citytwin.scene.CityScene;
import org.citytwin.scene.SceneSnapshots;
import org.citytwin.shadow.ShadowStudy;
import org.citytwin.text.Texts;
import org.citytwin.ui.draw.FootprintDrawing;
import org.citytwin.ui.inspect.InspectorViewModel;
import org.citytwin.ui.layers.LodViewModel;
import org.citytwin.ui.export.ViewImage;
import org.locationtech.jts.geom.Polygon;

/**
 * Tools → Shadow study as one piece for the main window to compose: the view model over the window's objects, the
 * side-panel tab, the site drawing (the footprint tool), the overlay and legend in the 3D view, the top view and
 * the PNG export of it.
 */
public final class StudyTools {
    private final CityScene scene;
    private final FootprintDrawing drawing;
    private final StudyViewModel vm;
    private final StudyOverlay overlay;
    private final StudyLegend legend = new StudyLegend();
    private final Group sitePreview = new Group();
    private final Consumer<String> status;

    public StudyTools(StackPane view, CityScene scene, FootprintDrawing drawing, Executor analysis, LodViewModel lods,
                      InspectorViewModel inspector, Supplier<DatasetLoader> loader, Consumer<String> status) {
        this.scene = scene;
        this.drawing = drawing;
        this.status = status;
        this.overlay = new StudyOverlay(scene);
        vm = new StudyViewModel(new StudyViewModel.Sources() {
            public List<CityObject> proposals() {
                return lods.allObjects().stream().filter(StudyTools::isProposal).toList();
            }

            public CityObject selected() {
                return inspector.selected();
            }

            public double[] toLatLon(double x, double y) {
                DatasetLoader l = loader.get();
                return l == null || l.frame() == null ? null : l.toLatLon(x, y);
            }
        }, analysis, Platform::runLater);
        vm.setImageExport(this::writeTopView);
        view.getChildren().add(legend.layer());
        sitePreview.setId("study-site-preview");
        sitePreview.setMouseTransparent(true);
        vm.resultProperty().addListener((o, a, r) -> showResult(r));
        vm.siteProperty().addListener((o, a, p) -> previewSite(p));
    }

    static boolean isProposal(CityObject o) {
        var flag = o.attribute(ProposalAttributes.PROPOSAL);
        return flag != null && "true".equals(flag.value());
    }

    public StudyViewModel viewModel() { return vm; }

    /** The side-panel tab's content. */
    public StudyPanel view() {
        return new StudyPanel(vm, new StudyPanel.Actions() {
            public void drawSite() {
                StudyTools.this.drawSite();
            }

            public void topView() {
                StudyTools.this.topView();
            }
        });
    }

    /** Tools → Shadow study…: {@code show} brings the tab to the front. */
    public MenuItem menuItem(Runnable show) {
        MenuItem item = new MenuItem(Texts.get("studyui.menu"));
        item.setId("shadow-study");
        item.setOnAction(e -> show.run());
        return item;
    }

    public static String tabTitle() {
        return Texts.get("studyui.tab");
    }

    /** Starts drawing the site on the ground: corners by clicks, double-click or Enter closes, Esc cancels. */
    public void drawSite() {
        drawing.start(FootprintDrawing.Shape.POLYGON, corners -> {
            if (corners.size() < 3) { // Esc, or closed too early
                status.accept(Texts.get("studyui.drawCancelled"));
                return;
            }
            status.accept(""); // the drawing hint is done with; the panel says what became of the site
            vm.setSite(corners);
        });
        status.accept(Texts.get("studyui.drawHint"));
    }

    /** Straight down, north up, framing the result (or the site, or the data). */
    public void topView() {
        ShadowStudy.Result r = vm.resultProperty().get();
        Envelope env = r == null ? new Envelope() : StudyOverlay.extent(r);
        Polygon site = vm.siteProperty().get();
        if (env.isEmpty() && site != null) {
            var e = site.getEnvelopeInternal();
            double z = groundUnder(site);
            env = Envelope.of(e.getMinX(), e.getMinY(), z, e.getMaxX(), e.getMaxY(), z);
        }
        if (env.isEmpty()) scene.top();
        else scene.camera().top(env);
    }

    /** The overlay, for tests: the group the study draws in the scene. */
    Group overlayNode() { return overlay.node(); }

    StudyLegend legend() { return legend; }

    private void showResult(ShadowStudy.Result r) {
        if (r != null) topView(); // line widths follow the scale the plan is first seen at
        overlay.show(r);
        legend.show(r);
        previewSite(r == null ? vm.siteProperty().get() : null);
    }

    /** The drawn site as a line on the ground until a result draws it on the plane. */
    private void previewSite(Polygon p) {
        sitePreview.getChildren().clear();
        scene.overlay().getChildren().remove(sitePreview);
        if (p == null || vm.resultProperty().get() != null) return;
        double width = Math.max(0.2, scene.camera().metresPerPixel() * 2.5);
        javafx.scene.shape.MeshView line = new javafx.scene.shape.MeshView(PlanMeshes.ribbons(p, groundUnder(p) + 0.3, width));
        line.setCullFace(javafx.scene.shape.CullFace.NONE);
        line.setMaterial(StudyOverlay.selfLit(StudyColours.SITE));
        sitePreview.getChildren().add(line);
        scene.overlay().getChildren().add(sitePreview);
    }

    private double groundUnder(Polygon site) {
        var c = site.getCentroid();
        double z = scene.groundElevationAt(c.getX(), c.getY());
        return Double.isFinite(z) ? z : 0;
    }

    /** The top view with the legend as a PNG (FX thread). */
    private void writeTopView(Path file) throws IOException {
        topView();
        var image = ViewImage.render(scene, legend.layer(), 1);
        SceneSnapshots.writePng(image, file);
    }
}
