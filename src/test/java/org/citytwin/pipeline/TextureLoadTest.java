package org.citytwin.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.citytwin.geo.CrsResolver;
import org.citytwin.model.CityFile;
import org.citytwin.model.CityObject;
import org.citytwin.model.IssueCategory;
import org.citytwin.model.LoadIssue;
import org.citytwin.model.MeshPart;
import org.citytwin.model.Severity;
import org.citytwin.pipeline.tile.TileMesh;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Appearances of real PLATEAU files: textures on the buildings, missing images, file-name case, textures off. */
class TextureLoadTest {

    static final Path HANEDA_2022 = Path.of("sample-citygml/13100_tokyo23-ku_2022_citygml_1_3_op/udx/bldg/53392633_bldg_6697_2_op.gml");
    static final Path TSUKUBA_FRN = Path.of("src/test/resources/data/plateau/08220_tsukuba-shi_city_2023_citygml_2_op/udx/frn/54400098_frn_6697_op.gml");

    static CrsResolver resolver;

    @BeforeAll
    static void startCrs() {
        resolver = new CrsResolver();
    }

    @AfterAll
    static void done() {
        resolver = null;
    }

    private static LoadResult load(Path file, boolean textures) {
        try (DatasetLoader loader = new DatasetLoader(resolver)) {
            loader.setTextures(textures);
            return loader.load(List.of(file), LoadProgress.NONE, new CancelToken());
        }
    }

    @Test
    void everyHanedaBuildingHasTexturedTrianglesWithCoordinatesInsideTheImage() {
        CityFile file = load(HANEDA_2022, true).files().get(0);

        assertThat(file.objects()).hasSize(9);
        for (CityObject building : file.objects()) {
            MeshPart mesh = building.displayMesh();
            assertThat(mesh.texturedTriangleCount()).as(building.id()).isPositive();
            float[] st = mesh.texCoords();
            int[] tri = mesh.triangles();
            for (int t = 0; t < mesh.triangleCount(); t++) {
                if (mesh.lookOf(t) == null || !mesh.lookOf(t).isTextured()) continue;
                for (int k = 0; k < 3; k++) {
                    int v = tri[3 * t + k];
                    assertThat(st[2 * v]).isBetween(0f, 1f);
                    assertThat(st[2 * v + 1]).isBetween(0f, 1f);
                }
            }
        }
        assertThat(file.issues()).noneMatch(i -> i.severity() == Severity.ERROR);
    }

    @Test
    void hanedaTileMeshGetsAnAtlasWithCoordinatesInsideIt() {
        List<TileMesh> meshes = load(HANEDA_2022, true).meshes();

        assertThat(meshes).anyMatch(TileMesh::isTextured);
        for (TileMesh m : meshes) {
            if (!m.isTextured()) continue;
            assertThat(m.atlas().width()).isBetween(1, 4096);
            assertThat(m.atlas().height()).isBetween(1, 4096);
            assertThat(m.texCoords()).hasSize(m.vertexCount() * 2);
            for (float c : m.texCoords()) assertThat(c).isBetween(0f, 1f);
        }
    }

    @Test
    void texturesOffGivesPlainMeshesAndReadsNoAppearance() {
        LoadResult result = load(HANEDA_2022, false);

        assertThat(result.meshes()).noneMatch(TileMesh::isTextured);
        assertThat(result.files().get(0).objects()).allMatch(o -> !o.displayMesh().hasLooks());
    }

    @Test
    void tsukubaFurnitureWarnsOncePerMissingImageAndLoadsWithoutError() throws IOException {
        CityFile file = load(TSUKUBA_FRN, true).files().get(0);

        List<LoadIssue> missing = file.issues().stream().filter(i -> i.category() == IssueCategory.MISSING_TEXTURE).toList();
        // 15 images referenced, 4 present
        assertThat(missing).hasSize(11);
        assertThat(missing).allMatch(i -> i.severity() == Severity.WARNING && i.file().equals(TSUKUBA_FRN.toString()));
        assertThat(missing.stream().map(LoadIssue::message).distinct()).hasSize(11);
        assertThat(missing).anyMatch(i -> i.message().contains("54400098_frn_6697_appearance/metal.jpg"));
        assertThat(file.issues()).noneMatch(i -> i.severity() == Severity.ERROR);
        assertThat(file.objects()).hasSize(5);
        assertThat(file.objects()).anyMatch(o -> o.displayMesh().texturedTriangleCount() > 0);
    }

    @Test
    void imageNamesMatchIgnoringCase(@TempDir Path dir) throws IOException {
        // the same file with its images renamed to upper-case .JPG, as Windows-made deliveries have them
        Path copy = dir.resolve(HANEDA_2022.getFileName());
        Files.copy(HANEDA_2022, copy);
        Path images = dir.resolve("53392633_bldg_6697_appearance");
        Files.createDirectories(images);
        try (Stream<Path> files = Files.list(HANEDA_2022.resolveSibling("53392633_bldg_6697_appearance"))) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                Files.copy(f, images.resolve(name.substring(0, name.lastIndexOf('.')).toUpperCase(Locale.ROOT) + ".JPG"));
            }
        }

        CityFile file = load(copy, true).files().get(0);

        assertThat(file.issues()).noneMatch(i -> i.category() == IssueCategory.MISSING_TEXTURE);
        assertThat(file.objects()).allMatch(o -> o.displayMesh().texturedTriangleCount() > 0);
    }

    @Test
    void themesAreCollected() {
        try (DatasetLoader loader = new DatasetLoader(resolver)) {
            loader.load(List.of(HANEDA_2022), LoadProgress.NONE, new CancelToken());
            assertThat(loader.themes()).containsExactly("rgbTexture");
        }
    }

    @Test
    void anotherThemeLeavesSurfacesPlain() {
        try (DatasetLoader loader = new DatasetLoader(resolver)) {
            loader.setTheme("summer");
            LoadResult result = loader.load(List.of(HANEDA_2022), LoadProgress.NONE, new CancelToken());
            assertThat(result.files().get(0).objects()).allMatch(o -> o.displayMesh().texturedTriangleCount() == 0);
        }
    }
}
