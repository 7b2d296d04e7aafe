package org.citytwin.scene;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.animation.PauseTransition;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.paint.Color;
import javafx.util.Duration;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Starts the FX toolkit once, runs code on the FX thread and classifies rendered pixels. */
public final class FxTestSupport {
    private FxTestSupport() {
    }

    /** Starts JavaFX and fails loudly when 3D is off (under Xvfb: -Dprism.forceGPU=true is missing). */
    public static void startFx() throws Exception {
        FxToolkit.registerPrimaryStage();
        requireScene3d();
    }

    /** Fails loudly when JavaFX runs without 3D (under Xvfb: -Dprism.forceGPU=true is missing). */
    public static void requireScene3d() {
        assertThat(Platform.isSupported(ConditionalFeature.SCENE3D))
                .as("JavaFX SCENE3D must be supported; under Xvfb run with -Dprism.forceGPU=true").isTrue();
    }

    public static <T> T onFx(Callable<T> task) throws Exception {
        return WaitForAsyncUtils.asyncFx(task).get(60, TimeUnit.SECONDS);
    }

    /**
     * Returns once the FX animation clock has run for the duration: pulses passed, as the timelines under test see
     * them (on a loaded machine that can be longer than the wall clock says). For "nothing happens meanwhile" checks.
     */
    public static void letAnimationTimePass(Duration duration) throws Exception {
        CompletableFuture<Void> passed = new CompletableFuture<>();
        onFx(() -> {
            PauseTransition pause = new PauseTransition(duration);
            pause.setOnFinished(e -> passed.complete(null));
            pause.play();
            return null;
        });
        passed.get(60, TimeUnit.SECONDS);
    }

    public static boolean isSky(Color c) {
        return c.getBlue() > c.getRed() + 0.08 && c.getBlue() > 0.6;
    }

    /** Beige/grey building colour under any of our light levels: low saturation, not bluish, not the ground's sage. */
    public static boolean isBuilding(Color c) {
        return c.getRed() >= c.getBlue() && Math.abs(c.getRed() - c.getGreen()) < 0.12 && c.getRed() > 0.3
                && !isGround(c);
    }

    /** The plain ground's muted sage: green above red, clearly above blue. */
    public static boolean isGround(Color c) {
        return c.getGreen() > c.getRed() + 0.015 && c.getGreen() > c.getBlue() + 0.04 && c.getGreen() < 0.85;
    }

    /** What surrounds objects: sky, or the plain ground drawn where no terrain was loaded. */
    public static boolean isBackground(Color c) {
        return isSky(c) || isGround(c);
    }

    public static boolean isRed(Color c) {
        return c.getRed() > c.getGreen() + 0.25 && c.getRed() > c.getBlue() + 0.25;
    }

    public static boolean isGreen(Color c) {
        return c.getGreen() > c.getRed() + 0.1 && c.getGreen() > c.getBlue() + 0.1;
    }

    /** Fraction of pixels in the rectangle (fractions of the image) matching the predicate. */
    public static double share(Image img, double fx0, double fy0, double fx1, double fy1,
                               java.util.function.Predicate<Color> test) {
        PixelReader r = img.getPixelReader();
        int x0 = (int) (fx0 * img.getWidth()), x1 = (int) (fx1 * img.getWidth());
        int y0 = (int) (fy0 * img.getHeight()), y1 = (int) (fy1 * img.getHeight());
        int hit = 0, all = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                all++;
                if (test.test(r.getColor(x, y))) hit++;
            }
        }
        return all == 0 ? 0 : (double) hit / all;
    }
}
