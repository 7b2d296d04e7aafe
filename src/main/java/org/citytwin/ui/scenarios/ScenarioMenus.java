package org.citytwin.ui.scenarios;

import org.citytwin.text.Texts;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import org.citytwin.scenario.Edit;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.FileChooser;
import org.citytwin.model.CityObject;
import org.citytwin.model.MeasuredHeight;
import org.citytwin.pipeline.model.ModelCatalog;
import org.citytwin.scenario.Edit;
import org.citytwin.ui.inspect.InspectorViewModel;

/** The Edit menu (undo/redo with the command's name), the Scenario menu, and the project items of the File menu. */
final class ScenarioMenus {
    private ScenarioMenus() {
    }

    static Menu edit(ScenariosViewModel vm) {
        MenuItem undo = item(Texts.get("scenarios.menu.undo"), "Shortcut+Z", vm::undo);
        undo.setId("undo");
        undo.textProperty().bind(vm.undoTextProperty());
        undo.disableProperty().bind(vm.canUndoProperty().not());
        MenuItem redo = item(Texts.get("scenarios.menu.redo"), "Shortcut+Y", vm::redo);
        redo.setId("redo");
        redo.textProperty().bind(vm.redoTextProperty());
        redo.disableProperty().bind(vm.canRedoProperty().not());
        MenuItem redoAlt = item(Texts.get("scenarios.menu.redo"), "Shortcut+Shift+Z", vm::redo); // the other common spelling of redo
        redoAlt.textProperty().bind(vm.redoTextProperty());
        redoAlt.disableProperty().bind(vm.canRedoProperty().not());
        Menu menu = new Menu(Texts.get("scenarios.menu.edit"), null, undo, redo, redoAlt);
        menu.setId("edit-menu");
        return menu;
    }

    static Menu scenario(ScenariosViewModel vm, ScenarioController controller, InspectorViewModel inspector, ProjectFiles files,
                         javafx.beans.value.ObservableValue<javafx.stage.Window> owner) {
        MenuItem create = item(Texts.get("scenarios.menu.newScenario"), null, () -> ScenariosView.ask(Texts.get("scenarios.ask.newScenario"), Texts.get("scenarios.ask.newScenario.name"),
                vm.suggestedName()).ifPresent(vm::create));
        MenuItem duplicate = item(Texts.get("scenarios.menu.duplicate"), null, vm::duplicate);
        MenuItem demolish = item(Texts.get("scenarios.menu.demolish"), null, () -> {
            CityObject o = inspector.selected();
            if (o != null) vm.demolish(o.id());
        });
        demolish.setId("demolish");
        demolish.disableProperty().bind(inspector.selectedProperty().isNull());
        MenuItem height = item(Texts.get("scenarios.menu.height"), null, () -> changeHeight(vm, inspector.selected()));
        height.setId("change-height");
        height.disableProperty().bind(inspector.selectedProperty().isNull());
        MenuItem place = item(Texts.get("scenarios.menu.place"), null, () -> chooseModel(owner.getValue(), files).ifPresent(controller::startPlacing));
        place.setId("place-model");
        MenuItem turn = item(Texts.get("scenarios.menu.turn"), null, () -> turn(vm, inspector.selected()));
        turn.setId("turn-model");
        turn.disableProperty().bind(inspector.selectedProperty().isNull());
        MenuItem box = item(Texts.get("scenarios.menu.box"), null, () -> controller.startSketch(Edit.Sketch.Shape.BOX));
        box.setId("sketch-box");
        MenuItem cylinder = item(Texts.get("scenarios.menu.cylinder"), null, () -> controller.startSketch(Edit.Sketch.Shape.CYLINDER));
        cylinder.setId("sketch-cylinder");
        MenuItem extrusion = item(Texts.get("scenarios.menu.extrusion"), null, () -> controller.startSketch(Edit.Sketch.Shape.EXTRUSION));
        extrusion.setId("sketch-extrusion");
        MenuItem attribute = item(Texts.get("scenarios.menu.attribute"), null, () -> editAttribute(vm, inspector.selected()));
        attribute.setId("edit-attribute");
        attribute.disableProperty().bind(inspector.selectedProperty().isNull());
        Menu menu = new Menu(Texts.get("scenarios.menu.scenario"), null, create, duplicate, new SeparatorMenuItem(), demolish, height, place, turn,
                new SeparatorMenuItem(), box, cylinder, extrusion, attribute);
        menu.setId("scenario-menu");
        return menu;
    }

