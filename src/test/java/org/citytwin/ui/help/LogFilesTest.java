package org.citytwin.ui.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The per-user log folder on each system, and the tests' own folder (never the user's). */
class LogFilesTest {
    private final String os = System.getProperty("os.name");
    private final String home = System.getProperty("user.home");

    @AfterEach
    void restore() {
        System.setProperty("os.name", os);
        System.setProperty("user.home", home);
    }

    @Test
    void eachSystemHasItsUsualPlace() {
        System.setProperty("user.home", "/home/planner");
        System.setProperty("os.name", "Mac OS X");
        assertThat(LogFiles.defaultFolder()).isEqualTo(Path.of("/home/planner/Library/Logs/CityTwin"));
        System.setProperty("os.name", "Windows 11");
        assertThat(LogFiles.defaultFolder().toString().replace('\\', '/')).endsWith("CityTwin/logs");
        System.setProperty("os.name", "Linux");
        String state = System.getenv("XDG_STATE_HOME");
        Path expected = state != null && !state.isBlank() ? Path.of(state, "citytwin", "logs")
                : Path.of("/home/planner/.local/state/citytwin/logs");
        assertThat(LogFiles.defaultFolder()).isEqualTo(expected);
    }

    @Test
    void testsWriteTheirLogIntoTarget() {
        assertThat(System.getProperty(LogFiles.PROPERTY)).as("set by the pom's surefire configuration").isNotBlank();
        assertThat(LogFiles.current()).isEqualTo(Path.of(System.getProperty(LogFiles.PROPERTY), "citytwin.log").toAbsolutePath());
        assertThat(LogFiles.folder().toString()).endsWith("test-logs");
    }
}
