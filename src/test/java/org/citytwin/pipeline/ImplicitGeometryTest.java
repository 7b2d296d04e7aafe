package org.citytwin.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.citytwin.geo.CrsResolver;
import org.citytwin.model.CityFile;
import org.citytwin.model.CityObject;
import org.citytwin.model.IssueCategory;
import org.citytwin.model.LocalFrame;
import org.citytwin.model.MeshPart;
import org.junit.jupiter.api.Test;

/** Implicit geometry: prototype × matrix placed at the reference point; the prototype's triangulation is shared. */
class ImplicitGeometryTest {

    static final Path TREES = Path.of("src/test/resources/data/fixtures/implicit-trees.gml");

    @Test
    void instancesArePlacedScaledAndShareThePrototype() {
        try (DatasetLoader loader = new DatasetLoader(new CrsResolver())) {
            // frame origin at tree a's reference point: its instance starts at (0, 0, 35)
            loader.anchor(new LocalFrame(35.6805, 139.6905));
            CityFile file = loader.load(List.of(TREES), LoadProgress.NONE, new CancelToken()).files().get(0);
            CityObject a = byId(file, "tree-a");
            CityObject b = byId(file, "tree-b");
            CityObject c = byId(file, "tree-c");

            MeshPart meshA = a.meshes().get(2);
            MeshPart meshB = b.meshes().get(2);
            assertThat(a.lods()).containsExactly(2);
            assertThat(extent(meshA, 0)).isCloseTo(2.0, within(1e-6)); // scaled ×2
            assertThat(extent(meshB, 0)).isCloseTo(1.0, within(1e-6)); // identity
            assertThat(min(meshA, 0)).isCloseTo(0.0, within(0.001));
            assertThat(min(meshA, 2)).isCloseTo(35.0, within(1e-9));
            assertThat(max(meshA, 2)).isCloseTo(37.0, within(1e-9));
            // b stands 0.0001° (about 11.1 m) north of a, one metre higher
            assertThat(min(meshB, 1) - min(meshA, 1)).isCloseTo(11.09, within(0.05));
            assertThat(min(meshB, 2)).isCloseTo(36.0, within(1e-9));
            assertThat(meshB.triangles()).as("prototype triangulation shared").isSameAs(meshA.triangles());
            assertThat(c.displayMesh().isEmpty()).isTrue();
            assertThat(file.issues()).anyMatch(i -> i.category() == IssueCategory.UNRESOLVED_XLINK
                    && "tree-c".equals(i.gmlId()) && i.message().contains("nowhere"));
        }
    }

    private static CityObject byId(CityFile file, String id) {
        return file.objects().stream().filter(o -> o.id().equals(id)).findFirst().orElseThrow();
    }

    private static double min(MeshPart m, int axis) {
        double v = Double.MAX_VALUE;
        for (int i = axis; i < m.vertices().length; i += 3) v = Math.min(v, m.vertices()[i]);
        return v;
    }

    private static double max(MeshPart m, int axis) {
        double v = -Double.MAX_VALUE;
        for (int i = axis; i < m.vertices().length; i += 3) v = Math.max(v, m.vertices()[i]);
        return v;
    }

    private static double extent(MeshPart m, int axis) {
        return max(m, axis) - min(m, axis);
    }
}
