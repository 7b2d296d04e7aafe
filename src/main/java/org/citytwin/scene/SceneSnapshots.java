package org.citytwin.scene;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/** Renders a CityScene to an image (FX thread) and writes PNGs; used by the snapshot command and tests. */
public final class SceneSnapshots {
    private SceneSnapshots() {
    }

    /**
     * Renders the scene's viewport (sky + 3D). A viewport that is not in a window yet is put into its own
     * offscreen Scene of the given size: Scene.snapshot needs no shown Stage.
     */
    public static WritableImage render(CityScene cityScene, double width, double height) {
        if (cityScene.viewport().getScene() == null) {
            new Scene(cityScene.viewport(), width, height);
            cityScene.camera().setViewport(width, height);
            // a window spreads far tiles' boxes and rebuilds over pulses; one picture has no later pulse to wait for
            cityScene.settleTiles();
            return cityScene.viewport().getScene().snapshot(null);
        }
        return render(cityScene);
    }

    /** Renders the viewport as it is laid out in its window right now. */
    public static WritableImage render(CityScene cityScene) {
        return cityScene.viewport().snapshot(null, null);
    }

    public static void writePng(Image image, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        if (!ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile())) {
            throw new IOException("No PNG writer available for " + file);
        }
    }
}
