package org.citytwin.ui.annotations;

import org.citytwin.text.Texts;

import java.util.Optional;
import java.util.function.Consumer;
import javafx.geometry.Point3D;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.StackPane;
import org.citytwin.pipeline.DatasetLoader;
import org.citytwin.scenario.Annotation;
import org.citytwin.scene.CameraRig;
import org.citytwin.scene.CityScene;
import org.citytwin.ui.SelectionController;
import org.citytwin.ui.scenarios.ScenariosViewModel;

/**
 * Annotations as one piece for the main window: the view model over the project, the labels over the 3D view,
 * the Annotate gesture (Tools → Annotate…) and the Annotations panel.
 */
public final class AnnotationTools {
    /** A flight to an annotation comes no closer than this (m) and no farther than {@link #FLY_MAX}. */
    static final double FLY_MIN = 60, FLY_MAX = 300;
    private final CityScene scene;
    private final AnnotationsViewModel vm;
    private final AnnotationLabels labels;
    private final AnnotationTool tool;
    private Consumer<Annotation> editor;

    public AnnotationTools(StackPane view, CityScene scene, SelectionController selection, ScenariosViewModel scenarios,
                           Consumer<String> status) {
        this.scene = scene;
        vm = new AnnotationsViewModel(scenarios);
        labels = new AnnotationLabels(scene.camera(), vm.annotations());
        labels.pane().prefWidthProperty().bind(view.widthProperty());
        labels.pane().prefHeightProperty().bind(view.heightProperty());
        view.getChildren().add(Math.min(1, view.getChildren().size()), labels.pane()); // just above the 3D view
        tool = AnnotationTool.install(view, scene, selection, vm);
        tool.setStatus(status);
        editor = a -> AnnotationDialog.ask(Texts.get("annotations.dialog.edit"), new AnnotationDialog.Answer(a.kind(), a.textJa(), a.textEn(),
                        a.author(), a.colour()), false, view.getScene() == null ? null : view.getScene().getWindow())
                .ifPresent(ans -> vm.edit(a.id(), ans.kind(), ans.textJa(), ans.textEn(), ans.colour()));
    }

    public AnnotationsViewModel viewModel() { return vm; }
    public AnnotationLabels labels() { return labels; }
    public AnnotationTool tool() { return tool; }

    /** The city's frame for lat/lon (the app's loader). */
    public void setLoader(DatasetLoader loader) {
        tool.setLoader(loader);
        labels.setToLocal((lat, lon) -> loader.toLocal(lat, lon));
    }

    /** After a load: the frame may exist only now, so the labels find their anchors. */
    public void loaded() {
        labels.rebuild();
    }

    public MenuItem menuItem() {
        MenuItem item = new MenuItem(Texts.get("annotations.menu.annotate"));
        item.setId("annotate");
        item.setOnAction(e -> tool.start());
        return item;
    }

    public AnnotationsView view() {
        return new AnnotationsView(vm, this::flyTo, a -> editor.accept(a), tool::start);
    }

    /** Flies the camera to look at an annotation from the current direction. */
    public void flyTo(Annotation a) {
        double[] p = labels.anchor(a);
        if (p == null) return;
        CameraRig rig = scene.camera();
        Point3D target = rig.toView(p[0], p[1], p[2]);
        rig.flyTo(target, rig.heading(), Math.max(rig.pitch(), 25), Math.max(FLY_MIN, Math.min(FLY_MAX, rig.distance())));
    }

    /** For tests: answers the Annotate dialog. */
    public void setPrompt(java.util.function.Function<AnnotationDialog.Answer, Optional<AnnotationDialog.Answer>> prompt) {
        tool.setPrompt(prompt);
    }
}
