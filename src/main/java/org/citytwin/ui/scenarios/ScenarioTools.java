package org.citytwin.ui.scenarios;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.Pane;
import javafx.stage.Window;
import javafx.util.Duration;
import org.citytwin.scene.CityScene;
import org.citytwin.ui.draw.FootprintDrawing;
import org.citytwin.ui.inspect.InspectorViewModel;
import org.citytwin.ui.load.LoadViewModel;
import org.citytwin.ui.layers.LodViewModel;
import org.citytwin.ui.SelectionController;

/**
 * Scenarios and project files as one piece for the main window to compose: the view model, the scene controller,
 * File's project items, the Edit and Scenario menus, the panel, and the 60 s autosave timer.
 */
public final class ScenarioTools {
    static final Duration AUTOSAVE_EVERY = Duration.seconds(60);
    private final ScenariosViewModel vm = new ScenariosViewModel();
    private final ScenarioController controller;
    private final ProjectFiles files;
    private final InspectorViewModel inspector;
    private final ReadOnlyObjectWrapper<Window> owner = new ReadOnlyObjectWrapper<>();

    public ScenarioTools(Pane view, CityScene scene, LodViewModel lods, InspectorViewModel inspector,
                         SelectionController selection, FootprintDrawing drawing, Executor executor, LoadViewModel load,
                         Consumer<String> status) {
        this.inspector = inspector;
        controller = ScenarioController.install(view, vm, scene, lods, inspector, selection, executor);
        controller.setDrawing(drawing);
        controller.setStatus(status);
        files = new ProjectFiles(vm, load, new RecentProjects(), new FxPrompts(owner::get), status);
        controller.setProjectFolder(files::folder);
        vm.messageProperty().addListener((o, a, text) -> {
            if (!text.isEmpty()) status.accept(text);
        });
        view.sceneProperty().addListener((o, a, s) -> {
            if (s != null) owner.bind(s.windowProperty());
        });
        // plays only while the panel's window shows: a playing timeline is held by the FX pulse for good, and with it
        // these tools and the whole main window, so a closed window would never be collected
        Timeline autosave = new Timeline(new KeyFrame(AUTOSAVE_EVERY, e -> files.autosave()));
        autosave.setCycleCount(Timeline.INDEFINITE);
        javafx.beans.value.ChangeListener<Boolean> showing = (o, was, on) -> {
            if (on) autosave.play();
            else autosave.stop();
        };
        owner.addListener((o, was, window) -> {
            if (was != null) was.showingProperty().removeListener(showing);
            if (window != null) window.showingProperty().addListener(showing);
            showing.changed(null, null, window != null && window.isShowing());
        });
    }

    public ScenariosViewModel viewModel() { return vm; }
    public ScenarioController controller() { return controller; }
    public ProjectFiles files() { return files; }

    /** After a load finished: a shown scenario is replayed over the data as it is now. */
    public void loaded() {
        if (!vm.isBase()) controller.reapply();
    }

    public ScenariosView view() { return new ScenariosView(vm); }
    public List<MenuItem> fileItems() { return ScenarioMenus.file(files); }
    public Menu editMenu() { return ScenarioMenus.edit(vm); }
    public Menu scenarioMenu() { return ScenarioMenus.scenario(vm, controller, inspector, files, owner.getReadOnlyProperty()); }
}
