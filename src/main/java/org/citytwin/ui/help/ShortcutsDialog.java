package org.citytwin.ui.help;

import java.util.List;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.citytwin.text.Texts;
import org.citytwin.ui.help.Shortcut.Where;
import org.citytwin.ui.theme.Theme;

/** Help → Keyboard shortcuts: the {@link Shortcuts} table by place, then the menu bar's accelerators. Not modal. */
public final class ShortcutsDialog extends Dialog<Void> {

    public ShortcutsDialog(Window owner, List<Shortcuts.MenuKey> menuKeys) {
        initOwner(owner);
        initModality(Modality.NONE);
        setTitle(Texts.get("help.shortcuts.title"));
        setResizable(true);
        GridPane grid = new GridPane();
        grid.setId("shortcuts-grid");
        getDialogPane().setId("shortcuts");
        grid.setHgap(18);
        grid.setVgap(4);
        grid.getStyleClass().add("help-grid");
        javafx.scene.layout.ColumnConstraints keys = new javafx.scene.layout.ColumnConstraints();
        keys.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // keys are never cut; descriptions wrap
        javafx.scene.layout.ColumnConstraints actions = new javafx.scene.layout.ColumnConstraints();
        actions.setHgrow(javafx.scene.layout.Priority.ALWAYS);
        grid.getColumnConstraints().addAll(keys, actions);
        int row = 0;
        for (Where where : Where.values()) {
            row = heading(grid, row, where.title());
            for (Shortcut s : Shortcuts.table()) {
                if (s.where() == where) row = line(grid, row, s.keys(), s.action());
            }
        }
        row = heading(grid, row, Texts.get("help.where.menus"));
        for (Shortcuts.MenuKey k : menuKeys) row = line(grid, row, k.keys(), k.command());
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefSize(640, 620);
        getDialogPane().setContent(scroll);
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        Theme.current().apply(getDialogPane());
    }

    private static int heading(GridPane grid, int row, String text) {
        Label title = new Label(text);
        title.getStyleClass().add("help-heading");
        grid.add(title, 0, row, 2, 1);
        return row + 1;
    }

    private static int line(GridPane grid, int row, String keys, String action) {
        Label k = new Label(keys);
        k.getStyleClass().add("help-keys");
        Label a = new Label(action);
        a.setWrapText(true);
        grid.add(k, 0, row);
        grid.add(a, 1, row);
        return row + 1;
    }
}
