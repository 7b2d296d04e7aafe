package org.citytwin.ui.start;

import java.io.InputStream;
import java.util.Optional;
import javafx.scene.image.Image;

/**
 * Pictures of the bundled sample's places, rendered once with {@code citytwin snapshot} and shipped as resources
 * ({@code <place name>.png} beside this class, {@code <place name>_ja.png} with Japanese legends), so the start page
 * shows them at once without loading any data. A place without one (another sample folder) gets a plain tile instead.
 */
final class PlaceThumbnails {
    static final double WIDTH = 320, HEIGHT = 200;

    private PlaceThumbnails() {
    }

    static Optional<Image> of(String placeName) {
        String base = placeName.replaceAll("[^A-Za-z0-9_-]", "_");
        String language = org.citytwin.text.Texts.locale().getLanguage();
        Optional<Image> own = language.equals("en") ? Optional.empty() : load(base + "_" + language + ".png");
        return own.isPresent() ? own : load(base + ".png");
    }

    private static Optional<Image> load(String resource) {
        try (InputStream in = PlaceThumbnails.class.getResourceAsStream(resource)) {
            if (in == null) return Optional.empty();
            Image image = new Image(in, WIDTH, HEIGHT, true, true);
            return image.isError() ? Optional.empty() : Optional.of(image);
        } catch (java.io.IOException e) {
            return Optional.empty();
        }
    }
}
