package org.citytwin.ui.present;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Point3D;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.text.TextAlignment;
import org.citytwin.model.CityObject;
import org.citytwin.model.FeatureKind;
import org.citytwin.pipeline.texture.TextureImages;
import org.citytwin.pipeline.tile.LodSelection;
import org.citytwin.pipeline.tile.TileMesh;
import org.citytwin.pipeline.tile.TileMesher;
import org.citytwin.scene.CameraRig;
import org.citytwin.scene.CityScene;
import org.citytwin.scene.LayerStyle;
import org.citytwin.scene.ThematicPainter;
import org.citytwin.thematic.Classification;
import org.citytwin.ui.theme.CaptionFont;
import org.citytwin.ui.layers.LegendView;

/**
 * What the audience sees: a second {@link CityScene} with the shown objects (merged off the FX thread) that follows the
 * main camera, the stop's caption in IPAexGothic, the thematic legend, the PLATEAU attribution, and a black cover for
 * "blank". No menus, panels or tool overlays.
 */
public final class AudienceView extends StackPane {
    static final String ATTRIBUTION = "出典：国土交通省 Project PLATEAU";
    private final CityScene main;
    private final CityScene scene;
    private final Label caption = new Label();
    private final LegendView legend = new LegendView();
    private final Region black = new Region();
    private final ThematicPainter painter = new ThematicPainter();
    private final Executor executor;
    private Classification colours;
    private long generation;
    private final javafx.beans.value.ChangeListener<Number> follow = (o, a, b) -> copyCamera();

    public AudienceView(CityScene main, Executor executor) {
        this.main = main;
        this.executor = executor;
        setId("audience");
        scene = new CityScene(Math.max(1, main.viewport().getWidth()), Math.max(1, main.viewport().getHeight()));
        scene.viewport().setId("audience-3d");
        scene.viewport().setMouseTransparent(true);
        caption.setId("audience-caption");
        caption.setFont(CaptionFont.of(30));
        caption.setWrapText(true);
        caption.setTextAlignment(TextAlignment.CENTER);
        caption.getStyleClass().add("ct-audience-caption");
        caption.visibleProperty().bind(caption.textProperty().isNotEmpty());
        caption.setMaxWidth(Region.USE_PREF_SIZE); // the box hugs the text
        StackPane.setAlignment(caption, Pos.BOTTOM_CENTER);
        StackPane.setMargin(caption, new Insets(0, 40, 56, 40));
        Label attribution = new Label(ATTRIBUTION);
        attribution.setId("audience-attribution");
        attribution.setFont(CaptionFont.of(14));
        attribution.getStyleClass().add("ct-audience-attribution");
        StackPane.setAlignment(attribution, Pos.BOTTOM_RIGHT);
        StackPane.setMargin(attribution, new Insets(10));
        legend.setMouseTransparent(true);
        legend.managedProperty().bind(legend.visibleProperty());
        legend.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        StackPane.setAlignment(legend, Pos.TOP_LEFT);
        StackPane.setMargin(legend, new Insets(16));
        black.setId("audience-black");
        black.getStyleClass().add("ct-black");
        black.setVisible(false);
        getStyleClass().add("ct-black");
        getChildren().addAll(scene.viewport(), legend, caption, attribution, black);
        main.camera().revisionProperty().addListener(follow);
    }

    /** Stops following the main camera and drops a merge still running (the window closed). */
    public void dispose() {
        main.camera().revisionProperty().removeListener(follow);
        generation++;
    }

    public CityScene scene() { return scene; }
    public Label caption() { return caption; }

    public void setCaption(String text) { caption.setText(text == null ? "" : text); }

    public void setBlanked(boolean on) { black.setVisible(on); }

    public boolean isBlanked() { return black.isVisible(); }

    /** The thematic colouring (null: none), painted and shown as the legend. */
    public void setColours(Classification c) {
        colours = c;
        legend.show(c);
        paint();
    }

    /**
     * Merges {@code objects} off the FX thread at the LODs {@code lods} chooses per kind (the main view's choice) and
     * shows them (a newer call wins); then copies layer state.
     */
    public void show(List<CityObject> objects, LodSelection lods, Runnable then) {
        long gen = ++generation;
        List<CityObject> copy = List.copyOf(objects);
        executor.execute(() -> {
            List<TileMesh> meshes = new ArrayList<>(TileMesher.merge(copy, lods, new TextureImages()));
            Platform.runLater(() -> {
                if (gen != generation) return;
                if (scene.isEmpty()) {
                    scene.addMeshes(meshes, main.bounds());
                } else {
                    for (FeatureKind k : FeatureKind.values()) {
                        scene.replaceKind(k, meshes.stream().filter(m -> m.kind() == k).toList());
                    }
                }
                copyLayers();
                paint();
                copyCamera();
                if (then != null) then.run();
            });
        });
    }

    /** Each kind's visibility and opacity as the main view shows it. */
    public void copyLayers() {
        LayerStyle from = new LayerStyle(main), to = new LayerStyle(scene);
        for (FeatureKind k : FeatureKind.values()) {
            to.setVisible(k, from.isVisible(k));
            if (Math.abs(from.opacity(k) - to.opacity(k)) > 1e-3) to.setOpacity(k, from.opacity(k));
        }
    }

    private void paint() {
        painter.clear();
        if (colours != null) painter.apply(scene.layers(), colours);
    }

    /** The audience looks where the main camera looks (both in the one local frame; origins may differ). */
    void copyCamera() {
        if (scene.isEmpty()) return;
        CameraRig from = main.camera(), to = scene.camera();
        Point3D target = from.toLocal(from.target());
        to.lookAt(to.toView(target.getX(), target.getY(), target.getZ()), from.heading(), from.pitch(), from.distance());
    }
}
