package org.citytwin.ui.help;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.FileAppender;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import org.slf4j.LoggerFactory;

/**
 * Where the log file is. logback.xml writes {@code citytwin.log} into the folder named by the system property
 * {@value #PROPERTY}; the launcher sets it to the OS's per-user log folder before anything logs, tests and users
 * may set it themselves.
 */
public final class LogFiles {

    public static final String PROPERTY = "citytwin.log.dir";
    static final String FILE_APPENDER = "FILE";

    private LogFiles() {
    }

    /** Call first in main, before any logger exists: points logback at the OS's log folder unless one was given. */
    public static void prepare() {
        String given = System.getProperty(PROPERTY);
        if (given == null || given.isBlank()) System.setProperty(PROPERTY, defaultFolder().toString());
    }

    /**
     * The per-user log folder: {@code %LOCALAPPDATA%\CityTwin\logs} on Windows, {@code ~/Library/Logs/CityTwin} on
     * macOS, else {@code $XDG_STATE_HOME/citytwin/logs} ({@code ~/.local/state/citytwin/logs}).
     */
    public static Path defaultFolder() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home", "."));
        if (os.startsWith("windows")) {
            String local = System.getenv("LOCALAPPDATA");
            return (local != null ? Path.of(local) : home.resolve("AppData").resolve("Local")).resolve("CityTwin").resolve("logs");
        }
        if (os.startsWith("mac")) return home.resolve("Library").resolve("Logs").resolve("CityTwin");
        String state = System.getenv("XDG_STATE_HOME");
        Path base = state != null && !state.isBlank() ? Path.of(state) : home.resolve(".local").resolve("state");
        return base.resolve("citytwin").resolve("logs");
    }

    /** The file log lines go to: the one logback writes, else where it would be. */
    public static Path current() {
        try {
            if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
                for (Iterator<Appender<ch.qos.logback.classic.spi.ILoggingEvent>> it =
                             context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).iteratorForAppenders(); it.hasNext(); ) {
                    if (it.next() instanceof FileAppender<?> file && file.getFile() != null) return Path.of(file.getFile()).toAbsolutePath();
                }
            }
        } catch (RuntimeException | LinkageError notLogback) {
            // another SLF4J binding: fall back to the configured folder
        }
        String given = System.getProperty(PROPERTY);
        return (given != null && !given.isBlank() ? Path.of(given) : defaultFolder()).resolve("citytwin.log").toAbsolutePath();
    }

    /** The folder holding {@link #current()}. */
    public static Path folder() {
        return current().getParent();
    }
}
