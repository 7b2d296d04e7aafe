package org.citytwin.ui.export;

import org.citytwin.text.Texts;

import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.MenuItem;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.citytwin.scene.CityScene;
import org.citytwin.scene.SceneSnapshots;

/** File → Export image…: asks the resolution (1× to 4× the window's) and a PNG file, then writes the current view. */
public final class ExportImageAction {
    private ExportImageAction() {
    }

    public static MenuItem menuItem(CityScene scene, Supplier<Node> overlay, Supplier<Window> owner, Consumer<String> status) {
        MenuItem item = new MenuItem(Texts.get("present.export.menu"));
        item.setId("export-image");
        item.setOnAction(e -> run(scene, overlay.get(), owner.get(), status));
        return item;
    }

    static void run(CityScene scene, Node overlay, Window owner, Consumer<String> status) {
        double w = scene.subScene().getWidth(), h = scene.subScene().getHeight();
        List<String> choices = new java.util.ArrayList<>();
        for (int k = 1; k <= ViewImage.MAX_SCALE; k++) {
            choices.add(String.format(Locale.ROOT, "%d× (%d × %d px)", k, Math.round(w * k), Math.round(h * k)));
        }
        ChoiceDialog<String> ask = new ChoiceDialog<>(choices.get(1), choices);
        ask.setTitle(Texts.get("present.export.title"));
        ask.setHeaderText(Texts.get("present.export.header"));
        if (owner != null) ask.initOwner(owner);
        var choice = ask.showAndWait();
        if (choice.isEmpty()) return;
        int scale = choices.indexOf(choice.get()) + 1;
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Texts.get("present.export.chooser"));
        chooser.setInitialFileName("view.png");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG image", "*.png"));
        File f = chooser.showSaveDialog(owner);
        if (f == null) return;
        java.nio.file.Path file = f.getName().toLowerCase(Locale.ROOT).endsWith(".png") ? f.toPath()
                : f.toPath().resolveSibling(f.getName() + ".png");
        try {
            var image = ViewImage.render(scene, overlay, scale);
            SceneSnapshots.writePng(image, file);
            status.accept(Texts.get("present.export.done", String.valueOf(file.getFileName()), (int) image.getWidth(),
                    (int) image.getHeight()));
        } catch (IOException | RuntimeException ex) {
            status.accept(Texts.get("present.export.failed", String.valueOf(file), String.valueOf(ex.getMessage())));
        }
    }
}
