package org.citytwin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** snapshot --flow: the bundled simulated flow in the Hiroshima underground mall, see-through, with its heat map. */
class FlowSnapshotTest {
    static final String MALL = "sample-citygml/hiroshima-underground/udx/ubld";
    static final String FLOW = "sample-citygml/hiroshima-underground/simulated-flow.mf.json";
    private final SnapshotRunner snapshot = new SnapshotRunner();

    @Test
    void drawsAgentsAndTheHeatMapOnTheConcourseThroughTheSeeThroughShell(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("mall.png");
        int code = snapshot.run(MALL, "--out", png.toString(), "--width", "480", "--height", "300", "--flow", FLOW, "--see-through");
        assertThat(code).as(snapshot.err()).isZero();
        assertThat(snapshot.out()).contains("200 moving features");
        BufferedImage img = ImageIO.read(png.toFile());
        int agents = 0, heat = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y), r = (rgb >> 16) & 0xFF, g = (rgb >> 8) & 0xFF, b = rgb & 0xFF;
                if (g > r + 60 && g > b + 60) agents++;          // walking-pace agents and trails: green
                if (r > g + 25 && r > b + 60) heat++;             // heat: orange to red on the floor
            }
        }
        assertThat(agents).as("green agent pixels").isGreaterThan(200);
        assertThat(heat).as("heat pixels").isGreaterThan(500);
    }

    /**
     * The bundled sample folder as the README has it: mall and bridge 800 m apart, walkers in both, most of them
     * 21 m under the street. The picture frames the densest walkers and shows them through the ground.
     */
    @Test
    void theBundledHiroshimaFolderFramesItsWalkersNotTheSky(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("hiroshima.png");
        int code = snapshot.run("sample-citygml/hiroshima-underground", "--out", png.toString(), "--width", "480",
                "--height", "300", "--flow", FLOW);
        assertThat(code).as(snapshot.err()).isZero();
        BufferedImage img = ImageIO.read(png.toFile());
        int agents = 0, notSky = 0, all = img.getWidth() * img.getHeight();
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y), r = (rgb >> 16) & 0xFF, g = (rgb >> 8) & 0xFF, b = rgb & 0xFF;
                if (g > r + 60 && g > b + 60) agents++;
                boolean sky = b > r + 40 && b > g + 10; // the blue gradient behind everything
                boolean plainGround = Math.abs(r - 0x98) < 12 && Math.abs(g - 0xa0) < 12 && Math.abs(b - 0x8c) < 12;
                if (!sky && !plainGround) notSky++;
            }
        }
        java.nio.file.Files.createDirectories(Path.of("target/test-shots"));
        ImageIO.write(img, "png", Path.of("target/test-shots/flows-hiroshima-folder-test.png").toFile());
        assertThat(agents).as("green agent pixels").isGreaterThan(all / 100);
        assertThat(notSky).as("pixels of the mall, its walkers and heat").isGreaterThan(all / 8);
    }

    @Test
    void aFileThatIsNoFlowIsRefusedNamingIt(@TempDir Path dir) throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\"");
        int code = snapshot.run(MALL, "--out", dir.resolve("x.png").toString(), "--flow", bad.toString());
        assertThat(code).isEqualTo(2);
        assertThat(snapshot.err()).contains("bad.json");
    }
}
