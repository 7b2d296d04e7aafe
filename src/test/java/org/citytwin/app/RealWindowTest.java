package org.citytwin.app;

import javafx.stage.Stage;
import org.citytwin.scene.FxTestSupport;
import org.citytwin.ui.MainWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/** Base of tests that drive the real main window with the real loader (AppContext), as a user would. */
@ExtendWith(ApplicationExtension.class)
public abstract class RealWindowTest {
    protected AppContext context;
    protected MainWindow window;
    protected Stage stage;

    /** Call from the subclass's own {@code @Start} method (TestFX looks for it on the test class only). */
    protected void openWindow(Stage stage) {
        FxTestSupport.requireScene3d();
        this.stage = stage;
        context = new AppContext().warmUp();
        beforeOpen(context);
        window = CityTwinFxApp.open(stage, context);
    }

    /** Hook for tests that configure the loader first (e.g. a fixed local frame). */
    protected void beforeOpen(AppContext appContext) {
    }

    @AfterEach
    public void closeContext() {
        context.close();
    }
}
