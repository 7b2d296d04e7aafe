package org.citytwin.ui.flows;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.prefs.Preferences;
import org.citytwin.flow.FlowObservation.Quantity;
import org.citytwin.flow.feed.FeedSettings;
import org.citytwin.flow.feed.FeedSettingsStore;
import org.citytwin.flow.feed.FeedState;
import org.citytwin.flow.feed.FeedStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The connect form validates as typed, and remembers everything but the password. */
class FeedConnectViewModelTest {
    private final Preferences node = Preferences.userRoot().node("org/citytwin/test/feed-" + System.nanoTime());

    @AfterEach
    void clean() throws Exception {
        node.removeNode();
    }

    @Test
    void badUrlTopicOrZoneSaysWhatIsWrong() {
        FeedConnectViewModel form = new FeedConnectViewModel(new FeedSettingsStore(node));
        assertThat(form.validProperty().get()).isTrue(); // defaults: local broker, simulator topic
        form.urlProperty().set("http://broker:1883");
        assertThat(form.validProperty().get()).isFalse();
        assertThat(form.errorProperty().get()).contains("must start with tcp:// or ssl://");
        form.urlProperty().set("ssl://broker.example");
        form.topicsProperty().set("v1.1/Datastreams(+)/Observations");
        assertThat(form.errorProperty().get()).contains("not a valid MQTT topic filter").contains("v1.1/#");
        form.topicsProperty().set("v1.1/#");
        form.zonesProperty().set("12 = Exit 3, 132.47, 34.39, -15, COUNT\n13 = Concourse, east");
        assertThat(form.errorProperty().get()).startsWith("Zones, line 2:");
        assertThat(form.accept()).isNull();
        form.zonesProperty().set("12 = Exit 3, 132.47, 34.39, -15, COUNT");
        assertThat(form.errorProperty().get()).isNull();
    }

    @Test
    void passwordIsUsedButNeverStored() {
        FeedConnectViewModel form = new FeedConnectViewModel(new FeedSettingsStore(node));
        form.urlProperty().set("ssl://broker.example");
        form.topicsProperty().set("citytwin/agents\nv1.1/#");
        form.usernameProperty().set("planner");
        form.passwordProperty().set("s3cret");
        form.zonesProperty().set("12 = Exit 3, 132.47, 34.39, -15, OCCUPANCY");
        FeedSettings s = form.accept();
        assertThat(new String(s.password())).isEqualTo("s3cret");
        assertThat(s.endpoint()).isEqualTo(new FeedSettings.Endpoint("broker.example", 8883, true));
        assertThat(node.get("password", null)).isNull();
        assertThat(String.join(" ", safeKeys())).doesNotContain("password");

        FeedConnectViewModel again = new FeedConnectViewModel(new FeedSettingsStore(node));
        assertThat(again.urlProperty().get()).isEqualTo("ssl://broker.example");
        assertThat(again.topicsProperty().get()).isEqualTo("citytwin/agents\nv1.1/#");
        assertThat(again.usernameProperty().get()).isEqualTo("planner");
        assertThat(again.passwordProperty().get()).isEmpty();
        FeedSettings reloaded = new FeedSettingsStore(node).load();
        assertThat(reloaded.zones()).singleElement().satisfies(z -> {
            assertThat(z.datastreamId()).isEqualTo("12");
            assertThat(z.height()).isEqualTo(-15);
            assertThat(z.quantity()).isEqualTo(Quantity.OCCUPANCY);
        });
    }

    @Test
    void statusLineShowsStateRateLatencyAndTheLastMalformedMessage() {
        FeedStatusViewModel status = new FeedStatusViewModel(null);
        status.show(new FeedStatus(FeedState.CONNECTED, 118.6, 35.2, 4000, 2,
                "message 17 on citytwin/agents: missing feature (x) properties.time", null, 0, 0));
        assertThat(status.textProperty().get()).isEqualTo("Connected · 119 msg/s · latency 35 ms · 2 malformed");
        assertThat(status.detailsProperty().get()).contains("message 17 on citytwin/agents");
        status.show(new FeedStatus(FeedState.DOWN, 0, 35.2, 4000, 0, null, "Connection refused", 3, 2000));
        assertThat(status.textProperty().get()).startsWith("Down, retry 3 in 2.0 s");
        assertThat(status.detailsProperty().get()).contains("Last connection error: Connection refused");
    }

    private String[] safeKeys() {
        try {
            return node.keys();
        } catch (java.util.prefs.BackingStoreException e) {
            throw new IllegalStateException(e);
        }
    }
}
