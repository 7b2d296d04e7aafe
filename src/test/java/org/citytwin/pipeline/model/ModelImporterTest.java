package org.citytwin.pipeline.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import org.citytwin.model.GeometryMetrics;
import org.citytwin.model.MeshPart;
import org.citytwin.model.SurfaceLook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled proposal models read through each importer with their real sizes and colours. */
class ModelImporterTest {

    private static final Path MODELS = Path.of("models");

    @TempDir
    Path dir;

    @Test
    void theCatalogListsThreeModelsThatAllRead() throws Exception {
        ModelCatalog catalog = ModelCatalog.read(MODELS);
        assertThat(catalog.models()).extracting(ModelCatalog.Entry::id).containsExactly("office-60m", "plaza-canopy", "pedestrian-deck");
        for (ModelCatalog.Entry e : catalog.models()) {
            ImportedModel model = ModelImporter.read(e.file());
            assertThat(model.height()).as(e.id()).isCloseTo(e.height(), within(0.01));
            assertThat(e.licence()).contains("CC0");
            assertThat(e.nameJa()).isNotBlank();
            double[] v = model.mesh().vertices();
            double minX = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, minY = Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
            for (int i = 0; i < v.length; i += 3) {
                minX = Math.min(minX, v[i]);
                maxX = Math.max(maxX, v[i]);
                minY = Math.min(minY, v[i + 1]);
                maxY = Math.max(maxY, v[i + 1]);
            }
            assertThat(maxX - minX).as(e.id() + " width").isCloseTo(e.footprint()[0], within(0.01));
            assertThat(maxY - minY).as(e.id() + " depth").isCloseTo(e.footprint()[1], within(0.01));
        }
    }

    @Test
    void theObjOfficeKeepsItsMaterialColoursAndStandsUpright() throws Exception {
        MeshPart office = ModelImporter.read(MODELS.resolve("office-60m.obj")).mesh();
        assertThat(office.triangleCount()).isEqualTo(2 * (6 + 13 * 8 + 1 + 1));
        assertThat(office.looks()).extracting(SurfaceLook::argb).contains(0xFF5C7A99); // the glass bands' Kd 0.36 0.48 0.60
        int glass = office.looks().stream().map(SurfaceLook::argb).toList().indexOf(0xFF5C7A99);
        long glassTriangles = java.util.Arrays.stream(office.triangleLooks()).filter(i -> i == glass).count();
        assertThat(glassTriangles).as("every glass band, not only the first face after usemtl").isEqualTo(13 * 4 * 2);
        assertThat(office.looks()).extracting(SurfaceLook::argb).doesNotContain(0xFFD9D4C7); // no face fell back
        GeometryMetrics podium = GeometryMetrics.of(office);
        assertThat(podium.height()).isCloseTo(60, within(1e-3));
        assertThat(podium.footprint()).isCloseTo(36 * 26, within(0.5)); // the podium's underside, seen from above
    }

    @Test
    void theGltfAndGlbModelsCarryTheirBaseColours() throws Exception {
        MeshPart canopy = ModelImporter.read(MODELS.resolve("plaza-canopy.gltf")).mesh();
        assertThat(canopy.triangleCount()).isEqualTo(12 + 10 * 8);
        assertThat(canopy.looks()).extracting(SurfaceLook::argb).contains(0xFFEBEBE5, 0xFF666B73);
        MeshPart deck = ModelImporter.read(MODELS.resolve("pedestrian-deck.glb")).mesh();
        assertThat(deck.triangleCount()).isEqualTo(12 + 24 + 5 * 8 + 20 * 12);
    }

    @Test
    void aHeadingTurnsTheModelClockwiseFromNorth() throws Exception {
        ImportedModel deck = ModelImporter.read(MODELS.resolve("pedestrian-deck.glb"));
        MeshPart east = deck.placed(100, 200, 5, 90, 2);
        GeometryMetrics m = GeometryMetrics.of(east);
        assertThat(m.height()).isCloseTo(2 * 7.1, within(1e-3));
        double minY = Double.MAX_VALUE, maxY = -Double.MAX_VALUE, minZ = Double.MAX_VALUE;
        for (int i = 0; i < east.vertices().length; i += 3) {
            minY = Math.min(minY, east.vertices()[i + 1]);
            maxY = Math.max(maxY, east.vertices()[i + 1]);
            minZ = Math.min(minZ, east.vertices()[i + 2]);
        }
        assertThat(maxY - minY).isCloseTo(2 * 66, within(1e-3)); // the 66 m east-west deck now runs north-south
        assertThat(minY).isCloseTo(200 - 2 * 36, within(1e-3)); // its stair end (east, x up to +36) turned to the south
        assertThat(minZ).isEqualTo(5);
    }

    @Test
    void aGltfReferringOutsideItsFolderOrToTheNetworkIsRefusedUnread() throws Exception {
        Path model = Files.createDirectories(dir.resolve("models")).resolve("evil.gltf");
        for (String uri : new String[] {"../secret.bin", "/etc/passwd", "file:///etc/passwd", "http://example.invalid/b.bin"}) {
            Files.writeString(model, "{\"asset\":{\"version\":\"2.0\"},\"buffers\":[{\"byteLength\":4,\"uri\":\"" + uri + "\"}]}");
            assertThatThrownBy(() -> ModelImporter.read(model)).isInstanceOf(ModelFormatException.class)
                    .hasMessageContaining("evil.gltf").hasMessageContaining("outside the model's folder");
        }
    }

    @Test
    void brokenModelsSayWhatIsWrong() throws Exception {
        Path obj = dir.resolve("broken.obj");
        Files.writeString(obj, "v 0 0 0\nv 1 0 0\nf 1 2 7\n");
        assertThatThrownBy(() -> ModelImporter.read(obj)).hasMessageContaining("broken.obj").hasMessageContaining("vertex 7");
        Path empty = dir.resolve("empty.obj");
        Files.writeString(empty, "# nothing\n");
        assertThatThrownBy(() -> ModelImporter.read(empty)).hasMessageContaining("no triangles");
        assertThatThrownBy(() -> ModelImporter.read(dir.resolve("model.fbx"))).hasMessageContaining("no such model file");
        Path huge = dir.resolve("huge.glb");
        try (var f = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(ModelImporter.MAX_BYTES + 1); // sparse: nothing is written, nothing may be read
        }
        assertThatThrownBy(() -> ModelImporter.read(huge)).hasMessageContaining("huge.glb").hasMessageContaining("MB a proposal model may have");
    }
}
