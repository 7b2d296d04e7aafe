package org.citytwin.ui.layers;

import org.citytwin.text.Texts;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.ToggleGroup;
import org.citytwin.thematic.ClassBreaks;
import org.citytwin.thematic.ThematicRule;

/** "Colour by" menu: none, PLATEAU presets, or any attribute (numeric ramp or categories). */
public final class ThematicMenu {

    private ThematicMenu() {
    }

    public static Menu create(ThematicViewModel model) {
        ToggleGroup group = new ToggleGroup();
        Menu menu = new Menu(Texts.get("dialogs.menu.colourBy"));
        menu.setId("colour-menu");
        RadioMenuItem none = new RadioMenuItem(Texts.get("dialogs.menu.colourBy.kind"));
        none.setToggleGroup(group);
        none.setSelected(true);
        none.setOnAction(e -> model.clear());
        menu.getItems().addAll(none, new SeparatorMenuItem());
        for (ThematicRule rule : ThematicRule.PRESETS) {
            RadioMenuItem item = new RadioMenuItem(rule.title());
            item.setId("colour-" + rule.attribute());
            item.setToggleGroup(group);
            item.setOnAction(e -> model.colourBy(rule));
            menu.getItems().add(item);
        }
        MenuItem other = new MenuItem(Texts.get("dialogs.menu.colourBy.attribute"));
        other.setOnAction(e -> askForAttribute(model, group));
        menu.getItems().addAll(new SeparatorMenuItem(), other);
        return menu;
    }

    private static void askForAttribute(ThematicViewModel model, ToggleGroup group) {
        TextInputDialog dialog = new TextInputDialog("measuredHeight");
        dialog.setTitle(Texts.get("dialogs.thematic.title"));
        dialog.setHeaderText(Texts.get("dialogs.thematic.header"));
        dialog.showAndWait().ifPresent(text -> {
            String[] words = text.strip().split("\\s+");
            if (words.length == 0 || words[0].isEmpty()) return;
            boolean categories = text.contains("categories");
            ClassBreaks breaks = text.contains("quantile") ? ClassBreaks.QUANTILE : ClassBreaks.EQUAL_INTERVAL;
            model.colourBy(categories ? ThematicRule.categorical(words[0], words[0])
                    : ThematicRule.numeric(words[0], words[0], 6, breaks));
            if (group.getSelectedToggle() != null) group.getSelectedToggle().setSelected(false);
        });
    }
}
