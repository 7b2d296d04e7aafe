package org.citytwin.thematic;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.citytwin.model.Attribute;
import org.citytwin.model.CityObject;
import org.citytwin.model.FeatureKind;
import org.junit.jupiter.api.Test;

/** One list of presets, shared by the "Colour by" menu, saved views and {@code --colour-by}. */
class ThematicRuleTest {

    private static CityObject withAttribute(String id, String name, String value) {
        return new CityObject(id, "bldg:Building", FeatureKind.BUILDING, null, new TreeSet<>(), Map.of(),
                List.of(new Attribute(name, value, null, null, null, List.of())), "f.gml");
    }

    @Test
    void everyPresetConstantIsInThePresetList() throws IllegalAccessException {
        List<ThematicRule> constants = new java.util.ArrayList<>();
        for (Field f : ThematicRule.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == ThematicRule.class) constants.add((ThematicRule) f.get(null));
        }
        assertThat(constants).hasSize(5);
        assertThat(ThematicRule.PRESETS).containsExactlyInAnyOrderElementsOf(constants);
    }

    @Test
    void aPresetIsFoundByItsAttributeInAnyCase() {
        assertThat(ThematicRule.forAttribute("MeasuredHeight", List.of())).isSameAs(ThematicRule.MEASURED_HEIGHT);
        assertThat(ThematicRule.forAttribute("rank", List.of())).isSameAs(ThematicRule.FLOOD_RANK);
    }

    @Test
    void otherAttributesAreNumericOnlyWhenEveryValueIsANumber() {
        ThematicRule numbers = ThematicRule.forAttribute("gen:floorArea",
                List.of(withAttribute("a", "gen:floorArea", "120.5"), withAttribute("b", "gen:floorArea", "80")));
        assertThat(numbers.numeric()).isTrue();
        assertThat(numbers.classes()).isEqualTo(6);
        assertThat(numbers.breaks()).isEqualTo(ClassBreaks.EQUAL_INTERVAL);

        ThematicRule mixed = ThematicRule.forAttribute("gen:floorArea",
                List.of(withAttribute("a", "gen:floorArea", "120.5"), withAttribute("b", "gen:floorArea", "unknown")));
        assertThat(mixed.numeric()).isFalse();
        assertThat(ThematicRule.forAttribute("gen:floorArea", List.of()).numeric()).as("no values: categories").isFalse();
    }
}
