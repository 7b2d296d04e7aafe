package org.citytwin.ui.help;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.Window;
import org.citytwin.text.Texts;
import org.citytwin.ui.theme.Theme;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Unexpected exceptions (uncaught, on the FX thread or any other): logged with their stack trace, then one error
 * dialog that says what happened and where the log file is. While that dialog is open further errors are only logged,
 * so a failing handler that runs every frame cannot flood the screen.
 */
public final class ErrorReporter implements Thread.UncaughtExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorReporter.class);
    private final Supplier<Window> owner;
    private final Thread.UncaughtExceptionHandler previousDefault;
    private final Thread.UncaughtExceptionHandler previousFx;
    private Alert showing;

    private ErrorReporter(Supplier<Window> owner) {
        this.owner = owner;
        previousDefault = Thread.getDefaultUncaughtExceptionHandler();
        previousFx = Thread.currentThread().getUncaughtExceptionHandler();
    }

    /** FX thread: reports uncaught exceptions of the FX thread and, as the default handler, of every other thread. */
    public static ErrorReporter install(Supplier<Window> owner) {
        if (!Platform.isFxApplicationThread()) throw new IllegalStateException("install on the FX thread");
        ErrorReporter reporter = new ErrorReporter(owner);
        Thread.currentThread().setUncaughtExceptionHandler(reporter);
        Thread.setDefaultUncaughtExceptionHandler(reporter);
        return reporter;
    }

    /** FX thread: puts the handlers back as they were (tests). */
    public void uninstall() {
        Thread.currentThread().setUncaughtExceptionHandler(previousFx == this ? null : previousFx);
        Thread.setDefaultUncaughtExceptionHandler(previousDefault);
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        try {
            LOG.error("Unexpected error in thread {}", thread.getName(), error);
        } catch (RuntimeException logFailed) {
            error.printStackTrace();
        }
        if (Platform.isFxApplicationThread()) show(error);
        else Platform.runLater(() -> show(error));
    }

    /** The dialog open now, or null. */
    public Alert dialog() {
        return showing;
    }

    private void show(Throwable error) {
        if (showing != null) return;
        Path log = LogFiles.current();
        ButtonType openFolder = new ButtonType(Texts.get("help.log.open"), ButtonBar.ButtonData.LEFT);
        Alert alert = new Alert(Alert.AlertType.ERROR, Texts.get("help.error.text", log), openFolder, ButtonType.CLOSE);
        alert.getDialogPane().setId("error-dialog");
        alert.setTitle(Texts.get("help.error.title"));
        alert.setHeaderText(headline(error));
        TextArea trace = new TextArea(stackTrace(error));
        trace.setEditable(false);
        trace.setPrefRowCount(14);
        alert.getDialogPane().setExpandableContent(trace);
        alert.getDialogPane().setMinWidth(560);
        Theme.current().apply(alert.getDialogPane());
        Window w = owner.get();
        if (w != null && w.isShowing()) alert.initOwner(w);
        alert.resultProperty().addListener((o, was, chosen) -> {
            if (chosen == openFolder) FolderOpener.open(log.getParent(), LOG::warn);
        });
        alert.setOnHidden(e -> showing = null);
        showing = alert;
        alert.show(); // not showAndWait: this may run inside an animation or layout pass
    }

    private static String headline(Throwable error) {
        String message = error.getMessage();
        String type = error.getClass().getSimpleName();
        return message == null || message.isBlank() ? type : type + ": " + message;
    }

    private static String stackTrace(Throwable error) {
        StringWriter out = new StringWriter();
        error.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
