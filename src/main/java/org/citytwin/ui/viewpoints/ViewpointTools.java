package org.citytwin.ui.viewpoints;

import org.citytwin.text.Texts;

import javafx.scene.SnapshotParameters;
import javafx.scene.control.TextInputDialog;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.transform.Transform;
import org.citytwin.scenario.Tour;
import org.citytwin.scenario.Viewpoint;
import org.citytwin.scene.CameraFlight;
import org.citytwin.scene.CityScene;

/**
 * Viewpoints as one piece for the main window: the view model, the capture/apply of the window's state, the
 * thumbnails (the 3D view scaled to {@link #THUMB_WIDTH} px) and the dialogs for a caption or a new name.
 */
public final class ViewpointTools {
    static final double THUMB_WIDTH = 120;
    private final ViewpointsViewModel vm;
    private final ViewState state;
    private final CityScene scene;
    private final java.util.function.Consumer<String> status;
    private final TourPlayback tour;

    public ViewpointTools(ViewpointsViewModel vm, ViewState state, CityScene scene, java.util.function.Consumer<String> status) {
        this.vm = vm;
        this.state = state;
        this.scene = scene;
        this.status = status;
        this.tour = new TourPlayback(vm, this::go, status);
    }

    /** The viewpoints of the main window's project, camera and panels; lat/lon come from the app's loader once it is set. */
    public static ViewpointTools of(org.citytwin.ui.MainWindow w) {
        var scenarios = w.scenarios();
        ViewpointCamera camera = new ViewpointCamera(new ViewpointCamera.Frame() {
            public double[] toLatLon(double x, double y) {
                var loader = scenarios.controller().loader();
                return loader == null ? null : loader.toLatLon(x, y);
            }

            public double[] toLocal(double lat, double lon) {
                var loader = scenarios.controller().loader();
                return loader == null ? null : loader.toLocal(lat, lon);
            }
        });
        ViewState state = new ViewState(w.cityScene().camera(), camera, scenarios.viewModel(), w.sidePanel().layers(),
                w.lodModel(), w.underground().xrayProperty()).attach(w.thematicModel(), w.underground(), w.excavation(),
                w.flows() == null ? null : w.flows().timeline(), w.annotations() == null ? null : w.annotations().labels());
        return new ViewpointTools(new ViewpointsViewModel(scenarios.viewModel()), state, w.cityScene(),
                w.viewModel()::setMessage);
    }

    public ViewpointsViewModel viewModel() { return vm; }
    public ViewState state() { return state; }
    public ViewpointsView view() { return new ViewpointsView(this); }
    /** The tour played in the main window (the Viewpoints tab's play/pause/previous/next). */
    public TourPlayback tour() { return tour; }

