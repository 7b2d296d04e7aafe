package org.citytwin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javafx.scene.paint.Color;
import org.citytwin.model.UtilityType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** snapshot --xray on the Chiba utilities (real PLATEAU unf files): pipes show through a see-through ground only. */
class SnapshotXrayTest {
    static final String CHIBA = "src/test/resources/data/utility/udx/unf";
    private static final int W = 800, H = 500;

    private final SnapshotRunner snapshot = new SnapshotRunner();

    private BufferedImage shoot(Path dir, String name, String... extra) throws Exception {
        Path png = dir.resolve(name);
        java.util.List<String> all = new java.util.ArrayList<>(java.util.List.of(CHIBA, "--out", png.toString(),
                "--width", String.valueOf(W), "--height", String.valueOf(H)));
        all.addAll(java.util.List.of(extra));
        assertThat(snapshot.run(all.toArray(String[]::new))).as(snapshot.err()).isZero();
        return ImageIO.read(png.toFile());
    }

    @Test
    void utilityColoursShowThroughTheGroundAtXray03AndAreHiddenAt1(@TempDir Path dir) throws Exception {
        BufferedImage seeThrough = shoot(dir, "x03.png", "--view", "oblique", "--xray", "0.3");
        BufferedImage opaque = shoot(dir, "x10.png", "--view", "oblique", "--xray", "1.0");
        int[] through = utilityPixels(seeThrough), hidden = utilityPixels(opaque);
        // water (blue), gas (yellow) and sewer (brown) pipes of the three files, seen through the ground
        assertThat(through[UtilityType.WATER.ordinal()]).as("water pixels at x-ray 0.3").isGreaterThan(150);
        assertThat(through[UtilityType.GAS.ordinal()]).as("gas pixels at x-ray 0.3").isGreaterThan(100);
        int throughAll = java.util.Arrays.stream(through).sum(), hiddenAll = java.util.Arrays.stream(hidden).sum();
        // at 1.0 only the manhole and handhole lids that reach the surface may show
        assertThat(hiddenAll).as("utility pixels at x-ray 1.0 vs 0.3: " + hiddenAll + " vs " + throughAll)
                .isLessThan(throughAll / 8);
    }

    @Test
    void xrayOutsideZeroToOneIsRefused(@TempDir Path dir) {
        assertThat(snapshot.run(CHIBA, "--out", dir.resolve("x.png").toString(), "--xray", "1.5")).isEqualTo(2);
        assertThat(snapshot.err()).contains("--xray must be an opacity between 0 and 1");
    }

    /**
     * Pixels (outside the legend, bottom right) whose hue is that of a utility type and that are clearly coloured,
     * per type. The sky and the grey-green ground are far less saturated.
     */
    static int[] utilityPixels(BufferedImage img) {
        int[] counts = new int[UtilityType.values().length];
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if (x > img.getWidth() * 0.55 && y > img.getHeight() * 0.45) continue; // legend corner
                int p = img.getRGB(x, y);
                Color c = Color.rgb((p >> 16) & 0xFF, (p >> 8) & 0xFF, p & 0xFF);
                if (c.getSaturation() < 0.35 || c.getBrightness() < 0.2) continue;
                UtilityType best = null;
                double bestDiff = 16;
                for (UtilityType t : UtilityType.values()) {
                    Color tc = Color.rgb((t.rgb() >> 16) & 0xFF, (t.rgb() >> 8) & 0xFF, t.rgb() & 0xFF);
                    double d = Math.abs(tc.getHue() - c.getHue());
                    d = Math.min(d, 360 - d);
                    if (d < bestDiff) {
                        bestDiff = d;
                        best = t;
                    }
                }
                if (best != null) counts[best.ordinal()]++;
            }
        }
        return counts;
    }
}
