package org.citytwin.pipeline.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** LOD0 centre lines and points that i-UR keeps inside uro:frnDmAttribute reach the pipeline as curves. */
class UtilityCurvesReadTest {

    static final Path WATER = Path.of("src/test/resources/data/utility/udx/unf/water_53403039_unf_6697.gml");
    static final Path NANAIMO = Path.of("src/test/resources/data/utility/utilitynetwork-ade-nanaimo-water/nanaimo_water_pipes.gml");

    @Test
    void chibaPipesHaveLod0LinesAndNodesLod0Points() {
        var result = ReadSupport.read(WATER);
        RawFeature pipe = result.results().stream()
                .filter(f -> f.id().equals("unf_1061d83f-3aa5-4377-af15-26c7f90501d2")).findFirst().orElseThrow();
        assertThat(pipe.curves()).hasSize(1);
        RawCurve line = pipe.curves().get(0);
        assertThat(line.lod()).isZero();
        assertThat(line.point()).isFalse();
        // <gml:posList>35.60981677999304 140.1196098829958 0 35.60981330513535 140.11966490883427 0</gml:posList>
        assertThat(line.xyz()).containsExactly(35.60981677999304, 140.1196098829958, 0, 35.60981330513535, 140.11966490883427, 0);
        assertThat(pipe.lods()).contains(0, 1, 2, 3, 4);
        RawFeature node = result.results().stream()
                .filter(f -> f.id().equals("unf_2ed44f59-db0b-4c15-b678-b902094c15de")).findFirst().orElseThrow();
        assertThat(node.curves()).singleElement().satisfies(c -> {
            assertThat(c.point()).isTrue();
            assertThat(c.xyz()).containsExactly(35.60981677999304, 140.1196098829958, 0);
        });
    }

    @Test
    void multiCurveSegmentsOfNewerPlateauAreRead(@TempDir Path dir) throws Exception {
        // the LOD0 encoding of PLATEAU uro 3.1 deliveries: MultiCurve/Curve/segments/LineStringSegment, projected CRS
        Path file = dir.resolve("pipe.gml");
        Files.writeString(file, """
                <?xml version="1.0" encoding="UTF-8"?>
                <core:CityModel xmlns:core="http://www.opengis.net/citygml/2.0" xmlns:gml="http://www.opengis.net/gml"
                    xmlns:frn="http://www.opengis.net/citygml/cityfurniture/2.0" xmlns:uro="https://www.geospatial.jp/iur/uro/3.1">
                  <gml:boundedBy><gml:Envelope srsName="http://www.opengis.net/def/crs/EPSG/0/10169" srsDimension="3">
                    <gml:lowerCorner>157000 21000 0</gml:lowerCorner><gml:upperCorner>157300 21100 0</gml:upperCorner>
                  </gml:Envelope></gml:boundedBy>
                  <core:cityObjectMember>
                    <uro:WaterPipe gml:id="wp1">
                      <uro:frnDmAttribute><uro:DmGeometricAttribute><uro:lod0Geometry><gml:MultiCurve><gml:curveMembers>
                        <gml:Curve><gml:segments>
                          <gml:LineStringSegment><gml:posList>157269 21069 0 157254 21059 0</gml:posList></gml:LineStringSegment>
                          <gml:LineStringSegment><gml:posList>157254 21059 0 157250 21050 0</gml:posList></gml:LineStringSegment>
                        </gml:segments></gml:Curve>
                      </gml:curveMembers></gml:MultiCurve></uro:lod0Geometry></uro:DmGeometricAttribute></uro:frnDmAttribute>
                      <uro:year>2004</uro:year>
                    </uro:WaterPipe>
                  </core:cityObjectMember>
                </core:CityModel>
                """);
        RawFeature pipe = ReadSupport.read(file).results().get(0);
        assertThat(pipe.type()).isEqualTo("uro:WaterPipe");
        assertThat(pipe.curves()).extracting(RawCurve::lod).containsExactly(0, 0);
        assertThat(pipe.curves().get(1).xyz()).containsExactly(157254, 21059, 0, 157250, 21050, 0);
        assertThat(pipe.lods()).containsExactly(0);
    }

    @Test
    void utilityNetworkComponentsBecomeFeaturesWithTheNetworkMedium() {
        var result = ReadSupport.read(NANAIMO);
        List<RawFeature> pipes = result.results().stream().filter(f -> f.type().equals("utility:RoundPipe")).toList();
        assertThat(pipes).hasSize(56);
        RawFeature first = pipes.stream().filter(f -> f.id().equals("RoundPipeID_35a46b11-e4a5-11e7-9dfd-40e230b7519d"))
                .findFirst().orElseThrow();
        assertThat(first.curves()).singleElement().satisfies(c -> {
            assertThat(c.lod()).isEqualTo(1);
            assertThat(c.xyz()).containsExactly(425662.936899992, 5452525.36849954, 141.052344229026,
                    425658.642099993, 5452526.42799954, 141.006182378603);
        });
        assertThat(first.line()).isEqualTo(4489);
        assertThat(org.citytwin.model.Attribute.find(first.attributes(), "utility:exteriorDiameter").unit()).isEqualTo("cm");
        assertThat(org.citytwin.model.Attribute.find(first.attributes(), "utility:transportedMedium").value()).isEqualTo("freshWater");
        assertThat(result.issues()).noneMatch(i -> i.message().contains("utility:Network was skipped"));
    }
}
