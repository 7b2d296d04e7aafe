package org.citytwin.ui.sun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.concurrent.TimeUnit;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Slider;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.citytwin.app.RealWindowTest;
import org.citytwin.model.Envelope;
import org.citytwin.scene.FxTestSupport;
import org.citytwin.scene.SceneSnapshots;
import org.citytwin.shadow.NoaaSun;
import org.citytwin.shadow.SunDirections;
import org.citytwin.ui.WindowLoads;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** View → Sun on a real PLATEAU building in Shinjuku: the light follows the sun, the panel drives the scene's sun. */
class SunWindowTest extends RealWindowTest {
    static final Path SHINJUKU = Path.of("src/test/resources/data/plateau/13104_shinjuku-ku_2020_ogc-urban-planning-ade-example/udx/bldg/53394517_bldg_6697_2_op_CityGML2.gml");
    static final Path SHOTS = Path.of("target/test-shots");
    static final LocalDate SOLSTICE = LocalDate.of(2024, 12, 21);

    @Start
    void start(Stage stage) {
        openWindow(stage);
    }

    @Test
    void wallsTurnedToTheSunAreBrighterAndNightIsDark(FxRobot robot) throws Exception {
        WindowLoads.loadAndWait(robot, window, SHINJUKU);
        SunViewModel vm = window.sun().viewModel();
        robot.interact(() -> {
            vm.lightOnProperty().set(true);
            window.cityScene().ground().setVisible(false); // only the building's walls and roofs count
        });
        // winter morning: the sun in the south-east, low. Seen from the east (looking west) the lit east walls face us.
        double morningFromEast = buildingLuminance(robot, vm, "08:30", 270), morningFromWest = buildingLuminance(robot, vm, "08:30", 90);
        double eveningFromEast = buildingLuminance(robot, vm, "15:30", 270), eveningFromWest = buildingLuminance(robot, vm, "15:30", 90);
        assertThat(morningFromEast).isGreaterThan(morningFromWest * 1.1);
        assertThat(eveningFromWest).isGreaterThan(eveningFromEast * 1.1);

        robot.interact(() -> {
            window.cityScene().ground().setVisible(true);
            window.cityScene().focusDensest();
        });
        double noon = viewLuminance(robot, vm, "12:00"), night = viewLuminance(robot, vm, "20:00");
        assertThat(night).isLessThan(noon * 0.35);
        robot.interact(() -> vm.lightOnProperty().set(false));
    }

    @Test
    void thePanelSetsTheScenesSunAndLightOffBringsBackTheStudioLight(FxRobot robot) throws Exception {
        WindowLoads.loadAndWait(robot, window, SHINJUKU);
        double[] studio = new double[1], view = new double[3];
        var target = window.cityScene().camera().target();
        robot.interact(() -> {
            var rig = window.cityScene().camera();
            view[0] = rig.heading();
            view[1] = rig.pitch();
            view[2] = rig.distance();
            studio[0] = luminance(SceneSnapshots.render(window.cityScene()), false);
        });
        assertThat(window.cityScene().sunProperty().get()).isNull();

        robot.clickOn("View");
        robot.clickOn("Sun…");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#sun-panel").query().isVisible());
        SunViewModel vm = window.sun().viewModel();
        // the place is the loaded data's centre (Shinjuku), not the default
        Envelope place = window.cityScene().currentPlace();
        double[] latLon = context.loader().toLatLon(place.centerX(), place.centerY());
        assertThat(vm.latitudeProperty().get()).isCloseTo(latLon[0], within(1e-9)).isBetween(35.6, 35.8);
        assertThat(vm.longitudeProperty().get()).isCloseTo(latLon[1], within(1e-9)).isBetween(139.6, 139.8);
        assertThat(window.cityScene().sunProperty().get()).isNotNull(); // opening the panel lights by the sun

        DatePicker date = robot.lookup("#sun-date").queryAs(DatePicker.class);
        Slider time = robot.lookup("#sun-time").queryAs(Slider.class);
        Slider day = robot.lookup("#sun-day").queryAs(Slider.class);
        robot.interact(() -> {
            date.setValue(SOLSTICE);
            time.setValue(8 * 60 + 29);
        });
        robot.interact(time::requestFocus);
        robot.type(KeyCode.RIGHT); // one minute on, from the keyboard: 08:30
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.time()).isEqualTo(LocalTime.of(8, 30));
        assertSceneSunIs(ZonedDateTime.of(SOLSTICE, LocalTime.of(8, 30), SunViewModel.DEFAULT_ZONE), latLon);
        shoot(robot, "sun-morning");

