package org.citytwin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.concurrent.Worker;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Loads files into a real main window through its view model and waits until the load succeeded. */
public final class WindowLoads {

    private WindowLoads() {
    }

    public static void loadAndWait(FxRobot robot, MainWindow window, Path file) throws Exception {
        assertThat(Files.isRegularFile(file)).as("bundled sample " + file).isTrue();
        robot.interact(() -> window.viewModel().load(List.of(file)));
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !window.viewModel().runningProperty().get()
                && window.viewModel().lastStateProperty().get() != Worker.State.SCHEDULED);
        assertThat(window.viewModel().lastStateProperty().get()).isEqualTo(Worker.State.SUCCEEDED);
    }

    /**
     * Clicks the side panel's tab of that title once its header shows: right after a load the start page steps aside
     * and the panel lays out its headers in the next pulses, so a click at once can find the label not yet shown.
     */
    public static void clickTab(FxRobot robot, String title) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(title).queryAll().stream()
                .anyMatch(javafx.scene.Node::isVisible));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(title);
    }
}
