package org.citytwin.ui.scenarios;

import java.io.File;
import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The project dialogs as the window shows them. */
public final class FxPrompts implements ProjectFiles.Prompts {
    private final Supplier<Window> owner;

    public FxPrompts(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public Unsaved unsavedChanges() {
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't save", ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "The project has unsaved changes. Save them first?",
                save, discard, ButtonType.CANCEL);
        alert.setHeaderText("Unsaved changes");
        alert.initOwner(owner.get());
        ButtonType answer = alert.showAndWait().orElse(ButtonType.CANCEL);
        return answer == save ? Unsaved.SAVE : answer == discard ? Unsaved.DISCARD : Unsaved.CANCEL;
    }

    @Override
    public boolean recover(Path file) {
        ButtonType recover = new ButtonType("Recover", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Discard", ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, file.getFileName() + " has changes that were autosaved"
                + " but never saved (the program did not close cleanly).", recover, discard);
        alert.setHeaderText("Recover unsaved changes?");
        alert.initOwner(owner.get());
        return alert.showAndWait().orElse(discard) == recover;
    }

    @Override
    public Path chooseSave(String title) {
        FileChooser chooser = chooser(title);
        File f = chooser.showSaveDialog(owner.get());
        return f == null ? null : f.toPath();
    }

    @Override
    public Path chooseOpen() {
        File f = chooser("Open project").showOpenDialog(owner.get());
        return f == null ? null : f.toPath();
    }

    @Override
    public void warn(String text) {
        Alert alert = new Alert(Alert.AlertType.WARNING, text);
        alert.setHeaderText(null);
        alert.initOwner(owner.get());
        alert.show(); // not modal-blocking: the rest of the project goes on loading
    }

    private static FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CityTwin projects (*.citytwin)", "*.citytwin"));
        return chooser;
    }
}
