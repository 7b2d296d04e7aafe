package org.citytwin.ui.scenarios;

import org.citytwin.text.Texts;

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
        ButtonType save = new ButtonType(Texts.get("scenarios.prompt.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(Texts.get("scenarios.prompt.dontSave"), ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, Texts.get("scenarios.prompt.unsaved"),
                save, discard, ButtonType.CANCEL);
        alert.setHeaderText(Texts.get("scenarios.prompt.unsaved.header"));
        alert.initOwner(owner.get());
        ButtonType answer = alert.showAndWait().orElse(ButtonType.CANCEL);
        return answer == save ? Unsaved.SAVE : answer == discard ? Unsaved.DISCARD : Unsaved.CANCEL;
    }

    @Override
    public boolean recover(Path file) {
        ButtonType recover = new ButtonType(Texts.get("scenarios.prompt.recover"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(Texts.get("scenarios.prompt.discard"), ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, Texts.get("scenarios.prompt.recover.text", String.valueOf(file.getFileName())), recover, discard);
        alert.setHeaderText(Texts.get("scenarios.prompt.recover.header"));
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
        File f = chooser(Texts.get("scenarios.chooser.open")).showOpenDialog(owner.get());
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
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Texts.get("scenarios.chooser.filter"), "*.citytwin"));
        return chooser;
    }
}
