package org.citytwin.ui.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import javafx.geometry.Point3D;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.Box;
import javafx.scene.shape.Circle;
import org.citytwin.scene.CityScene;
import org.citytwin.scene.FxTestSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A 2× export is twice the view's size, shows the same picture (downscaled it matches 1×) and puts things at 2× the pixel. */
class ViewImageTest {
    static final int W = 320, H = 200;

    @BeforeAll
    static void fx() throws Exception {
        FxTestSupport.startFx();
    }

    @Test
    void twiceTheSizeTheSamePictureTheSameLabels() throws Exception {
        WritableImage[] shots = FxTestSupport.onFx(() -> {
            CityScene scene = new CityScene(W, H);
            Box box = new Box(30, 30, 30);
            box.setMaterial(new PhongMaterial(Color.rgb(220, 30, 30)));
            box.setTranslateX(15);
            scene.overlay().getChildren().add(box);
            Pane overlay = new Pane(new Circle(80, 50, 6, Color.rgb(20, 60, 230)));
            overlay.setPrefSize(W, H);
            new Scene(new javafx.scene.layout.StackPane(scene.viewport(), overlay), W, H);
            scene.viewport().getScene().getRoot().applyCss();
            scene.viewport().getScene().getRoot().layout();
            scene.camera().lookAt(new Point3D(0, 0, 0), 30, 40, 160);
            WritableImage one = ViewImage.render(scene, overlay, 1);
            WritableImage two = ViewImage.render(scene, overlay, 2);
            WritableImage again = ViewImage.render(scene, overlay, 1);
            assertThat(scene.subScene().getWidth()).as("the view got its size back").isEqualTo(W);
            assertThat(scene.camera().viewWidth()).isEqualTo(W);
            return new WritableImage[] {one, two, again};
        });
        WritableImage one = shots[0], two = shots[1];
        assertThat(one.getWidth()).isEqualTo(W);
        assertThat(one.getHeight()).isEqualTo(H);
        assertThat(two.getWidth()).isEqualTo(2 * W);
        assertThat(two.getHeight()).isEqualTo(2 * H);
        assertThat(diff(one, shots[2], 1)).as("exporting left the view as it was").isLessThan(0.001);

        double[] red1 = centroid(one, c -> c.getRed() > 0.4 && c.getGreen() < 0.25 && c.getBlue() < 0.25);
        double[] red2 = centroid(two, c -> c.getRed() > 0.4 && c.getGreen() < 0.25 && c.getBlue() < 0.25);
        assertThat(red1[2]).as("the box is drawn").isGreaterThan(200);
        assertThat(red2[2]).as("on 4× the pixels").isCloseTo(4 * red1[2], within(red1[2] * 0.1));
        assertThat(red2[0]).isCloseTo(2 * red1[0], within(2.0));
        assertThat(red2[1]).isCloseTo(2 * red1[1], within(2.0));
        double[] blue2 = centroid(two, c -> c.getBlue() > 0.7 && c.getRed() < 0.25 && c.getGreen() < 0.4);
        assertThat(blue2[0]).as("the 2D overlay scaled too").isCloseTo(160, within(1.5));
        assertThat(blue2[1]).isCloseTo(100, within(1.5));
        assertThat(diff(one, two, 2)).as("share of pixels off by more than 15% after downscaling").isLessThan(0.03);
    }

    /** Share of 1× pixels whose colour differs by more than 0.15 in a channel from the mean of the scaled image's block. */
    private static double diff(WritableImage small, WritableImage big, int k) {
        PixelReader s = small.getPixelReader(), b = big.getPixelReader();
        int off = 0;
        for (int y = 0; y < small.getHeight(); y++) {
            for (int x = 0; x < small.getWidth(); x++) {
                double r = 0, g = 0, bl = 0;
                for (int dy = 0; dy < k; dy++) {
                    for (int dx = 0; dx < k; dx++) {
                        Color c = b.getColor(k * x + dx, k * y + dy);
                        r += c.getRed();
                        g += c.getGreen();
                        bl += c.getBlue();
                    }
                }
                int n = k * k;
                Color c = s.getColor(x, y);
                if (Math.abs(c.getRed() - r / n) > 0.15 || Math.abs(c.getGreen() - g / n) > 0.15 || Math.abs(c.getBlue() - bl / n) > 0.15) off++;
            }
        }
        return off / (small.getWidth() * small.getHeight());
    }

    /** Mean x, y and count of the pixels that pass. */
    private static double[] centroid(WritableImage img, java.util.function.Predicate<Color> test) {
        PixelReader r = img.getPixelReader();
        double sx = 0, sy = 0;
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if (test.test(r.getColor(x, y))) {
                    sx += x + 0.5;
                    sy += y + 0.5;
                    n++;
                }
            }
        }
        return new double[] {n == 0 ? Double.NaN : sx / n, n == 0 ? Double.NaN : sy / n, n};
    }
}
