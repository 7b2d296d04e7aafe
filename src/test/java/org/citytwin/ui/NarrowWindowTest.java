package org.citytwin.ui;

import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.citytwin.app.RealWindowTest;
import org.junit.jupiter.api.AfterEach;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Base of tests of the real window at 1280×720, a laptop screen. The window gets a stage of its own, closed
 * afterwards: TestFX shares its primary stage between test classes, and a resized one would shrink the next test's window.
 */
abstract class NarrowWindowTest extends RealWindowTest {

    /** Call from the subclass's {@code @Start} method (instead of openWindow with the primary stage). */
    protected void openNarrow() {
        openWindow(new Stage());
        stage.setWidth(1280);
        stage.setHeight(720);
    }

    @AfterEach
    void closeNarrowStage() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> stage.close()).get(10, TimeUnit.SECONDS);
    }
}
