package org.citytwin.ui.prefs;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.text.Font;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.citytwin.model.LodChoice;
import org.citytwin.text.Texts;
import org.citytwin.ui.theme.Theme;

/**
 * Edit → Preferences: language (after a restart), textures, default level of detail, theme and the memory for 3D meshes. OK writes them
 * through the view model; the caller applies what takes effect at once.
 */
public final class PreferencesDialog extends Dialog<ButtonType> {

    private static final Locale OS_LANGUAGE = Locale.ROOT; // stands for "no choice" in the combo box

    public PreferencesDialog(Window owner, PreferencesViewModel vm) {
        initOwner(owner);
        setTitle(Texts.get("help.prefs.title"));
        ComboBox<Locale> language = combo("prefs-language", l -> l == OS_LANGUAGE ? Texts.get("help.prefs.language.os")
                : l.equals(Locale.JAPANESE) ? "日本語" : "English", OS_LANGUAGE, Locale.ENGLISH, Locale.JAPANESE);
        org.citytwin.ui.theme.CaptionFont.of(Font.getDefault().getSize()); // registers the bundled family for ct-cjk
        language.getStyleClass().add("ct-cjk"); // 日本語 must render where no system font has it
        language.setValue(vm.languageProperty().get() == null ? OS_LANGUAGE : vm.languageProperty().get());
        language.valueProperty().addListener((o, a, l) -> vm.languageProperty().set(l == OS_LANGUAGE ? null : l));
        Label restart = new Label(Texts.get("help.prefs.language.restart"));
        restart.getStyleClass().add("ct-small-note");

        CheckBox textures = new CheckBox(Texts.get("help.prefs.textures"));
        textures.setId("prefs-textures");
        textures.selectedProperty().bindBidirectional(vm.texturesProperty());

        LodChoice[] lods = {LodChoice.HIGHEST, LodChoice.exactly(0), LodChoice.exactly(1), LodChoice.exactly(2),
                LodChoice.exactly(3), LodChoice.exactly(4)};
        ComboBox<LodChoice> lod = combo("prefs-lod", c -> c.isHighest() ? Texts.get("help.prefs.lod.highest")
                : Texts.get("help.prefs.lod.exactly", c.lod()), lods);
        lod.valueProperty().bindBidirectional(vm.defaultLodProperty());
        Label lodNote = new Label(Texts.get("help.prefs.lod.note"));
        lodNote.getStyleClass().add("ct-small-note");
        lodNote.setWrapText(true);

        ComboBox<Theme> theme = combo("prefs-theme", t -> t == Theme.DARK
                ? Texts.get("help.prefs.theme.dark") : Texts.get("help.prefs.theme.light"), Theme.values());
        theme.valueProperty().bindBidirectional(vm.themeProperty());

        javafx.scene.control.Spinner<Integer> budget = new javafx.scene.control.Spinner<>(MeshBudget.MIN_MB, MeshBudget.MAX_MB,
                vm.meshBudgetMBProperty().get(), MeshBudget.STEP_MB);
        budget.setId("prefs-mesh-budget");
        budget.setEditable(true);
        budget.valueProperty().addListener((o, a, mb) -> {
            if (mb != null) vm.meshBudgetMBProperty().set(mb);
        });
        java.util.OptionalInt override = MeshBudget.override();
        Label budgetNote = new Label(override.isPresent() ? Texts.get("help.prefs.meshBudget.override", override.getAsInt())
                : Texts.get("help.prefs.meshBudget.note"));
        budgetNote.setId("prefs-mesh-budget-note");
        budget.setDisable(override.isPresent()); // this run keeps the command line's budget
        budgetNote.getStyleClass().add("ct-small-note");
        budgetNote.setWrapText(true);
        budgetNote.setMaxWidth(360);
        javafx.scene.layout.HBox budgetRow = new javafx.scene.layout.HBox(6, budget, new Label(Texts.get("help.prefs.meshBudget.unit")));
        budgetRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        grid.addRow(0, new Label(Texts.get("help.prefs.language")), language);
        grid.add(restart, 1, 1);
        grid.addRow(2, new Label(Texts.get("help.prefs.textures.label")), textures);
        grid.addRow(3, new Label(Texts.get("help.prefs.lod")), lod);
        grid.add(lodNote, 1, 4);
        grid.addRow(5, new Label(Texts.get("help.prefs.theme")), theme);
        grid.addRow(6, new Label(Texts.get("help.prefs.meshBudget")), budgetRow);
        grid.add(budgetNote, 1, 7);
        lodNote.setMaxWidth(360);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        getDialogPane().setId("preferences");
        Theme.current().apply(getDialogPane());
    }

    @SafeVarargs
    private static <T> ComboBox<T> combo(String id, Function<T, String> text, T... items) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(Arrays.asList(items));
        StringConverter<T> converter = new StringConverter<>() {
            @Override
            public String toString(T item) {
                return item == null ? "" : text.apply(item);
            }

            @Override
            public T fromString(String s) {
                return box.getItems().stream().filter(i -> Objects.equals(text.apply(i), s)).findFirst().orElse(null);
            }
        };
        box.setConverter(converter);
        return box;
    }
}
