package org.citytwin.pipeline.codelist;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.citytwin.geo.CrsResolver;
import org.citytwin.model.Attribute;
import org.citytwin.model.CityObject;
import org.citytwin.pipeline.CancelToken;
import org.citytwin.pipeline.DatasetLoader;
import org.citytwin.pipeline.LoadProgress;
import org.junit.jupiter.api.Test;

/** The Chiba utility delivery has no codelists/ folder: labels come from the lists the application bundles. */
class BundledCodeListsTest {

    static final Path WATER = Path.of("src/test/resources/data/utility/udx/unf/water_53403039_unf_6697.gml");

    @Test
    void occupierTypeAndFunctionGetTheirStandardLabels() {
        try (DatasetLoader loader = new DatasetLoader(new CrsResolver(), 2)) {
            CityObject pipe = loader.load(List.of(WATER), LoadProgress.NONE, new CancelToken()).files().get(0).objects()
                    .stream().filter(o -> o.id().equals("unf_1061d83f-3aa5-4377-af15-26c7f90501d2")).findFirst().orElseThrow();
            Attribute occupier = pipe.attribute("uro:occupierType");
            assertThat(occupier.value()).isEqualTo("500");
            assertThat(occupier.label()).isEqualTo("上水");
            assertThat(pipe.attribute("frn:function").label()).isEqualTo("管路"); // 5500
            assertThat(pipe.utility().occupier()).isEqualTo("500 上水");
        }
    }

    @Test
    void everyStandardOccupierCodeHasALabel() {
        assertThat(BundledCodeLists.labels("UtilityNetworkElement_occupierType.xml"))
                .containsKeys("100", "200", "300", "400", "500", "600", "700", "800").hasSize(8);
        assertThat(BundledCodeLists.label("CityFurniture_function.xml", "5610")).isEqualTo("マンホール");
        assertThat(BundledCodeLists.labels("../etc/passwd")).isEmpty();
        assertThat(BundledCodeLists.labels("NoSuchList.xml")).isEmpty();
    }
}
