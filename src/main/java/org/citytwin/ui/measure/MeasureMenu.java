package org.citytwin.ui.measure;

import org.citytwin.text.Texts;

import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import org.citytwin.measure.MeasureTool;

/** View → Measure: distance, area, height above ground (one at a time; choosing the active one again ends it), clear. */
public final class MeasureMenu {
    private MeasureMenu() {
    }

    public static Menu create(MeasureViewModel vm) {
        Menu menu = new Menu(Texts.get("dialogs.menu.measure"));
        menu.setId("measure-menu");
        for (MeasureTool tool : MeasureTool.values()) {
            CheckMenuItem item = new CheckMenuItem(Texts.get("dialogs.menu.measure.tool", tool == MeasureTool.HEIGHT ? 1 : 0, tool.displayName().toLowerCase()));
            item.setId("measure-" + tool.name().toLowerCase());
            if (tool == MeasureTool.DISTANCE) item.setAccelerator(KeyCombination.keyCombination("Shortcut+M"));
            item.setOnAction(e -> vm.setTool(item.isSelected() ? tool : null));
            vm.toolProperty().addListener((o, was, now) -> item.setSelected(now == tool));
            menu.getItems().add(item);
        }
        MenuItem clear = new MenuItem(Texts.get("dialogs.menu.measure.clear"));
        clear.setId("measure-clear-all");
        clear.setOnAction(e -> vm.clear());
        menu.getItems().addAll(new SeparatorMenuItem(), clear);
        return menu;
    }
}
