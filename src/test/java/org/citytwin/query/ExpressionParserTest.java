package org.citytwin.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.citytwin.model.Attribute;
import org.citytwin.model.CityObject;
import org.citytwin.model.FeatureKind;
import org.junit.jupiter.api.Test;

class ExpressionParserTest {

    private static final CityObject OFFICE = new CityObject("b1", "bldg:Building", FeatureKind.BUILDING, "Tower",
            new TreeSet<>(List.of(2)), Map.of(), List.of(
                    new Attribute("bldg:measuredHeight", "72.5", "m", null, null, List.of()),
                    new Attribute("bldg:usage", "411", null, "../../codelists/Building_usage.xml", "業務施設", List.of()),
                    new Attribute("uro:buildingDetails", null, null, null, null, List.of(
                            new Attribute("uro:buildingRoofEdgeArea", "850.2", "m2", null, null, List.of())))),
            "f.gml");

    @Test
    void numbersCompareNumericallyAndCodesMatchByCodeOrLabel() {
        assertThat(ExpressionParser.parse("measuredHeight > 60").matches(OFFICE)).isTrue();
        assertThat(ExpressionParser.parse("measuredHeight > 100").matches(OFFICE)).isFalse();
        assertThat(ExpressionParser.parse("bldg:measuredHeight >= 72.5").matches(OFFICE)).isTrue();
        assertThat(ExpressionParser.parse("usage = 411").matches(OFFICE)).isTrue();
        assertThat(ExpressionParser.parse("usage = \"業務施設\"").matches(OFFICE)).isTrue();
        assertThat(ExpressionParser.parse("measuredHeight > 60 and usage = '業務施設'").matches(OFFICE)).isTrue();
    }

    @Test
    void nestedAttributesBooleanLogicAndSpecialNames() {
        assertThat(ExpressionParser.parse("buildingRoofEdgeArea < 1000").matches(OFFICE)).isTrue();
        assertThat(ExpressionParser.parse("not usage = 401 and (type = bldg:Building or kind = WATER)").matches(OFFICE)).isTrue();
        assertThat(ExpressionParser.parse("name ~ tow").matches(OFFICE)).isTrue();
        assertThat(ExpressionParser.parse("storeysAboveGround").matches(OFFICE)).as("missing attribute").isFalse();
        assertThat(ExpressionParser.parse("usage").matches(OFFICE)).as("attribute exists").isTrue();
        assertThat(ExpressionParser.parse("id = b1 OR id = b2").matches(OFFICE)).isTrue();
    }

    @Test
    void errorsPointAtTheProblem() {
        assertThatThrownBy(() -> ExpressionParser.parse("measuredHeight > 60 and")).isInstanceOf(ExpressionException.class)
                .hasMessageContaining("position 24");
        assertThatThrownBy(() -> ExpressionParser.parse("(usage = 411")).hasMessageContaining("closing parenthesis");
        assertThatThrownBy(() -> ExpressionParser.parse("name = \"open")).hasMessageContaining("closing \"");
    }
}
