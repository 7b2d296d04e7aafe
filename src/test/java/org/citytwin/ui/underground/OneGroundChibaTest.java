package org.citytwin.ui.underground;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.citytwin.scene.FxTestSupport.onFx;
import static org.citytwin.scene.FxTestSupport.startFx;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.MeshView;
import javafx.scene.shape.TriangleMesh;
import org.citytwin.geo.CrsResolver;
import org.citytwin.model.CityObject;
import org.citytwin.pipeline.CancelToken;
import org.citytwin.pipeline.DatasetLoader;
import org.citytwin.pipeline.LoadProgress;
import org.citytwin.pipeline.LoadResult;
import org.citytwin.scene.CityScene;
import org.citytwin.scene.Picker;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import org.citytwin.ui.draw.FootprintDrawing;
import org.citytwin.ui.inspect.InspectorViewModel;

/**
 * One ground on the Chiba utilities: at several pipes, the hover read-out's ground (pointed z + cover depth), the
 * excavation pit's top and the drawn ground square agree within 0.1 m.
 */
class OneGroundChibaTest {
    private static LoadResult result;
    private static List<CityObject> objects;

    @BeforeAll
    static void load() throws Exception {
        startFx();
        try (DatasetLoader loader = new DatasetLoader(new CrsResolver())) {
            result = loader.load(List.of(Path.of("src/test/resources/data/utility/udx/unf")), LoadProgress.NONE, new CancelToken());
        }
        objects = result.files().stream().flatMap(f -> f.objects().stream()).toList();
    }

    /** The top of the drawn ground square whose tile holds (x, y) (JavaFX points are (x, -z, y)). */
    private static double drawnGroundAt(CityScene cs, double x, double y) {
        double best = Double.NaN, bestDistance = Double.MAX_VALUE;
        for (Node n : cs.ground().getChildren()) {
            float[] p = ((TriangleMesh) ((MeshView) n).getMesh()).getPoints().toArray(null);
            double x0 = Math.min(p[0], p[6]), x1 = Math.max(p[0], p[6]), n0 = Math.min(p[2], p[8]), n1 = Math.max(p[2], p[8]);
            if (x < x0 || x > x1 || y < n0 || y > n1) continue;
            double d = Math.hypot(x - (x0 + x1) / 2, y - (n0 + n1) / 2); // overlapping neighbours: the one centred nearest
            if (d < bestDistance) {
                bestDistance = d;
                best = -p[1];
            }
        }
        return best;
    }

    @Test
    void hoverReadOutPitTopAndDrawnGroundAgreeAtThePipes() throws Exception {
        List<CityObject> pipes = objects.stream().filter(o -> o.utility() != null && o.utility().hasCentreLine()).toList();
        assertThat(pipes).hasSizeGreaterThan(8);
        List<CityObject> sample = new ArrayList<>();
        for (int i = 0; i < 8; i++) sample.add(pipes.get(i * (pipes.size() - 1) / 7)); // spread over the files
        CityScene cs = onFx(() -> {
            CityScene s = new CityScene(480, 300);
            s.addMeshes(result.meshes(), result.bounds());
            s.addUtilityGround(objects);
            return s;
        });
        InspectorViewModel inspector = new InspectorViewModel();
        inspector.index(result);
        inspector.setGround(cs::groundModel);
        ExcavationController excavation = onFx(() -> ExcavationController.install(new StackPane(), cs,
                new FootprintDrawing(new StackPane(), cs, new Picker(cs)), Runnable::run, () -> objects));
        Pattern cover = Pattern.compile("elevation (-?[0-9.]+) m · cover (-?[0-9.]+) m");
        Pattern floor = Pattern.compile("floor at (-?[0-9.]+) m");
        double spread = 0;
        for (CityObject pipe : sample) {
            double[] line = pipe.utility().centreLine();
            double x = line[0], y = line[1], top = line[2] + pipe.utility().outerDiameterM() / 2;

            Matcher hover = cover.matcher(inspector.caption(pipe.id(), x, y, top));
            assertThat(hover.find()).as(inspector.caption(pipe.id(), x, y, top)).isTrue();
            double hoverGround = Double.parseDouble(hover.group(1)) + Double.parseDouble(hover.group(2));

            onFx(() -> excavation.dig(List.of(new double[] {x - 1, y - 1, top}, new double[] {x + 1, y + 1, top})));
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> excavation.status().startsWith("Pit"));
            Matcher pit = floor.matcher(excavation.status());
            assertThat(pit.find()).as(excavation.status()).isTrue();
            double pitTop = Double.parseDouble(pit.group(1)) + 2.0; // the panel's default depth

            double drawn = onFx(() -> drawnGroundAt(cs, x, y));
            String where = String.format(Locale.ROOT, "%s at (%.1f, %.1f)", pipe.id(), x, y);
            assertThat(hoverGround).as("hover vs drawn, " + where).isCloseTo(drawn, within(0.1));
            assertThat(pitTop).as("pit top vs drawn, " + where).isCloseTo(drawn, within(0.1));
            spread = Math.max(spread, Math.abs(pipe.utility().groundElevation() - drawn));
            onFx(() -> {
                excavation.cancel();
                return null;
            });
        }
        System.out.printf(Locale.ROOT, "largest gap between a pipe's own ground and the area's: %.2f m%n", spread);
    }
}
