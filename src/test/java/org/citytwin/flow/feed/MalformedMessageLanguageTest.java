package org.citytwin.flow.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.citytwin.flow.GeoPlacement;
import org.citytwin.geo.CrsResolver;
import org.citytwin.geo.LocalProjection;
import org.citytwin.model.LocalFrame;
import org.citytwin.text.Texts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A feed message that cannot be decoded is described in the current language in the status, in English in logs. */
class MalformedMessageLanguageTest {
    private final Locale before = Texts.locale();
    private final MessageDecoder decoder = new MessageDecoder(
            new GeoPlacement(new LocalProjection(new LocalFrame(35.68, 139.76)), new CrsResolver()), Map.of());

    @AfterEach
    void restore() {
        Texts.setLocale(before);
    }

    private MalformedMessageException decoding(String topic, String payload) {
        return catchThrowableOfType(() -> decoder.decode(topic, payload.getBytes(StandardCharsets.UTF_8)),
                MalformedMessageException.class);
    }

    @Test
    void reasonsReadInJapaneseWithTheirPathsAndValuesAndStayEnglishInTheMessage() {
        Texts.setLocale(Locale.JAPANESE);
        MalformedMessageException noTime = decoding("citytwin/agents",
                "{\"type\":\"Feature\",\"id\":\"bad\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[139.76,35.68]},\"properties\":{}}");
        assertThat(noTime.displayText()).isEqualTo("feature (bad) properties.time がありません");
        assertThat(noTime.getMessage()).isEqualTo("missing feature (bad) properties.time");

        MalformedMessageException notNumber = decoding("v1.1/Datastreams(7)/Observations", "{\"phenomenonTime\":\"2025-06-01T09:00:00Z\"}");
        assertThat(notNumber.displayText()).isEqualTo("Datastreams(7) observation: result は数値（人数または占有率）でなければなりません（値: なし）");
        assertThat(notNumber.getMessage()).isEqualTo("Datastreams(7) observation: result must be a number (count or occupancy), got nothing");

        MalformedMessageException notJson = decoding("citytwin/agents", "{\"type\": \n  oops");
        assertThat(notJson.displayText()).matches("2 行 \\d+ 列目が JSON ではありません: .+");
        assertThat(notJson.getMessage()).matches("not JSON at line 2, column \\d+: .+");

        MalformedMessageException wrongType = decoding("fiware/notify",
                "{\"subscriptionId\":\"s1\",\"data\":[{\"id\":\"x\",\"type\":\"CrowdFlowObserved\"}]}");
        assertThat(wrongType.displayText()).isEqualTo("data[0] (x): dateObserved も dateObservedFrom/To もありません");

        Texts.setLocale(Locale.ENGLISH);
        assertThat(decoding("citytwin/agents", "{\"type\":\"Feature\",\"properties\":{}}").displayText())
                .isEqualTo("feature: no id (feature id or properties.id)");
    }
}
