package org.citytwin.ui.start;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import javafx.scene.image.Image;
import org.citytwin.scene.FxTestSupport;
import org.citytwin.text.Texts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The start page's place pictures of underground places carry words (the utilities' legend, the depth ruler): those
 * have a Japanese picture too, and the start page shows the one of the current language; the others serve both.
 */
class PlaceThumbnailsLanguageTest {
    /** The bundled sample's places, and those shown underground (PlaceThumbnailsRender writes a Japanese one of these). */
    private static final List<String> PLACES = List.of("niiza-shi", "tokyo23-ku", "utility-chiba", "hiroshima-underground");
    private static final List<String> WITH_WORDS = List.of("utility-chiba", "hiroshima-underground");
    private final Locale before = Texts.locale();

    @BeforeAll
    static void fx() throws Exception {
        FxTestSupport.startFx();
    }

    @AfterEach
    void restore() {
        Texts.setLocale(before);
    }

    @Test
    void everyPlaceHasAJapanesePictureAndTheCurrentLanguageChoosesIt() throws Exception {
        for (String place : PLACES) {
            assertThat(bytes(place + ".png")).as(place + ".png").isNotEmpty();
            if (!WITH_WORDS.contains(place)) assertThat(bytes(place + "_ja.png")).as(place + "_ja.png: no words, none").isEmpty();
        }
        for (String place : WITH_WORDS) { // the words differ: so do the pictures, where the legend and ruler are
            Texts.setLocale(Locale.JAPANESE);
            Image japanese = PlaceThumbnails.of(place).orElseThrow();
            Texts.setLocale(Locale.ENGLISH);
            Image english = PlaceThumbnails.of(place).orElseThrow();
            assertThat(bytes(place + "_ja.png")).as(place + "_ja.png").isNotEmpty();
            assertThat(differingPixels(japanese, english)).as(place + ": pixels that differ between ja and en").isGreaterThan(20);
        }
        Texts.setLocale(Locale.JAPANESE); // a place without words: the English picture
        assertThat(PlaceThumbnails.of("niiza-shi")).isPresent();
        assertThat(PlaceThumbnails.of("no-such-place")).isEmpty();
    }

    private static byte[] bytes(String resource) throws Exception {
        try (InputStream in = PlaceThumbnails.class.getResourceAsStream(resource)) {
            return in == null ? new byte[0] : in.readAllBytes();
        }
    }

    private static int differingPixels(Image a, Image b) {
        assertThat(a.getWidth()).isEqualTo(b.getWidth());
        int n = 0;
        for (int y = 0; y < (int) a.getHeight(); y++) {
            for (int x = 0; x < (int) a.getWidth(); x++) {
                if (a.getPixelReader().getArgb(x, y) != b.getPixelReader().getArgb(x, y)) n++;
            }
        }
        return n;
    }
}