    /** New/Open/Save/Save as/Recent projects, to go at the top of the File menu. */
    static List<MenuItem> file(ProjectFiles files) {
        Menu recent = new Menu(Texts.get("scenarios.menu.recent"));
        recent.setId("recent-projects");
        recent.setOnShowing(e -> fillRecent(recent, files));
        fillRecent(recent, files);
        return List.of(item(Texts.get("scenarios.menu.newProject"), null, files::newProject), item(Texts.get("scenarios.menu.openProject"), null, files::open),
                item(Texts.get("scenarios.menu.save"), "Shortcut+S", files::save), item(Texts.get("scenarios.menu.saveAs"), "Shortcut+Shift+S", files::saveAs),
                recent, new SeparatorMenuItem());
    }

    private static void fillRecent(Menu recent, ProjectFiles files) {
        List<MenuItem> items = new ArrayList<>();
        for (Path p : files.recent().list()) items.add(item(p.toString(), null, () -> files.open(p, false)));
        if (items.isEmpty()) {
            MenuItem none = new MenuItem(Texts.get("scenarios.menu.recentNone"));
            none.setDisable(true);
            items.add(none);
        }
        recent.getItems().setAll(items);
    }

    private static void changeHeight(ScenariosViewModel vm, CityObject o) {
        if (o == null || !vm.requireScenario()) return;
        OptionalDouble now = MeasuredHeight.of(o);
        ScenariosView.ask(Texts.get("scenarios.ask.height"), Texts.get("scenarios.ask.height.text", o.id()),
                now.isPresent() ? String.format(Locale.ROOT, "%.1f", now.getAsDouble()) : "").ifPresent(text -> {
                    try {
                        vm.changeHeight(o.id(), Double.parseDouble(text.replace(',', '.')));
                    } catch (NumberFormatException e) {
                        vm.changeHeight(o.id(), Double.NaN); // refused with the sentence about a positive number
                    }
                });
    }

    /** Asks "heading, scale" for a placed model, e.g. "30, 1.5". */
    private static void turn(ScenariosViewModel vm, CityObject o) {
        if (o == null || !vm.requireScenario()) return;
        Edit.PlaceModel p = vm.placement(o.id());
        if (p == null) {
            vm.turn(o.id(), 0, 1); // refused with the sentence that only placed models turn
            return;
        }
        ScenariosView.ask(Texts.get("scenarios.ask.turn"), Texts.get("scenarios.ask.turn.text", o.id()),
                String.format(Locale.ROOT, "%.0f, %.2f", p.heading(), p.scale())).ifPresent(text -> {
                    String[] parts = text.split("[,;\\s]+");
                    try {
                        vm.turn(o.id(), Double.parseDouble(parts[0]), parts.length > 1 ? Double.parseDouble(parts[1]) : p.scale());
                    } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                        vm.turn(o.id(), p.heading(), Double.NaN); // refused with the sentence about a positive scale
                    }
                });
    }

    /** Asks an attribute's name, then its value (the current one proposed), for a proposal. */
    private static void editAttribute(ScenariosViewModel vm, CityObject o) {
        if (o == null || !vm.setAttributeAllowed(o)) return;
        ScenariosView.ask(Texts.get("scenarios.ask.attribute"), Texts.get("scenarios.ask.attribute.name", o.id()),
                "bldg:usage").ifPresent(name -> {
                    var now = o.attribute(name);
                    ScenariosView.ask(Texts.get("scenarios.ask.attribute"), Texts.get("scenarios.ask.attribute.value", name, o.id()),
                            now == null || now.value() == null ? "" : now.value()).ifPresent(value -> vm.setAttribute(o, name, value));
                });
    }

    /** A catalog model (by its name) or a model file; the catalog id or the file's path. */
    static java.util.Optional<String> chooseModel(javafx.stage.Window owner, ProjectFiles files) {
        List<ModelCatalog.Entry> entries = ModelCatalog.bundled().map(ModelCatalog::models).orElse(List.of());
        List<String> choices = new ArrayList<>();
        entries.forEach(e -> choices.add(e.name() + " (" + e.id() + ")"));
        choices.add(Texts.get("scenarios.place.fromFile"));
        ChoiceDialog<String> dialog = new ChoiceDialog<>(choices.get(0), choices);
        dialog.setTitle(Texts.get("scenarios.place.title"));
        dialog.setHeaderText(Texts.get("scenarios.place.header"));
        if (owner != null) dialog.initOwner(owner);
        var answer = dialog.showAndWait();
        if (answer.isEmpty()) return java.util.Optional.empty();
        int i = choices.indexOf(answer.get());
        if (i < entries.size()) return java.util.Optional.of(entries.get(i).id());
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Texts.get("scenarios.place.chooser"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("glTF, GLB, OBJ, CityGML", "*.gltf", "*.glb", "*.obj", "*.gml"));
        var f = chooser.showOpenDialog(owner);
        return f == null ? java.util.Optional.empty() : java.util.Optional.of(files.modelReference(f.toPath()));
    }

    static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (accelerator != null) item.setAccelerator(KeyCombination.keyCombination(accelerator));
        item.setOnAction(e -> action.run());
        return item;
    }
}
