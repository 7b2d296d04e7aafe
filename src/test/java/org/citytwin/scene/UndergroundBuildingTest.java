package org.citytwin.scene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.citytwin.scene.FxTestSupport.onFx;
import static org.citytwin.scene.FxTestSupport.startFx;

import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import org.citytwin.geo.CrsResolver;
import org.citytwin.model.CityObject;
import org.citytwin.model.FeatureKind;
import org.citytwin.model.MeshPart;
import org.citytwin.pipeline.CancelToken;
import org.citytwin.pipeline.DatasetLoader;
import org.citytwin.pipeline.LoadProgress;
import org.citytwin.pipeline.LoadResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Hiroshima underground mall (PLATEAU ubld, with the hodokyo bridge file of the same mesh): it lies about 21 m
 * below the street, its floors are there, and it shows through a see-through ground but not through an opaque one.
 */
class UndergroundBuildingTest {
    static final Path UDX = Path.of("src/test/resources/data/plateau/plateau-3.0-sample_nusamai/udx");
    private static LoadResult result;

    @BeforeAll
    static void load() throws Exception {
        startFx();
        result = new DatasetLoader(new CrsResolver()).load(List.of(UDX.resolve("ubld"), UDX.resolve("brid")),
                LoadProgress.NONE, new CancelToken());
    }

    private static CityObject mall() {
        return result.files().stream().flatMap(f -> f.objects().stream())
                .filter(o -> o.kind() == FeatureKind.UNDERGROUND_BUILDING).findFirst().orElseThrow();
    }

    @Test
    void theMallLiesAbout21MetresBelowTheGroundTheStreetImplies() throws Exception {
        CityScene scene = onFx(() -> {
            CityScene cs = new CityScene(400, 300);
            cs.addMeshes(result.meshes(), result.bounds());
            return cs;
        });
        double[] v = mall().displayMesh().vertices();
        double ground = onFx(() -> scene.groundElevationAt(v[0], v[1]));
        double bottom = minZ(mall().displayMesh()), top = maxZ(mall().displayMesh());
        // the street level comes from the bridge (its foot at about 1 m); the mall's roof lies about 10 m below it
        assertThat(ground).as("ground at the mall, from the street the bridge stands on").isCloseTo(0.9, within(0.3));
        assertThat(ground - top).as("earth over the mall's roof").isCloseTo(10.8, within(1.0));
        assertThat(ground - bottom).as("depth of the mall's lowest floor below the ground").isCloseTo(21, within(1.0));
    }

    @Test
    void itsFloorsAreHorizontalSurfacesAtSeveralLevelsBelowGround() {
        MeshPart mesh = mall().displayMesh();
        TreeSet<Double> levels = new TreeSet<>();
        double[] v = mesh.vertices();
        int[] t = mesh.triangles();
        for (int i = 0; i < t.length; i += 3) {
            double z0 = v[t[i] * 3 + 2], z1 = v[t[i + 1] * 3 + 2], z2 = v[t[i + 2] * 3 + 2];
            if (Math.abs(z0 - z1) < 0.01 && Math.abs(z1 - z2) < 0.01 && z0 < -1) levels.add(Math.rint(z0 * 2) / 2);
        }
        assertThat(levels).as("levels of horizontal faces below -1 m").hasSizeGreaterThanOrEqualTo(2);
        assertThat(levels.first()).isLessThan(-19);
    }

    @Test
    void itShowsThroughASeeThroughGroundAndIsHiddenUnderAnOpaqueOne() throws Exception {
        Color[] hidden = centreAndCorner(1.0, "mall-xray-100");
        Color[] seen = centreAndCorner(0.2, "mall-xray-20");
        // opaque: ground over the middle of the mall looks like ground anywhere else
        assertThat(distance(hidden[0], hidden[1])).as("opaque ground over the mall: " + hidden[0] + " vs " + hidden[1]).isLessThan(0.05);
        // see-through: the mall's brown shows in the middle, red clearly above blue
        assertThat(distance(seen[0], seen[1])).as("mall through the ground: " + seen[0] + " vs " + seen[1]).isGreaterThan(0.15);
        assertThat(seen[0].getRed() - seen[0].getBlue()).isGreaterThan(0.05);
    }

    /** Top view of the mall under the plain ground at this x-ray: colours at the centre and at a corner. */
    private static Color[] centreAndCorner(double xray, String name) throws Exception {
        List<CityObject> ubld = List.of(mall());
        return onFx(() -> {
            CityScene cs = new CityScene(320, 200);
            cs.addMeshes(result.meshes().stream().filter(m -> m.kind() == FeatureKind.UNDERGROUND_BUILDING).toList(), null);
            cs.addUtilityGround(ubld);
            if (xray < 1) new XRay(cs, new LayerStyle(cs)).setOpacity(xray);
            cs.top();
            Image img = SceneSnapshots.render(cs, 320, 200);
            SceneSnapshots.writePng(img, Path.of("target/test-shots/" + name + ".png"));
            return new Color[] {img.getPixelReader().getColor(160, 100), img.getPixelReader().getColor(3, 3)};
        });
    }

    private static double distance(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) + Math.abs(a.getGreen() - b.getGreen()) + Math.abs(a.getBlue() - b.getBlue());
    }

    private static double maxZ(MeshPart mesh) {
        double max = Double.NEGATIVE_INFINITY;
        double[] v = mesh.vertices();
        for (int i = 2; i < v.length; i += 3) max = Math.max(max, v[i]);
        return max;
    }

    private static double minZ(MeshPart mesh) {
        double min = Double.POSITIVE_INFINITY;
        double[] v = mesh.vertices();
        for (int i = 2; i < v.length; i += 3) min = Math.min(min, v[i]);
        return min;
    }
}
