package org.citytwin.ui.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.citytwin.scene.SceneSnapshots;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** An exception nobody catches on the FX thread: its stack trace lands in the log file, and a dialog names that file. */
@ExtendWith(ApplicationExtension.class)
class ErrorDialogTest {
    private Stage stage;
    private ErrorReporter reporter;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(new Label("CityTwin")), 400, 300));
        stage.show();
        reporter = ErrorReporter.install(() -> stage);
    }

    @AfterEach
    void uninstall() throws Exception {
        fx(() -> {
            if (reporter.dialog() != null) reporter.dialog().close();
            reporter.uninstall();
            return null;
        });
    }

    @Test
    void anUncaughtExceptionOnTheFxThreadIsLoggedAndShownWithTheLogFile() throws Exception {
        Path log = LogFiles.current();
        assertThat(log.toString()).as("tests log into target, never the user's folder").contains("test-logs");
        String marker = "walls fell down " + System.nanoTime();

        Platform.runLater(() -> {
            throw new IllegalStateException(marker);
        });

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> reporter.dialog() != null && reporter.dialog().isShowing()));
        Alert alert = fx(() -> reporter.dialog());
        assertThat(fx(alert::getHeaderText)).contains("IllegalStateException").contains(marker);
        assertThat(fx(alert::getContentText)).contains(log.toString());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(log)
                && Files.readString(log, StandardCharsets.UTF_8).contains(marker));
        String text = Files.readString(log, StandardCharsets.UTF_8);
        String fromMarker = text.substring(text.lastIndexOf("java.lang.IllegalStateException: " + marker));
        assertThat(fromMarker).as("the stack trace follows the message")
                .contains("at org.citytwin.ui.help.ErrorDialogTest");

        Platform.runLater(() -> {
            throw new IllegalStateException("second");
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.readString(log, StandardCharsets.UTF_8).contains("second"));
        assertThat(fx(() -> reporter.dialog())).as("one dialog at a time").isSameAs(alert);
        WaitForAsyncUtils.waitForFxEvents();
        SceneSnapshots.writePng(fx(() -> alert.getDialogPane().getScene().snapshot(null)), Path.of("target/test-shots/help-error.png"));
    }

    private static <T> T fx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(30, TimeUnit.SECONDS);
    }
}
