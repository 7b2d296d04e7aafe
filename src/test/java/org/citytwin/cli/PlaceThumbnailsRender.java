package org.citytwin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.citytwin.places.Place;
import org.citytwin.places.PlaceClusters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * Renders the start page's pictures of the bundled sample's places with the snapshot command, into the resources.
 * Not a check: run it after the sample or the look of the scene changed, and commit the PNGs:
 * {@code CITYTWIN_RENDER_THUMBNAILS=1 xvfb-run -a ./mvnw -o -q test -Dtest=PlaceThumbnailsRender}.
 */
@EnabledIfEnvironmentVariable(named = "CITYTWIN_RENDER_THUMBNAILS", matches = "1")
class PlaceThumbnailsRender {
    private static final Path OUT = Path.of("src/main/resources/org/citytwin/ui/start");
    /** Underground places are shown through a see-through ground, as their users would look at them. */
    private static final Map<String, List<String>> EXTRA = Map.of(
            "utility-chiba", List.of("--underground"),
            "hiroshima-underground", List.of("--underground"));
    /**
     * Where a place's whole extent would show specks (Tokyo's land-use tile spans 10 km), the picture shows the part
     * a visitor opens it for: the files whose path holds this text.
     */
    private static final Map<String, String> PART = Map.of(
            "tokyo23-ku", "13100_tokyo23-ku_2022_citygml_1_3_op",
            "hiroshima-underground", "ubld");

    @Test
    void renderEveryPlace() throws Exception {
        java.util.Locale before = org.citytwin.text.Texts.locale();
        try { // legends and the depth ruler carry words: a picture per language where they differ (PlaceThumbnails picks)
            for (String language : List.of("en", "ja")) {
                org.citytwin.text.Texts.setLocale(java.util.Locale.forLanguageTag(language));
                renderEveryPlace(language.equals("en") ? "" : "_" + language);
            }
        } finally {
            org.citytwin.text.Texts.setLocale(before);
        }
    }

    private void renderEveryPlace(String suffix) throws Exception {
        for (Place place : PlaceClusters.ofFiles(List.of(Path.of("sample-citygml")))) {
            List<String> args = new ArrayList<>();
            String part = PART.getOrDefault(place.name(), "");
            place.files().stream().filter(f -> f.toString().contains(part)).forEach(f -> args.add(f.toString()));
            // larger than shown, so the utilities' legend, drawn at a fixed size, takes a corner only
            args.addAll(List.of("--out", OUT.resolve(place.name() + suffix + ".png").toString(), "--width", "960", "--height", "600",
                    "--view", "fit"));
            args.addAll(EXTRA.getOrDefault(place.name(), List.of()));
            SnapshotRunner snapshot = new SnapshotRunner();
            assertThat(snapshot.run(args.toArray(String[]::new))).as(snapshot.err()).isZero();
            Path picture = OUT.resolve(place.name() + suffix + ".png"), english = OUT.resolve(place.name() + ".png");
            if (!suffix.isEmpty() && java.util.Arrays.equals(java.nio.file.Files.readAllBytes(picture),
                    java.nio.file.Files.readAllBytes(english))) {
                java.nio.file.Files.delete(picture); // no words in it: the English picture serves
            }
        }
    }
}
