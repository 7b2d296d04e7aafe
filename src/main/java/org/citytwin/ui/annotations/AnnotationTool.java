package org.citytwin.ui.annotations;

import org.citytwin.text.Texts;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import org.citytwin.pipeline.DatasetLoader;
import org.citytwin.scenario.Annotation;
import org.citytwin.scene.CityScene;
import org.citytwin.scene.Picker;
import org.citytwin.ui.SelectionController;

/**
 * Tools → Annotate…: the next primary click on the view says where. A hit on the model gives the point (and the
 * object, attached by its gml:id); elsewhere the ground plane does. Then the text, author and colour are asked
 * and the annotation added as one undoable change. Esc cancels.
 */
public final class AnnotationTool {
    private final CityScene scene;
    private final Picker picker;
    private final AnnotationsViewModel vm;
    private DatasetLoader loader;
    private boolean active;
    private Function<AnnotationDialog.Answer, Optional<AnnotationDialog.Answer>> prompt;
    private Consumer<String> status = text -> { };

    private AnnotationTool(CityScene scene, Picker picker, AnnotationsViewModel vm) {
        this.scene = scene;
        this.picker = picker;
        this.vm = vm;
    }

    static AnnotationTool install(Pane view, CityScene scene, SelectionController selection, AnnotationsViewModel vm) {
        AnnotationTool t = new AnnotationTool(scene, selection.picker(), vm);
        t.prompt = start -> AnnotationDialog.ask(Texts.get("annotations.dialog.annotate"), start, true, view.getScene() == null ? null : view.getScene().getWindow());
        view.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (t.active && e.getButton() == MouseButton.PRIMARY) e.consume();
        });
        view.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            if (!t.active || e.getButton() != MouseButton.PRIMARY) return;
            e.consume();
            t.active = false;
            view.setCursor(null);
            t.annotateAt(e.getX(), e.getY());
        });
        view.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (t.active && e.getCode() == KeyCode.ESCAPE) {
                t.active = false;
                view.setCursor(null);
                t.status.accept("");
                e.consume();
            }
        });
        selection.alsoSuspendWhile(() -> t.active);
        t.view = view;
        return t;
    }

    private Pane view;

    public void setLoader(DatasetLoader loader) { this.loader = loader; }
    public void setStatus(Consumer<String> status) { this.status = status; }
    /** Who answers the dialog (tests answer it themselves). */
    public void setPrompt(Function<AnnotationDialog.Answer, Optional<AnnotationDialog.Answer>> prompt) { this.prompt = prompt; }
    public boolean isActive() { return active; }

    /** Starts the gesture: the next click says where. False, with a sentence, while nothing georeferenced is loaded. */
    public boolean start() {
        if (loader == null || loader.frame() == null) {
            status.accept(Texts.get("annotations.status.needsData"));
            return false;
        }
        active = true;
        if (view != null) view.setCursor(javafx.scene.Cursor.CROSSHAIR);
        status.accept(Texts.get("annotations.status.click"));
        return true;
    }

    /** Annotates the point under a viewport pixel: asks the text, then adds it. Returns it, or null. */
    public Annotation annotateAt(double sx, double sy) {
        var hit = picker.pick(sx, sy);
        double[] p;
        String objectId = null;
        if (hit.isPresent()) {
            p = new double[] {hit.get().x(), hit.get().y(), hit.get().z()};
            objectId = hit.get().objectId();
        } else {
            double z = scene.groundElevation();
            p = onPlane(sx, sy, Double.isFinite(z) ? z : 0);
        }
        double[] latLon = p == null || loader == null ? null : loader.toLatLon(p[0], p[1]);
        if (latLon == null) {
            status.accept(Texts.get("annotations.status.nothing"));
            return null;
        }
        Optional<AnnotationDialog.Answer> answer = prompt.apply(new AnnotationDialog.Answer(Annotation.Kind.CALLOUT, "", "",
                AnnotationsViewModel.defaultAuthor(), AnnotationDialog.DEFAULT_COLOUR));
        if (answer.isEmpty()) {
            status.accept(Texts.get("annotations.status.cancelled"));
            return null;
        }
        AnnotationDialog.Answer a = answer.get();
        Annotation added = vm.add(a.kind(), latLon[0], latLon[1], p[2], objectId, a.textJa(), a.textEn(), a.author(), a.colour());
        if (added != null) status.accept(Texts.get("annotations.status.added", objectId == null ? 0 : 1, String.valueOf(objectId)));
        return added;
    }

    /** Where the ray through a pixel meets the horizontal plane at height z (local x, y, z), or null. */
    private double[] onPlane(double sx, double sy, double z) {
        double[] p = scene.camera().onPlane(sx, sy, z);
        return p == null ? null : new double[] {p[0], p[1], z};
    }
}
