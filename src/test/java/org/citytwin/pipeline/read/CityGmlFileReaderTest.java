package org.citytwin.pipeline.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.citytwin.model.Attribute;
import org.citytwin.model.Severity;
import org.junit.jupiter.api.Test;

/** The reader on real PLATEAU files: counts per type, i-UR features and attributes kept. */
class CityGmlFileReaderTest {

    static final Path WATER = Path.of("src/test/resources/data/utility/udx/unf/water_53403039_unf_6697.gml");
    static final Path NIIZA = Path.of("sample-citygml/11230_niiza-shi_2020_lod1-full-tile_citygml-osm/udx/bldg/53395404_bldg_6697_op.gml");
    static final Path HANEDA = Path.of("sample-citygml/13100_tokyo23-ku_2022_citygml_1_3_op/udx/bldg/53392633_bldg_6697_2_op.gml");
    static final Path TUNNEL = Path.of("sample-citygml/13999_tokyo_udx-mlit_2023_citygml_2_sample-takeshiba_op/udx/tun/53393690_tun_6697_40_op.gml");

    @Test
    void topLevelIurUtilitiesAreReadAsTheirOwnTypesWithGeometry() {
        var result = ReadSupport.read(WATER);

        assertThat(ReadSupport.counts(result)).containsExactlyInAnyOrderEntriesOf(
                Map.of("uro:WaterPipe", 3, "uro:Handhole", 2, "uro:Appurtenance", 2));
        assertThat(result.results()).allSatisfy(f -> assertThat(f.surfaces().values()).isNotEmpty());
        assertThat(result.issues()).noneMatch(i -> i.severity() == Severity.ERROR);
    }

    @Test
    void utilityAttributesFromIurAreKept() {
        var pipes = ReadSupport.read(WATER).results().stream().filter(f -> f.type().equals("uro:WaterPipe")).toList();

        assertThat(pipes).allSatisfy(p -> assertThat(Attribute.find(p.attributes(), "uro:occupierType")).isNotNull());
        assertThat(pipes).anySatisfy(p -> assertThat(Attribute.find(p.attributes(), "uro:depth")).isNotNull());
        assertThat(pipes).allSatisfy(p -> assertThat(Attribute.find(p.attributes(), "frn:function").value()).isNotBlank());
    }

    @Test
    void niizaTileHas657BuildingsWithMeasuredHeight() {
        var result = ReadSupport.read(NIIZA);

        assertThat(ReadSupport.counts(result)).containsExactly(Map.entry("bldg:Building", 657));
        assertThat(result.citygmlVersion()).isEqualTo("2.0");
        assertThat(result.srsName()).isEqualTo("http://www.opengis.net/def/crs/EPSG/0/6697");
        RawFeature first = result.results().get(0);
        assertThat(first.lods()).containsExactly(0, 1);
        assertThat(first.surfaces()).containsOnlyKeys(0, 1);
        assertThat(Attribute.find(first.attributes(), "bldg:measuredHeight").unit()).isEqualTo("m");
    }

    @Test
    void hanedaBuildingKeepsItsUroAttributesAsATree() {
        var result = ReadSupport.read(HANEDA);

        assertThat(ReadSupport.counts(result)).containsExactly(Map.entry("bldg:Building", 9));
        RawFeature building = result.results().stream()
                .filter(f -> f.id().equals("bldg_1290f570-9df8-4956-bef3-6d0976c835be")).findFirst().orElseThrow();
        Attribute idAttribute = Attribute.find(building.attributes(), "uro:buildingIDAttribute");
        assertThat(idAttribute).isNotNull();
        Attribute city = Attribute.find(idAttribute.children(), "uro:city");
        assertThat(city.value()).isEqualTo("13111");
        assertThat(city.codeSpace()).isEqualTo("../../codelists/Common_localPublicAuthorities.xml");
        assertThat(Attribute.find(building.attributes(), "uro:buildingID").value()).startsWith("13111-bldg-");
        assertThat(building.surfaces()).containsOnlyKeys(0, 1, 2);
    }

    @Test
    void tunnelIsReadAtItsHighestLod() {
        var result = ReadSupport.read(TUNNEL);

        assertThat(ReadSupport.counts(result)).containsEntry("tun:Tunnel", 1);
        RawFeature tunnel = result.results().get(0);
        assertThat(tunnel.lods()).contains(1, 2, 3, 4);
        assertThat(tunnel.surfaces()).containsOnlyKeys(1, 2, 3, 4);
        List<RawPolygon> polygons = tunnel.surfaces().get(4);
        assertThat(polygons).hasSizeGreaterThan(10);
        // the tunnel's LOD0 map line is i-UR content and must be kept, not dropped
        assertThat(Attribute.find(tunnel.attributes(), "uro:tunDmAttribute")).isNotNull();
    }
}
