package org.citytwin.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.citytwin.geo.CrsResolver;
import org.citytwin.model.CityFile;
import org.citytwin.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder of many tiles loads in parallel, reports per-file progress, and a broken tile stops nothing. */
class ParallelFolderLoadTest {

    record Update(String message, long done, long total) {
    }

    @Test
    void folderLoadsEveryTileReportsEachFileAndSurvivesABrokenOne(@TempDir Path dir) throws Exception {
        Path udx = Files.createDirectories(dir.resolve("udx/bldg"));
        Path tokyo = Path.of("sample-citygml/13100_tokyo23-ku_2020_citygml_mini/udx");
        Files.copy(tokyo.resolve("bldg/53394525_bldg_6697_2_op.gml"), udx.resolve("a_bldg.gml"));
        Files.copy(tokyo.resolve("brid/53394525_brid_6697_op.gml"), udx.resolve("b_brid.gml"));
        Files.copy(tokyo.resolve("tran/533925_tran_6697_op.gml"), udx.resolve("c_tran.gml"));
        Files.writeString(udx.resolve("d_broken.gml"), "<core:CityModel xmlns:core=\"http://www.opengis.net/citygml/2.0\">");
        Files.copy(tokyo.resolve("dem/533925_dem_6697_op.gml"), udx.resolve("e_dem.gml"));
        List<Update> updates = new CopyOnWriteArrayList<>();

        LoadResult result;
        try (DatasetLoader loader = new DatasetLoader(new CrsResolver())) {
            result = loader.load(List.of(dir), (m, d, t) -> updates.add(new Update(m, d, t)), new CancelToken());
        }

        assertThat(result.files()).extracting(f -> Path.of(f.path()).getFileName().toString())
                .containsExactly("a_bldg.gml", "b_brid.gml", "c_tran.gml", "d_broken.gml", "e_dem.gml");
        CityFile broken = result.files().get(3);
        assertThat(broken.issues()).anyMatch(i -> i.severity() == Severity.ERROR && i.message().contains("line 1"));
        assertThat(result.files()).filteredOn(f -> f != broken).allSatisfy(f -> assertThat(f.objects()).isNotEmpty());
        assertThat(result.files().get(1).counts()).containsEntry("brid:Bridge", 59);
        // per-file progress: each file is named with its own percentage, and the total ends complete
        for (String name : List.of("a_bldg.gml", "b_brid.gml", "c_tran.gml", "e_dem.gml")) {
            assertThat(updates).anyMatch(u -> u.message().contains(name + " ") && u.message().contains("%"));
        }
        Update last = updates.get(updates.size() - 1);
        assertThat(last.done()).isEqualTo(last.total());
        assertThat(updates).allMatch(u -> u.done() <= u.total());
    }
}