        robot.interact(() -> time.setValue(12 * 60));
        assertSceneSunIs(ZonedDateTime.of(SOLSTICE, LocalTime.NOON, SunViewModel.DEFAULT_ZONE), latLon);
        shoot(robot, "sun-noon");
        robot.interact(() -> day.setValue(172)); // the summer solstice of the same year
        assertThat(vm.dateProperty().get()).isEqualTo(LocalDate.of(2024, 6, 20));
        assertSceneSunIs(ZonedDateTime.of(LocalDate.of(2024, 6, 20), LocalTime.NOON, SunViewModel.DEFAULT_ZONE), latLon);
        assertThat(window.cityScene().sunProperty().get().elevation()).isGreaterThan(75);

        robot.interact(() -> {
            date.setValue(SOLSTICE);
            time.setValue(16 * 60 + 40);
            var rig = window.cityScene().camera();
            rig.lookAt(rig.target(), rig.heading() + 180, 12, rig.distance()); // towards the sunset, sky in view
        });
        assertThat(vm.daylight()).isEqualTo(SunViewModel.Daylight.TWILIGHT);
        shoot(robot, "sun-twilight");
        robot.interact(() -> time.setValue(19 * 60));
        assertSceneSunIs(ZonedDateTime.of(SOLSTICE, LocalTime.of(19, 0), SunViewModel.DEFAULT_ZONE), latLon);
        shoot(robot, "sun-night");

        // play a day: the clock runs until stopped
        robot.clickOn("#sun-play");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.minuteOfDayProperty().get() >= 19 * 60 + 30);
        robot.clickOn("#sun-play");
        assertThat(vm.playingProperty().get()).isFalse();
        int stoppedAt = vm.minuteOfDayProperty().get();
        FxTestSupport.letAnimationTimePass(javafx.util.Duration.millis(300)); // frames pass; a stopped clock stays
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.minuteOfDayProperty().get()).isEqualTo(stoppedAt);

        robot.clickOn("#sun-light");
        assertThat(window.cityScene().sunProperty().get()).isNull();
        robot.interact(() -> window.cityScene().camera().lookAt(target, view[0], view[1], view[2])); // as first seen
        double[] off = new double[1];
        robot.interact(() -> off[0] = luminance(SceneSnapshots.render(window.cityScene()), false));
        assertThat(off[0]).isCloseTo(studio[0], within(0.002)); // the studio light and day sky again
    }

    private void assertSceneSunIs(ZonedDateTime when, double[] latLon) {
        WaitForAsyncUtils.waitForFxEvents();
        SunDirections.Direction expected = new NoaaSun().at(when.toInstant(), latLon[0], latLon[1]);
        SunDirections.Direction shown = window.cityScene().sunProperty().get();
        assertThat(shown).isNotNull();
        assertThat(shown.azimuth()).isCloseTo(expected.azimuth(), within(0.1));
        assertThat(shown.elevation()).isCloseTo(expected.elevation(), within(0.1));
    }

    /** Mean luminance of the building alone (sky and hidden ground are transparent) seen low from one heading. */
    private double buildingLuminance(FxRobot robot, SunViewModel vm, String clock, double heading) {
        double[] mean = new double[1];
        robot.interact(() -> {
            vm.setTime(SOLSTICE, LocalTime.parse(clock));
            window.cityScene().fit();
            var rig = window.cityScene().camera();
            rig.lookAt(rig.target(), heading, 15, rig.distance() * 0.8);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            SnapshotParameters p = new SnapshotParameters();
            p.setFill(Color.TRANSPARENT);
            mean[0] = luminance(window.cityScene().subScene().snapshot(p, null), true);
        });
        return mean[0];
    }

    /** Mean luminance of the whole 3D view, sky included. */
    private double viewLuminance(FxRobot robot, SunViewModel vm, String clock) {
        double[] mean = new double[1];
        robot.interact(() -> vm.setTime(SOLSTICE, LocalTime.parse(clock)));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> mean[0] = luminance(SceneSnapshots.render(window.cityScene()), false));
        return mean[0];
    }

    private static double luminance(Image image, boolean opaqueOnly) {
        PixelReader r = image.getPixelReader();
        double sum = 0;
        long n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                Color c = r.getColor(x, y);
                if (opaqueOnly && c.getOpacity() < 0.99) continue;
                sum += 0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue();
                n++;
            }
        }
        assertThat(n).as("pixels measured").isGreaterThan(10_000);
        return sum / n;
    }

    private void shoot(FxRobot robot, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Image[] shot = new Image[1];
        robot.interact(() -> shot[0] = stage.getScene().snapshot(null));
        SceneSnapshots.writePng(shot[0], SHOTS.resolve(name + ".png"));
    }
}
