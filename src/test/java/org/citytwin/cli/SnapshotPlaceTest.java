package org.citytwin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** snapshot of the bundled sample (Saitama, Tokyo, Chiba, Hiroshima in one folder) frames its densest place. */
class SnapshotPlaceTest {
    private static final int W = 640, H = 400;

    @Test
    void wholeSampleFramesTheDensestPlaceNotSpecksAcrossJapan(@TempDir Path dir) throws Exception {
        double place = dataFraction(shoot(dir, "place.png"));
        double whole = dataFraction(shoot(dir, "whole.png", "--whole")); // the old framing: everything
        assertThat(place).as("data pixels framing the densest place").isGreaterThan(0.05);
        assertThat(place).as("densest place vs whole region: " + place + " vs " + whole).isGreaterThan(whole * 10);
    }

    private static BufferedImage shoot(Path dir, String name, String... extra) throws Exception {
        SnapshotRunner snapshot = new SnapshotRunner();
        Path png = dir.resolve(name);
        java.util.List<String> all = new java.util.ArrayList<>(java.util.List.of("sample-citygml", "--out", png.toString(),
                "--width", String.valueOf(W), "--height", String.valueOf(H)));
        all.addAll(java.util.List.of(extra));
        assertThat(snapshot.run(all.toArray(String[]::new))).as(snapshot.err()).isZero();
        return ImageIO.read(png.toFile());
    }

    /** Share of pixels (legend corner left out) clearly unlike their row's commonest colour, the vertical sky gradient. */
    static double dataFraction(BufferedImage img) {
        long data = 0, all = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            Map<Integer, Integer> counts = new HashMap<>();
            for (int x = 0; x < img.getWidth(); x++) counts.merge(img.getRGB(x, y) & 0xFFFFFF, 1, Integer::sum);
            int sky = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            for (int x = 0; x < img.getWidth(); x++) {
                if (x > img.getWidth() * 0.45 && y > img.getHeight() * 0.5) continue; // the utilities legend
                all++;
                int p = img.getRGB(x, y);
                int d = Math.abs(((p >> 16) & 0xFF) - ((sky >> 16) & 0xFF)) + Math.abs(((p >> 8) & 0xFF) - ((sky >> 8) & 0xFF))
                        + Math.abs((p & 0xFF) - (sky & 0xFF));
                if (d > 30) data++;
            }
        }
        return (double) data / all;
    }
}
