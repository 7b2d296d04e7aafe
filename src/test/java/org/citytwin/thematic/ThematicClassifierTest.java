package org.citytwin.thematic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.citytwin.model.Attribute;
import org.citytwin.model.CityObject;
import org.citytwin.model.FeatureKind;
import org.junit.jupiter.api.Test;

class ThematicClassifierTest {

    private static CityObject building(String id, String height, String usageCode, String usageLabel) {
        List<Attribute> attributes = new java.util.ArrayList<>();
        if (height != null) attributes.add(new Attribute("bldg:measuredHeight", height, "m", null, null, List.of()));
        if (usageCode != null) attributes.add(new Attribute("bldg:usage", usageCode, null, "x.xml", usageLabel, List.of()));
        return new CityObject(id, "bldg:Building", FeatureKind.BUILDING, null, new TreeSet<>(), Map.of(), attributes, "f.gml");
    }

    private final List<CityObject> city = List.of(building("a", "3", "411", "業務施設"), building("b", "9", "401", "住宅"),
            building("c", "15", "411", "業務施設"), building("d", "21", null, null), building("e", null, "401", "住宅"));

    @Test
    void equalIntervalsSpanMinToMaxAndRampRunsLightToDark() {
        Classification c = ThematicClassifier.classify(city, ThematicRule.numeric("h", "measuredHeight", 3, ClassBreaks.EQUAL_INTERVAL));

        // upper bounds are inclusive: 9 belongs to "3 – 9"
        assertThat(c.classOfObject()).containsExactlyInAnyOrderEntriesOf(Map.of("a", 0, "b", 0, "c", 1, "d", 2));
        assertThat(c.legend()).extracting(LegendEntry::label).containsExactly("3 – 9", "9 – 15", "15 – 21", "no value");
        assertThat(c.legend()).extracting(LegendEntry::count).containsExactly(2, 1, 1, 1);
        assertThat(brightness(c.legend().get(0).rgb())).isGreaterThan(brightness(c.legend().get(2).rgb()));
    }

    @Test
    void quantilesHoldEqualShares() {
        Classification c = ThematicClassifier.classify(city, ThematicRule.numeric("h", "measuredHeight", 2, ClassBreaks.QUANTILE));

        assertThat(c.classOfObject()).containsExactlyInAnyOrderEntriesOf(Map.of("a", 0, "b", 0, "c", 1, "d", 1));
    }

    @Test
    void categoriesUseLabelsAndCodes() {
        Classification c = ThematicClassifier.classify(city, ThematicRule.USAGE);

        assertThat(c.legend()).extracting(LegendEntry::label).containsExactly("業務施設 (411)", "住宅 (401)", "no value");
        assertThat(c.classOfObject()).containsEntry("a", 0).containsEntry("c", 0).containsEntry("b", 1).doesNotContainKey("d");
    }

    private static int brightness(int rgb) {
        return ((rgb >> 16) & 0xFF) + ((rgb >> 8) & 0xFF) + (rgb & 0xFF);
    }
}
