package org.citytwin.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.List;
import org.citytwin.geo.CrsResolver;
import org.citytwin.model.CityFile;
import org.citytwin.model.CityObject;
import org.citytwin.model.FeatureKind;
import org.citytwin.model.IssueCategory;
import org.citytwin.model.LoadIssue;
import org.citytwin.model.Severity;
import org.citytwin.pipeline.tile.TileMesh;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Image bombs and damaged images: a 69-byte PNG declaring 26000 × 26000 pixels once took the process to 2.3 GB.
 * Such images are refused from their header, damaged ones fail alone, the texture memory of a load has a budget,
 * and each refusal is a TEXTURE_REFUSED warning of the file; the surfaces keep their plain colour.
 */
class TextureRefusalTest {

    private static final int BUILDING_ARGB = 0xFF000000 | FeatureKind.BUILDING.rgb();
    static CrsResolver crs;

    @BeforeAll
    static void startCrs() {
        crs = new CrsResolver();
    }

    @AfterAll
    static void done() {
        crs = null;
    }

    private static LoadResult load(Path file, Long budget) {
        try (DatasetLoader loader = new DatasetLoader(crs)) {
            if (budget != null) loader.setTextureBudget(budget);
            return loader.load(List.of(file), LoadProgress.NONE, new CancelToken());
        }
    }

    private static List<LoadIssue> refused(CityFile file) {
        return file.issues().stream().filter(i -> i.category() == IssueCategory.TEXTURE_REFUSED).toList();
    }

    @Test
    void pngDeclaring26000SquaredIsRefusedFromItsHeaderAndTheBuildingKeepsItsColour(@TempDir Path dir) throws Exception {
        byte[] bomb = HostileFiles.pngBomb(26000, 26000);
        assertThat(bomb.length).as("a tiny file").isLessThan(100);
        HostileFiles.write(dir.resolve("tex/bomb.png"), bomb);
        HostileFiles.write(dir.resolve("tex/red.png"), HostileFiles.png(8, 8, 0xFF0000));
        Path gml = HostileFiles.write(dir.resolve("bomb.gml"),
                HostileFiles.texturedModel(List.of("tex/bomb.png", "tex/red.png"), "", ""));
        System.gc();
        long before = heapInUse();
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);

        LoadResult result = load(gml, null);

        // the peak, not the heap after the load: a decoded-then-dropped 2 GB raster would be gone by now
        long peak = heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        assertThat(peak - before).as("heap growth at its peak, bytes").isLessThan(200L << 20);
        CityFile file = result.files().get(0);
        assertThat(file.objects()).extracting(CityObject::id).containsExactly("b0", "b1");
        List<LoadIssue> refused = refused(file);
        assertThat(refused).hasSize(1);
        LoadIssue issue = refused.get(0);
        assertThat(issue.severity()).isEqualTo(Severity.WARNING);
        assertThat(issue.file()).isEqualTo(gml.toString());
        assertThat(issue.message()).contains(dir.resolve("tex/bomb.png").toString())
                .contains("26000 × 26000").contains("8192 × 8192").contains("plain colour");
        assertThat(colourOf(result, "b0")).as("the bomb's building: plain colour").isEqualTo(BUILDING_ARGB);
        assertThat(colourOf(result, "b1")).as("a good texture still shows").isEqualTo(0xFFFF0000);
    }

    @Test
    void damagedJpegAndPngAndNonImagesFailAloneEachWithOneWarning(@TempDir Path dir) throws Exception {
        HostileFiles.write(dir.resolve("tex/tables.jpg"), HostileFiles.jpegWithDamagedTables());
        HostileFiles.write(dir.resolve("tex/data.png"), HostileFiles.pngWithDamagedData());
        HostileFiles.write(dir.resolve("tex/text.jpg"), "<html>404 Not Found</html>");
        HostileFiles.write(dir.resolve("tex/red.png"), HostileFiles.png(8, 8, 0xFF0000));
        Path gml = HostileFiles.write(dir.resolve("damaged.gml"), HostileFiles.texturedModel(
                List.of("tex/tables.jpg", "tex/data.png", "tex/text.jpg", "tex/red.png"), "", ""));

        LoadResult result = load(gml, null);

        CityFile file = result.files().get(0);
        assertThat(file.objects()).hasSize(4);
        List<LoadIssue> refused = refused(file);
        assertThat(refused).hasSize(3);
        assertThat(refused).allMatch(i -> i.severity() == Severity.WARNING && i.file().equals(gml.toString()));
        assertThat(refused.stream().filter(i -> i.message().contains("tables.jpg")).findFirst().orElseThrow().message())
                .contains("damaged");
        assertThat(refused.stream().filter(i -> i.message().contains("data.png")).findFirst().orElseThrow().message())
                .contains("could not be decoded");
        assertThat(refused.stream().filter(i -> i.message().contains("text.jpg")).findFirst().orElseThrow().message())
                .contains("not an image in a format that can be read");
        assertThat(refused).noneMatch(i -> i.message().contains("Exception") || i.message().contains("javax."));
        for (String id : List.of("b0", "b1", "b2")) assertThat(colourOf(result, id)).as(id).isEqualTo(BUILDING_ARGB);
        assertThat(colourOf(result, "b3")).isEqualTo(0xFFFF0000);
    }

    @Test
    void texturesBeyondTheLoadsMemoryBudgetAreDrawnInPlainColourWithAWarning(@TempDir Path dir) throws Exception {
        HostileFiles.write(dir.resolve("tex/red.png"), HostileFiles.png(256, 256, 0xFF0000));
        Path gml = HostileFiles.write(dir.resolve("budget.gml"),
                HostileFiles.texturedModel(List.of("tex/red.png"), "", ""));

        LoadResult tight = load(gml, 64L * 1024); // 64 KiB: less than the 256 KiB the atlas needs
        LoadResult ample = load(gml, null);

        List<LoadIssue> refused = refused(tight.files().get(0));
        assertThat(refused).hasSize(1);
        assertThat(refused.get(0).message()).contains("red.png").contains("texture memory of this load");
        assertThat(colourOf(tight, "b0")).isEqualTo(BUILDING_ARGB);
        assertThat(refused(ample.files().get(0))).isEmpty();
        assertThat(colourOf(ample, "b0")).isEqualTo(0xFFFF0000);
    }

    /**
     * The heap pools that hold large arrays (G1's old generation takes a humongous raster directly), without the
     * young pools, whose peak is just how full they got before a collection.
     */
    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .filter(p -> !p.getName().contains("Eden") && !p.getName().contains("Survivor")).toList();
    }

    private static long heapInUse() {
        return heapPools().stream().mapToLong(p -> p.getUsage().getUsed()).sum();
    }

    /** The atlas colour at the first triangle's first vertex of the object. */
    private static int colourOf(LoadResult result, String id) {
        for (TileMesh m : result.meshes()) {
            int o = m.objectIds().indexOf(id);
            if (o < 0) continue;
            assertThat(m.isTextured()).as("tile mesh of " + id + " has an atlas").isTrue();
            for (int t = 0; t < m.faceObject().length; t++) {
                if (m.faceObject()[t] != o) continue;
                int v = m.triangles()[3 * t];
                int x = (int) (m.texCoords()[2 * v] * m.atlas().width());
                int y = (int) (m.texCoords()[2 * v + 1] * m.atlas().height());
                return m.atlas().argb()[Math.min(y, m.atlas().height() - 1) * m.atlas().width() + Math.min(x, m.atlas().width() - 1)];
            }
        }
        throw new AssertionError("no triangle of " + id);
    }
}
