package org.citytwin.ui.compare;

import org.citytwin.text.Texts;

import java.util.List;
import java.util.concurrent.Executor;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.StackPane;
import org.citytwin.model.CityObject;
import org.citytwin.pipeline.CancelToken;
import org.citytwin.pipeline.LoadProgress;
import org.citytwin.scene.CityScene;
import org.citytwin.ui.SelectionController;
import org.citytwin.ui.inspect.InspectorViewModel;
import org.citytwin.ui.layers.LayersFeature;
import org.citytwin.ui.load.LoadViewModel;
import org.citytwin.ui.scenarios.ScenarioTools;

/**
 * Comparing in the main window, wired in one place: the compare panel over the view, its sides from the open
 * project's scenarios (or another file, read by the app's loader), shown by re-merging, their objects in the
 * inspector and their colouring in the thematic legend; and Tools → Compare.
 */
public final class CompareFeature {
    private final CompareController compare;

    /** @param executor builds the comparison and its meshes; @param loader reads the other file a side may be */
    public CompareFeature(StackPane view, CityScene scene, Executor executor, ScenarioTools scenarios, LayersFeature layers,
                          InspectorViewModel inspector, SelectionController selection, LoadViewModel.Loader loader) {
        CompareController.Hooks hooks = new CompareController.Hooks(new MergedSideShower(scene, executor),
                inspector::index, o -> {
                    inspector.index(List.of(o));
                    selection.selectById(o.kind(), o.id());
                }, c -> layers.legend().show(c != null ? c : layers.thematic().currentProperty().get()),
                path -> loader.load(List.of(path), LoadProgress.NONE, new CancelToken())
                        .files().stream().flatMap(f -> f.objects().stream()).toList(), layers.lods()::allObjects);
        compare = CompareController.install(view, scene, executor, new CompareSources(projectScenarios(scenarios, layers)), hooks);
    }

    public CompareController controller() { return compare; }

    /** Tools → Compare. */
    public MenuItem menuItem() {
        MenuItem item = new MenuItem(Texts.get("main.menu.compare"));
        item.setOnAction(e -> compare.show());
        return item;
    }

    /** The open project's scenarios for the compare panel: base is the data as loaded, the others replayed over it. */
    private static ScenarioSource projectScenarios(ScenarioTools scenarios, LayersFeature layers) {
        return new ScenarioSource() {
            public List<String> names() {
                return scenarios.viewModel().project().scenarioNames();
            }

            public List<CityObject> objects(String name) {
                return scenarios.controller().objectsOf(name, layers.lods().baseObjects());
            }
        };
    }
}
