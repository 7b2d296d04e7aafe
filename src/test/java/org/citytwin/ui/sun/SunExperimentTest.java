package org.citytwin.ui.sun;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.citytwin.app.RealWindowTest;
import org.citytwin.scene.SceneSnapshots;
import org.citytwin.shadow.NoaaSun;
import org.citytwin.ui.WindowLoads;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

class SunExperimentTest extends RealWindowTest {
    static final Path SHINJUKU = Path.of("src/test/resources/data/plateau/13104_shinjuku-ku_2020_ogc-urban-planning-ade-example/udx/bldg/53394517_bldg_6697_2_op_CityGML2.gml");

    @Start
    void start(Stage stage) { openWindow(stage); }

    @Test
    void look(FxRobot robot) throws Exception {
        WindowLoads.loadAndWait(robot, window, SHINJUKU);
        var rig = window.cityScene().camera();
        var t = rig.target();
        double d = rig.distance();
        for (String when : new String[] {"08:30", "12:00", "15:30", "18:30"}) {
            var z = ZonedDateTime.of(java.time.LocalDate.of(2024, 12, 21), java.time.LocalTime.parse(when), ZoneId.of("Asia/Tokyo"));
            var dir = new NoaaSun().at(z.toInstant(), 35.69, 139.70);
            System.out.println(when + " " + dir);
            for (double heading : new double[] {270, 90, 22.5}) {
                robot.interact(() -> { window.cityScene().sunProperty().set(dir); rig.lookAt(t, heading, heading == 22.5 ? 35 : 15, d * 0.6); });
                WaitForAsyncUtils.waitForFxEvents();
                WritableImage[] img = new WritableImage[2];
                robot.interact(() -> {
                    img[0] = SceneSnapshots.render(window.cityScene());
                    SnapshotParameters p = new SnapshotParameters();
                    p.setFill(Color.TRANSPARENT);
                    img[1] = window.cityScene().subScene().snapshot(p, null);
                });
                double sum = 0; int n = 0;
                var r = img[1].getPixelReader();
                for (int y = 0; y < img[1].getHeight(); y++) for (int x = 0; x < img[1].getWidth(); x++) {
                    Color c = r.getColor(x, y);
                    if (c.getOpacity() < 0.99) continue;
                    sum += 0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue(); n++;
                }
                var q = img[0].getPixelReader(); System.out.printf("%s heading %.0f: mean %.3f over %d px; lowright %s ground %s%n", when, heading, sum / n, n, q.getColor(950, 740), q.getColor(100, 350));
                SceneSnapshots.writePng(img[0], Path.of("/work/wt/shots/sunexp-" + when.replace(":", "") + "-" + (int) heading + ".png"));
            }
        }
    }
}
