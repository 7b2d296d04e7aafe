package org.citytwin.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PlaceClustersTest {

    @Test
    void meshCodeGivesTheGridSquareOfAFileName() {
        // 53394525: 1st 5339 (35.333N 139E), 2nd 4,5 (+4/12 deg, +5/8 deg), 3rd 2,5 (+2/120 deg, +5/80 deg)
        LatLonBox b = MeshCode.boxOf("53394525_bldg_6697_op.gml").orElseThrow();
        assertThat(b.south()).isCloseTo(53 / 1.5 + 4 / 12.0 + 2 / 120.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(b.west()).isCloseTo(139 + 5 / 8.0 + 5 / 80.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(b.north() - b.south()).isCloseTo(1 / 120.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(MeshCode.boxOf("533925_luse_6668_2_op.gml").orElseThrow().east() - 139.625).isCloseTo(0.125, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(MeshCode.boxOf("building.gml")).isEmpty();
    }

    @Test
    void syntheticBoxesFormTheirKnownClusters() {
        Map<Path, LatLonBox> boxes = new LinkedHashMap<>();
        // cluster a: a chain of three boxes each 3 km apart (single linkage joins them); cluster b 50 km away; c alone
        double km = 1 / 111.32;
        for (int i = 0; i < 3; i++) boxes.put(Path.of("a/" + i + ".gml"), new LatLonBox(35, 139 + i * 4 * km, 35 + km, 139 + (i * 4 + 1) * km));
        for (int i = 0; i < 2; i++) boxes.put(Path.of("b/" + i + ".gml"), new LatLonBox(35.45, 139 + i * km, 35.46, 139 + (i + 1) * km));
        boxes.put(Path.of("c/0.gml"), new LatLonBox(34, 132, 34.01, 132.01));
        List<Place> places = PlaceClusters.cluster(boxes, 5_000, p -> p.getParent().toString());
        assertThat(places).extracting(Place::name).containsExactly("a", "b", "c");
        assertThat(places.get(0).files()).hasSize(3);
        // with a 2 km gap the chain breaks into its three boxes
        assertThat(PlaceClusters.cluster(boxes, 2_000, p -> p.getParent().toString())).hasSize(5);
    }

    @Test
    void bundledSampleSplitsIntoOnePlacePerCity() throws Exception {
        Path sample = Path.of("sample-citygml");
        List<Place> places = PlaceClusters.ofFiles(List.of(sample));
        // every place is named by one of its own files' labels, and no two places share a name
        for (Place p : places) assertThat(p.files().stream().map(PlaceClusters::label)).contains(p.name());
        assertThat(places.stream().map(Place::name).distinct()).hasSameSizeAs(places);
        // PLATEAU folders of different prefectures (first two digits of the city code) never share a place
        for (Place p : places) {
            Set<String> prefectures = p.files().stream().map(f -> sample.relativize(f).getName(0).toString())
                    .filter(n -> n.matches("\\d{5}_.*")).map(n -> n.substring(0, 2)).collect(Collectors.toSet());
            assertThat(prefectures).as(p.name()).hasSizeLessThanOrEqualTo(1);
        }
        // the sample spans Saitama (Niiza), Tokyo, Chiba and Hiroshima: one place each
        assertThat(places).extracting(Place::name)
                .containsExactlyInAnyOrder("tokyo23-ku", "niiza-shi", "utility-chiba", "hiroshima-underground");
        assertThat(places.get(0).name()).isEqualTo("tokyo23-ku");
    }
}
