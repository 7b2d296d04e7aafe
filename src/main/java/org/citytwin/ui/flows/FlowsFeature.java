package org.citytwin.ui.flows;

import org.citytwin.text.Texts;

import java.io.File;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.layout.StackPane;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.citytwin.flow.GeoPlacement;
import org.citytwin.model.CityObject;
import org.citytwin.scene.CityScene;
import org.citytwin.ui.BottomLeftDock;
import org.citytwin.ui.SelectionController;

/**
 * Pedestrian flows in the main window, wired in one place: the controller, the gate tool, flow files (lab files ask
 * for their placement), the heat legend and gate charts over the view, the timeline bar with the live feed's status,
 * the Flows menu with its feed items and File → Import delimited text. The window only places what this returns.
 */
public final class FlowsFeature {
    static final int DEMO_AGENTS = 300;
    private final CityScene scene;
    private final Supplier<List<CityObject>> objects;
    private final Supplier<Window> window;
    private final FlowsController flows;
    private final GateTool gateTool;
    private final FlowFileLoader files;
    private final FlowTimelineView timeline;
    private Supplier<GeoPlacement> placement = () -> null;

    /**
     * Adds the flows' tools and panels to the 3D view's StackPane.
     * @param executor reads flow files; @param objects what is loaded (the demo walks on it); @param window for dialogs
     */
    public FlowsFeature(StackPane view, CityScene scene, SelectionController selection, Executor executor,
                        Supplier<List<CityObject>> objects, Supplier<Window> window) {
        this.scene = scene;
        this.objects = objects;
        this.window = window;
        flows = new FlowsController(scene);
        gateTool = GateTool.install(view, flows, scene.camera(), selection);
        files = new FlowFileLoader(flows, executor, new DefaultFlowReaders());
        files.setLabOptions(file -> LabPlacementDialog.ask(file, labOrigin(), window.get()));
        files.messageProperty().addListener((o, a, text) -> flows.setMessage(text));
        BottomLeftDock.of(view).getChildren().add(new HeatLegendView(flows)); // with the map legends: never over the flows' panels
        GatesView gates = new GatesView(flows);
        StackPane.setAlignment(gates, javafx.geometry.Pos.TOP_RIGHT);
        StackPane.setMargin(gates, new javafx.geometry.Insets(90, 10, 10, 10)); // below the compass
        view.getChildren().add(gates);
        timeline = new FlowTimelineView(flows.timeline());
        flows.connectedProperty().addListener((o, was, on) -> showFeedStatus(on));
        timeline.visibleProperty().bind(flows.timeline().hasDataProperty().or(flows.timeline().liveProperty()));
        timeline.managedProperty().bind(timeline.visibleProperty());
    }

    public FlowsController controller() { return flows; }
    public GateTool gateTool() { return gateTool; }
    public FlowFileLoader files() { return files; }
    /** The timeline bar for the bottom of the window; shown while there are flows or a live feed. */
    public FlowTimelineView timeline() { return timeline; }
    /** The flows' rows for the layers panel. */
    public FlowLayersView layersRows() { return new FlowLayersView(flows); }

    /** Where live positions (lon/lat) are placed: the city's frame; null until something is loaded. */
    public void setGeoPlacement(Supplier<GeoPlacement> placement) {
        this.placement = placement;
    }

    /** The Flows menu: play, colour, gates, then connect, demo and disconnect of the live feed. */
    public Menu menu() {
        Menu flowMenu = FlowMenu.create(flows, gateTool);
        MenuItem connect = item(Texts.get("main.menu.connect"), this::connectFeed);
        MenuItem demo = item(Texts.get("main.menu.demo"), this::startDemo);
        MenuItem disconnect = item(Texts.get("main.menu.disconnect"), flows::disconnectFeed);
        disconnect.disableProperty().bind(flows.connectedProperty().not());
        flowMenu.getItems().addAll(new SeparatorMenuItem(), connect, demo, disconnect);
        return flowMenu;
    }

    /** Flows → Connect to live feed…: f-live's dialog, then the feed goes live in the scene. */
    private void connectFeed() {
        GeoPlacement p = placement.get();
        if (p == null) {
            flows.setMessage(Texts.get("main.feed.needsCity"));
            return;
        }
        new FeedConnectDialog(new FeedConnectViewModel(new org.citytwin.flow.feed.FeedSettingsStore())).showAndWait()
                .ifPresent(settings -> {
                    try {
                        flows.connectFeed(settings, p);
                    } catch (IllegalArgumentException e) {
                        flows.setMessage(Texts.get("main.feed.cannotConnect", e.getMessage()));
                    }
                });
    }

    /** Flows → Demo feed: simulated walkers on the walkable surfaces of what is loaded. */
    private void startDemo() {
        try {
            flows.startDemo(org.citytwin.flow.sim.WalkableSurfaces.of(objects.get()), DEMO_AGENTS);
            flows.setMessage(Texts.get("main.feed.demo", DEMO_AGENTS));
        } catch (IllegalArgumentException e) {
            flows.setMessage(e.getMessage());
        }
    }

    /** The feed's status dot and line in the timeline bar while connected (it polls; removed when disconnected). */
    private void showFeedStatus(boolean connected) {
        timeline.getChildren().removeIf(n -> {
            if (n instanceof FeedStatusView v) v.stop();
            return n instanceof FeedStatusView;
        });
        if (connected) timeline.getChildren().add(new FeedStatusView(new FeedStatusViewModel(flows::feedStatus)));
    }

    /** Where lab trajectories go by default: the middle of the city at its lowest height, else the frame origin. */
    private double[] labOrigin() {
        var b = scene.bounds();
        return b.isEmpty() ? new double[3] : new double[] {b.centerX(), b.centerY(), b.minZ()};
    }

    /** Any CSV/text of positions: the user says which column is id, time (or frame), x, y, z and how to place it. */
    public void importDelimitedText() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Texts.get("main.chooser.import"));
        File f = chooser.showOpenDialog(window.get());
        if (f == null) return;
        List<String> firstLines;
        try (java.util.stream.Stream<String> lines = java.nio.file.Files.lines(f.toPath())) {
            firstLines = lines.limit(12).toList();
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            flows.setMessage(f + ": cannot be read as text (" + e.getMessage() + ")");
            return;
        }
        new ColumnMappingDialog(new ColumnMappingViewModel(firstLines), f.getName()).showAndWait()
                .ifPresent(mapping -> files.load(f.toPath(), mapping));
    }

    private static MenuItem item(String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setOnAction(e -> action.run());
        return item;
    }
}
