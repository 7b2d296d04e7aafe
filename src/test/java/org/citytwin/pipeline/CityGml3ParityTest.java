package org.citytwin.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.citytwin.geo.CrsResolver;
import org.citytwin.model.CityFile;
import org.citytwin.model.CityObject;
import org.citytwin.model.MeasuredHeight;
import org.junit.jupiter.api.Test;

/**
 * The same real PLATEAU building (13104-bldg-53, Meiji Memorial Picture Gallery) encoded in CityGML 2.0 and
 * in CityGML 3.0 (OGC's conversion) loads to the same model.
 */
class CityGml3ParityTest {

    static final Path DIR = Path.of("src/test/resources/data/plateau/13104_shinjuku-ku_2020_ogc-urban-planning-ade-example/udx/bldg");

    @Test
    void bothEncodingsGiveTheSameObjectsHeightAndTriangles() {
        try (DatasetLoader loader = new DatasetLoader(new CrsResolver())) {
            LoadResult result = loader.load(List.of(DIR.resolve("53394517_bldg_6697_2_op_CityGML2.gml"),
                    DIR.resolve("53394517_bldg_6697_2_op_CityGML3.gml")), LoadProgress.NONE, new CancelToken());
            CityFile v2 = result.files().get(0);
            CityFile v3 = result.files().get(1);

            assertThat(v2.citygmlVersion()).isEqualTo("2.0");
            assertThat(v3.citygmlVersion()).isEqualTo("3.0");
            assertThat(v3.counts()).isEqualTo(v2.counts()).containsEntry("bldg:Building", 1);
            CityObject b2 = v2.objects().get(0);
            CityObject b3 = v3.objects().get(0);
            assertThat(MeasuredHeight.of(b2)).hasValue(31.7);
            assertThat(MeasuredHeight.of(b3)).hasValue(31.7);
            assertThat(b3.lods()).isEqualTo(b2.lods());
            for (int lod : b2.meshes().keySet()) {
                assertThat((double) b3.meshes().get(lod).triangleCount()).as("LOD" + lod)
                        .isCloseTo(b2.meshes().get(lod).triangleCount(), within(0.01 * b2.meshes().get(lod).triangleCount()));
            }
            // same place: the bounds agree to the centimetre
            assertThat(v3.bounds().minX()).isCloseTo(v2.bounds().minX(), within(0.01));
            assertThat(v3.bounds().maxZ()).isCloseTo(v2.bounds().maxZ(), within(0.01));
        }
    }
}
