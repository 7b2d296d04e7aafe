package org.citytwin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each attribution only where its data is used. */
class DataAttributionTest {

    @Test
    void plateauNanaimoAndOsmEachOnlyWithTheirData() {
        assertThat(DataAttribution.lines(List.of(Path.of("sample-citygml/13100_tokyo23-ku_2022_citygml_1_3_op"))))
                .containsExactly(DataAttribution.PLATEAU);
        assertThat(DataAttribution.lines(List.of(Path.of("data/tile/udx/bldg/53392633_bldg_6697_2_op.gml"))))
                .containsExactly(DataAttribution.PLATEAU);
        assertThat(DataAttribution.lines(List.of(Path.of("src/test/resources/data/utility/utilitynetwork-ade-nanaimo-water/nanaimo_water_pipes.gml"))))
                .containsExactly(DataAttribution.NANAIMO);
        assertThat(DataAttribution.lines(List.of(Path.of("sample-citygml/11230_niiza-shi_2020_lod1-full-tile_citygml-osm"))))
                .containsExactly(DataAttribution.PLATEAU, DataAttribution.OSM);
        assertThat(DataAttribution.lines(List.of(Path.of("work/cosmos/model.gml")))).isEmpty();
    }
}
