package org.citytwin.ui.layers;

import org.citytwin.text.Texts;

import java.util.SortedSet;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import org.citytwin.model.FeatureKind;
import org.citytwin.model.LodChoice;

/** "Level of detail" menu: per loaded feature kind, highest available or one LOD (those the data has). */
public final class LodMenu {

    private LodMenu() {
    }

    public static Menu create(LodViewModel model) {
        Menu menu = new Menu(Texts.get("dialogs.menu.lod"));
        menu.setId("lod-menu");
        rebuild(menu, model);
        model.revisionProperty().addListener((o, a, b) -> rebuild(menu, model));
        return menu;
    }

    private static void rebuild(Menu menu, LodViewModel model) {
        menu.getItems().clear();
        if (model.kinds().isEmpty()) {
            RadioMenuItem none = new RadioMenuItem(Texts.get("dialogs.menu.lod.nothing"));
            none.setDisable(true);
            menu.getItems().add(none);
            return;
        }
        for (FeatureKind kind : model.kinds()) {
            Menu perKind = new Menu(kind.displayName());
            ToggleGroup group = new ToggleGroup();
            SortedSet<Integer> available = model.availableLods(kind);
            perKind.getItems().add(option(model, kind, LodChoice.HIGHEST, Texts.get("dialogs.menu.lod.highest"), group, true));
            for (int lod = 0; lod <= 4; lod++) {
                String text = "LOD" + lod + switch (lod) {
                    case 0 -> Texts.get("dialogs.menu.lod.lod0");
                    case 4 -> Texts.get("dialogs.menu.lod.lod4");
                    default -> "";
                };
                perKind.getItems().add(option(model, kind, LodChoice.exactly(lod), text, group, available.contains(lod)));
            }
            menu.getItems().add(perKind);
        }
    }

    private static RadioMenuItem option(LodViewModel model, FeatureKind kind, LodChoice choice, String text,
                                        ToggleGroup group, boolean enabled) {
        RadioMenuItem item = new RadioMenuItem(text);
        item.setId("lod-" + kind.name() + "-" + (choice.isHighest() ? "highest" : choice.lod()));
        item.setToggleGroup(group);
        item.setSelected(choice.equals(model.choice(kind)));
        item.setDisable(!enabled);
        item.setOnAction(e -> model.choose(kind, choice));
        return item;
    }
}
