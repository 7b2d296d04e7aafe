package org.citytwin.ui.navigation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point3D;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TreeCell;
import javafx.stage.Stage;
import org.citytwin.app.RealWindowTest;
import org.citytwin.model.Envelope;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.citytwin.ui.WindowLoads;
import org.citytwin.ui.layers.LayersViewModel;

/** Two real files about 250 km apart (Shinjuku, Tokyo and Takaoka, Toyama): the Places box and Zoom to layer fly between them. */
class PlacesBoxWindowTest extends RealWindowTest {
    static final Path TOKYO = Path.of("src/test/resources/data/plateau/13104_shinjuku-ku_2020_ogc-urban-planning-ade-example/udx/bldg/53394517_bldg_6697_2_op_CityGML2.gml");
    static final Path TAKAOKA = Path.of("src/test/resources/data/plateau/16202_takaoka-shi_city_2024_citygml_1_op/udx/rwy/55360728_rwy_6697.gml");

    @Start
    void start(Stage stage) {
        openWindow(stage);
    }

    @Test
    void placesBoxListsBothCitiesAndChoosingOneOrZoomingToALayerFliesThere(FxRobot robot) throws Exception {
        WindowLoads.loadAndWait(robot, window, TOKYO);
        WindowLoads.loadAndWait(robot, window, TAKAOKA);
        @SuppressWarnings("unchecked")
        ComboBox<PlacesBox.Entry> places = robot.lookup("#places").queryAs(ComboBox.class);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(places.getItems()).extracting(PlacesBox.Entry::name).containsExactlyInAnyOrder("shinjuku-ku", "takaoka-shi");

        // The camera shows what was loaded last; choose the other place.
        PlacesBox.Entry away = places.getItems().stream().filter(p -> !inside(target(), p.bounds())).findFirst().orElseThrow();
        robot.clickOn(places);
        robot.clickOn(away.name());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> inside(target(), away.bounds()));

        // Zoom to layer on the other file's row flies back into that file's bounds.
        LayersViewModel.Dataset other = window.sidePanel().layers().datasets().stream()
                .filter(d -> !inside(target(), d.bounds())).findFirst().orElseThrow();
        String row = Path.of(other.path()).getFileName().toString();
        assertThat(robot.lookup(".tree-cell").queryAllAs(TreeCell.class).stream().anyMatch(c -> other.equals(c.getItem()))).isTrue();
        robot.rightClickOn(row);
        robot.clickOn("Zoom to layer");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> inside(target(), other.bounds()));
        assertThat(List.of(TOKYO, TAKAOKA).stream().map(p -> p.getFileName().toString())).contains(row);
    }

    private Point3D target() {
        var rig = window.cityScene().camera();
        return rig.toLocal(rig.target());
    }

    private static boolean inside(Point3D p, Envelope e) {
        return p.getX() >= e.minX() && p.getX() <= e.maxX() && p.getY() >= e.minY() && p.getY() <= e.maxY();
    }
}
