package org.citytwin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotCommandTest {
    static final String TOKYO_BLDG = "sample-citygml/13100_tokyo23-ku_2020_citygml_mini/udx/bldg/53394525_bldg_6697_2_op.gml";

    private final SnapshotRunner snapshot = new SnapshotRunner();

    @Test
    void writesAPngOfTheRequestedSizeWithBuildingsInTheMiddle(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("shots/tokyo.png");
        int code = snapshot.run(TOKYO_BLDG, "--out", png.toString(), "--width", "320", "--height", "200", "--view", "top");
        assertThat(Platform.isSupported(ConditionalFeature.SCENE3D)).as("SCENE3D (-Dprism.forceGPU=true under Xvfb)").isTrue();
        assertThat(code).as(snapshot.err()).isZero();
        assertThat(snapshot.out()).contains(png.toAbsolutePath().toString()).contains("triangles");
        BufferedImage img = ImageIO.read(png.toFile());
        assertThat(img.getWidth()).isEqualTo(320);
        assertThat(img.getHeight()).isEqualTo(200);
        int centre = img.getRGB(160, 100), corner = img.getRGB(2, 2);
        javafx.scene.paint.Color cornerColour = javafx.scene.paint.Color.rgb((corner >> 16) & 0xFF, (corner >> 8) & 0xFF, corner & 0xFF);
        javafx.scene.paint.Color centreColour = javafx.scene.paint.Color.rgb((centre >> 16) & 0xFF, (centre >> 8) & 0xFF, centre & 0xFF);
        assertThat(org.citytwin.scene.FxTestSupport.isBackground(cornerColour)).as("sky or plain ground in the corner: " + cornerColour).isTrue();
        assertThat(org.citytwin.scene.FxTestSupport.isBuilding(centreColour)).as("building (beige) in the centre: " + centreColour).isTrue();
    }

    @Test
    void nothingLoadedExitsWith2AndSaysWhy(@TempDir Path dir) throws Exception {
        Path notGml = Files.writeString(dir.resolve("notes.gml"), "this is not xml");
        int code = snapshot.run(notGml.toString(), "--out", dir.resolve("x.png").toString());
        assertThat(code).isEqualTo(2);
        assertThat(snapshot.err()).contains("Nothing to draw");
        assertThat(dir.resolve("x.png")).doesNotExist();
    }

    @Test
    void helpListsTheOptions() {
        assertThat(snapshot.run("--help")).isZero();
        assertThat(snapshot.out()).contains("--out").contains("--view").contains("--width").contains("fit")
                .contains("--textures");
    }

    @Test
    void texturesOnAndOffBothRender(@TempDir Path dir) throws Exception {
        String haneda = "sample-citygml/13100_tokyo23-ku_2022_citygml_1_3_op";
        assertThat(snapshot.run(haneda, "--out", dir.resolve("on.png").toString(), "--width", "160", "--height", "100")).as(snapshot.err()).isZero();
        assertThat(snapshot.run(haneda, "--out", dir.resolve("off.png").toString(), "--width", "160", "--height", "100",
                "--textures", "off")).as(snapshot.err()).isZero();
        assertThat(Files.mismatch(dir.resolve("on.png"), dir.resolve("off.png"))).as("different pictures").isNotEqualTo(-1L);
        assertThat(snapshot.run(haneda, "--out", dir.resolve("x.png").toString(), "--textures", "maybe")).isNotZero();
    }
}
