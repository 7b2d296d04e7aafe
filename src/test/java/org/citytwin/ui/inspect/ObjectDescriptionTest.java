package org.citytwin.ui.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.citytwin.model.Attribute;
import org.citytwin.model.CityObject;
import org.citytwin.text.Texts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What search rows and hover labels say about an object, in English and Japanese. */
class ObjectDescriptionTest {
    @AfterEach
    void english() {
        Texts.setLocale(Locale.ENGLISH);
    }

    @Test
    void anUnnamedBuildingGivesItsShortIdKindHeightAddressAndFile() {
        CityObject b = InspectorViewModelTest.building("bldg_bdc161ef-9ae3-4a6c-b554-8a2ce507e6c8", null, "48.7", "/data/udx/bldg/53392633_bldg_6697_2_op.gml");
        b = b.withAttributes(List.of(b.attributes().get(0), new Attribute("bldg:address", null, null, null, List.of(
                new Attribute("xAL:CountryName", "日本", null, null, List.of()),
                new Attribute("xAL:LocalityName", "東京都大田区羽田空港三丁目", null, null, List.of())))));
        Texts.setLocale(Locale.ENGLISH);
        assertThat(ObjectDescription.of(b)).isEqualTo("bldg_bdc161ef… · Building · 48.7 m\n東京都大田区羽田空港三丁目 · 53392633_bldg_6697_2_op.gml");
        Texts.setLocale(Locale.JAPANESE);
        assertThat(ObjectDescription.of(b)).startsWith("bldg_bdc161ef… · 建物 · 48.7 m\n");
    }

    @Test
    void aUtilitySaysItsNetworkAndElement() {
        CityObject pipe = InspectorViewModelTest.utility("pipe-1", 1.2, org.citytwin.model.DepthSource.MEASURED);
        Texts.setLocale(Locale.ENGLISH);
        assertThat(ObjectDescription.of(pipe)).startsWith("pipe-1 · Sewer pipe");
        Texts.setLocale(Locale.JAPANESE);
        assertThat(ObjectDescription.of(pipe)).startsWith("pipe-1 · 下水道管");
    }
}
