package org.citytwin.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.concurrent.Worker;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.stage.Stage;
import org.citytwin.model.CityObject;
import org.citytwin.places.Place;
import org.citytwin.places.PlaceClusters;
import org.citytwin.ui.layers.LayersViewModel;
import org.citytwin.ui.start.RecentFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Started without arguments, the viewer shows its start page: the sample's places, recent files, a drop zone. */
class StartPageWindowTest extends RealWindowTest {
    static final Path SAMPLE = Path.of("sample-citygml");
    static final Path SMALL = Path.of("src/test/resources/data/fixtures/implicit-trees.gml");
    private Preferences prefs;

    @Start
    void start(Stage stage) {
        openWindow(stage);
        prefs = Preferences.userRoot().node("citytwin-test/start-page-" + System.nanoTime()); // not the user's list
        window.setRecentFiles(new RecentFiles(prefs));
    }

    /** What the app does when started without arguments from the project folder. */
    private void startWithoutArguments(FxRobot robot) {
        robot.interact(() -> CityTwinFxApp.openInitial(window, List.of(), Path.of(""), null));
    }

    @AfterEach
    void forgetRecent() throws Exception {
        prefs.removeNode();
        // TestFX shares one stage between test classes: give the next one the window size it was built for
        org.testfx.util.WaitForAsyncUtils.asyncFx(() -> {
            stage.setWidth(1400);
            stage.setHeight(900);
        }).get();
    }

    @Test
    void withoutArgumentsTheStartPageShowsOneTilePerSamplePlaceAndATileOpensThatPlaceOnly(FxRobot robot) throws Exception {
        List<Place> places = PlaceClusters.ofFiles(List.of(SAMPLE));
        assertThat(places).hasSizeGreaterThanOrEqualTo(4);
        startWithoutArguments(robot);
        assertThat(window.startPage().isVisible()).isTrue();
        List<Node> tiles = List.copyOf(robot.lookup(".place-tile").queryAll());
        assertThat(tiles).extracting(Node::getId)
                .containsExactlyInAnyOrderElementsOf(places.stream().map(p -> "place-" + p.name()).toList());
        assertThat(window.viewModel().loadedPaths()).as("nothing loads before the user chooses").isEmpty();
        assertThat(window.sidePanel().isVisible()).isFalse();

        robot.interact(() -> {
            stage.setWidth(1600); // the README's picture size
            stage.setHeight(1000);
        });
        shoot("start-page.png");
        Place niiza = places.stream().filter(p -> p.name().equals("niiza-shi")).findFirst().orElseThrow();
        robot.clickOn("#place-niiza-shi");
        waitForLoad();
        assertThat(window.startPage().isVisible()).isFalse();
        assertThat(window.sidePanel().isVisible()).isTrue();
        assertThat(window.viewModel().loadedPaths()).containsExactlyInAnyOrderElementsOf(niiza.files());
        List<LayersViewModel.Dataset> datasets = window.sidePanel().layers().datasets();
        assertThat(datasets).hasSize(niiza.files().size());
        List<CityObject> objects = window.lodModel().allObjects();
        assertThat(objects).hasSizeGreaterThanOrEqualTo(657); // the Niiza tile's 657 buildings, nothing from Tokyo
        assertThat(window.cityScene().bounds().diagonal()).as("one place, not 700 km of Japan").isLessThan(5_000);
        shoot("start-niiza-opened.png");
    }

    private void shoot(String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        org.citytwin.scene.SceneSnapshots.writePng(WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null))
                .get(30, TimeUnit.SECONDS), Path.of("target/test-shots", name));
    }

    @Test
    void aDroppedFileOpensAndThenAppearsAmongTheRecentEntries(FxRobot robot) throws Exception {
        startWithoutArguments(robot);
        assertThat(robot.lookup(".recent-file").queryAll()).isEmpty();
        boolean accepted = WaitForAsyncUtils.asyncFx(() -> window.startPage().drop(List.of(SMALL.toFile()))).get(10, TimeUnit.SECONDS);
        assertThat(accepted).isTrue();
        waitForLoad();
        assertThat(window.viewModel().loadedPaths()).containsExactly(SMALL);
        assertThat(window.startPage().isVisible()).isFalse();

        robot.clickOn("File").clickOn("#show-start-page");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.startPage().isVisible());
        List<Hyperlink> recent = robot.lookup(".recent-file").queryAllAs(Hyperlink.class).stream().toList();
        assertThat(recent).extracting(Node::getUserData).containsExactly(SMALL.toAbsolutePath().normalize());
        assertThat(recent.get(0).getText()).isEqualTo("implicit-trees.gml");
        assertThat(new RecentFiles(prefs).list()).containsExactly(SMALL.toAbsolutePath().normalize());
    }

    private void waitForLoad() throws Exception {
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !window.viewModel().loadedPaths().isEmpty()
                && !window.viewModel().runningProperty().get());
        assertThat(window.viewModel().lastStateProperty().get()).isEqualTo(Worker.State.SUCCEEDED);
    }
}
