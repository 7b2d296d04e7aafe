package org.citytwin.pipeline.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.citytwin.model.Attribute;
import org.junit.jupiter.api.Test;

/** Attributes of nested objects (boundary surfaces) survive, including CityGML 3.0 generic attributes and dynamizers. */
class NestedAttributesTest {

    @Test
    void roofSurfaceKeepsItsGenericAttributeAndDynamizerAsAGroup() {
        var result = ReadSupport.read(Path.of("src/test/resources/data/citygml3/Building_CityGML3.0_with_Dynamizer_and_inline_Timeseries.gml"));

        RawFeature building = result.results().get(0);
        Attribute roof = Attribute.find(building.attributes(), "con:RoofSurface");
        assertThat(roof).isNotNull();
        assertThat(roof.value()).isEqualTo("DEBY_LOD2_5744682_roofsurface1");
        // CityGML 3.0 names generic attributes with a <gen:name> child
        assertThat(Attribute.find(roof.children(), "diffuse_irradiation").value()).isEqualTo("1454.63");
        Attribute dynamizer = Attribute.find(roof.children(), "dyn:Dynamizer");
        assertThat(dynamizer).isNotNull();
        assertThat(Attribute.find(dynamizer.children(), "dyn:observationProperty").value()).isEqualTo("DiffuseIrradiationPerMonth");
        assertThat(Attribute.find(dynamizer.children(), "dyn:startTime").value()).isEqualTo("2019-01-01T00:00:00Z");
    }

    @Test
    void hanedaWallAndRoofSurfacesDoNotSwallowTheBuildingsOwnAttributes() {
        var result = ReadSupport.read(CityGmlFileReaderTest.HANEDA);

        RawFeature building = result.results().get(0);
        assertThat(building.attributes()).extracting(Attribute::name).contains("bldg:measuredHeight");
        assertThat(Attribute.find(building.attributes(), "uro:city").value()).isEqualTo("13111");
    }
}