    /** Asks a stop's flight and dwell times (seconds); OK writes them (and puts the viewpoint in the tour). */
    public void timing(Viewpoint v) {
        Tour.Stop now = vm.stop(v.name()).orElse(new Tour.Stop(v.name(), Tour.DEFAULT_FLIGHT, Tour.DEFAULT_DWELL));
        javafx.scene.control.Dialog<javafx.scene.control.ButtonType> d = new javafx.scene.control.Dialog<>();
        d.setTitle(Texts.get("viewpoints.timing.title"));
        d.setHeaderText(Texts.get("viewpoints.timing.header", v.name()));
        javafx.scene.control.Spinner<Double> flight = seconds(now.flightSeconds());
        javafx.scene.control.Spinner<Double> dwell = seconds(now.dwellSeconds());
        flight.setId("tour-flight");
        dwell.setId("tour-dwell");
        javafx.scene.layout.GridPane grid = new javafx.scene.layout.GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, new javafx.scene.control.Label(Texts.get("viewpoints.timing.flight")), flight);
        grid.addRow(1, new javafx.scene.control.Label(Texts.get("viewpoints.timing.dwell")), dwell);
        d.getDialogPane().setContent(grid);
        d.getDialogPane().getButtonTypes().addAll(javafx.scene.control.ButtonType.OK, javafx.scene.control.ButtonType.CANCEL);
        d.showAndWait().filter(b -> b == javafx.scene.control.ButtonType.OK).ifPresent(b -> {
            flight.commitValue(); // a typed value counts without pressing Enter
            dwell.commitValue();
            vm.setTiming(v.name(), flight.getValue(), dwell.getValue());
        });
    }

    private static javafx.scene.control.Spinner<Double> seconds(double value) {
        javafx.scene.control.Spinner<Double> s = new javafx.scene.control.Spinner<>(0.0, 600.0, value, 0.5);
        s.setEditable(true);
        s.setPrefWidth(90);
        return s;
    }

    /** Asks a caption, then adds the current view under the next free name. */
    public void addFromView() {
        String name = vm.suggestedName();
        TextInputDialog ask = new TextInputDialog("");
        ask.setTitle(Texts.get("viewpoints.add.title"));
        ask.setHeaderText(Texts.get("viewpoints.add.header", name));
        ask.showAndWait().ifPresent(caption -> add(name, caption));
    }

    /** Adds the current view as {@code name} with {@code caption}; false (with a status line) when nothing is loaded. */
    public boolean add(String name, String caption) {
        Viewpoint v = state.capture(name, caption);
        if (v == null) {
            status.accept(Texts.get("viewpoints.add.needsData"));
            return false;
        }
        boolean ok = vm.add(v);
        if (ok) vm.setThumbnail(name, thumbnail());
        return ok;
    }

    public void update(Viewpoint v) {
        Viewpoint now = state.capture(v.name(), null);
        if (now != null && vm.update(v.name(), now)) vm.setThumbnail(v.name(), thumbnail());
    }

    public void rename(Viewpoint v) {
        TextInputDialog ask = new TextInputDialog(v.name());
        ask.setTitle(Texts.get("viewpoints.rename.title"));
        ask.setHeaderText(Texts.get("viewpoints.rename.header", v.name()));
        ask.showAndWait().ifPresent(n -> vm.rename(v.name(), n));
    }

    /** Asks the caption and the speaker notes (two fields) for a viewpoint. */
    public void describe(Viewpoint v) {
        javafx.scene.control.Dialog<javafx.scene.control.ButtonType> d = new javafx.scene.control.Dialog<>();
        d.setTitle(Texts.get("viewpoints.describe.title"));
        d.setHeaderText(Texts.get("viewpoints.describe.header", v.name()));
        javafx.scene.control.TextArea caption = new javafx.scene.control.TextArea(v.caption());
        caption.setPrefRowCount(2);
        javafx.scene.control.TextArea notes = new javafx.scene.control.TextArea(v.notes() == null ? "" : v.notes());
        notes.setPrefRowCount(4);
        d.getDialogPane().setContent(new javafx.scene.layout.VBox(6, new javafx.scene.control.Label(Texts.get("viewpoints.describe.caption")), caption,
                new javafx.scene.control.Label(Texts.get("viewpoints.describe.notes")), notes));
        d.getDialogPane().getButtonTypes().addAll(javafx.scene.control.ButtonType.OK, javafx.scene.control.ButtonType.CANCEL);
        d.showAndWait().filter(b -> b == javafx.scene.control.ButtonType.OK)
                .ifPresent(b -> vm.describe(v.name(), caption.getText(), notes.getText()));
    }

    /** Applies the viewpoint's scenario and layers and flies there. */
    public CameraFlight go(Viewpoint v) {
        return state.go(v);
    }

    /** Applies the viewpoint, flying there in {@code flight}. */
    public CameraFlight go(Viewpoint v, javafx.util.Duration flight) {
        return state.go(v, flight);
    }

    /** The 3D view as it is now, scaled to the thumbnail width. */
    WritableImage thumbnail() {
        double w = scene.viewport().getWidth();
        if (!(w > 0)) return null;
        SnapshotParameters p = new SnapshotParameters();
        p.setFill(Color.TRANSPARENT);
        double s = THUMB_WIDTH / w;
        p.setTransform(Transform.scale(s, s));
        try {
            return scene.viewport().snapshot(p, null);
        } catch (RuntimeException e) {
            return null; // no thumbnail is no reason to lose the viewpoint
        }
    }
}
