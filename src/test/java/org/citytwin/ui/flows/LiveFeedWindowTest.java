package org.citytwin.ui.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt3.Mqtt3BlockingClient;
import com.hivemq.client.mqtt.mqtt3.Mqtt3Client;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.citytwin.app.RealWindowTest;
import org.citytwin.flow.AgentFrame;
import org.citytwin.flow.CountingGate;
import org.citytwin.flow.FlowObservation;
import org.citytwin.flow.feed.FeedSettings;
import org.citytwin.flow.feed.FeedState;
import org.citytwin.flow.GeoPlacement;
import org.citytwin.flow.feed.SensorZone;
import org.citytwin.flow.feed.TestBroker;
import org.citytwin.geo.LocalProjection;
import org.citytwin.model.Envelope;
import org.citytwin.scene.CameraRig;
import org.citytwin.scene.FxTestSupport;
import org.citytwin.scene.SceneSnapshots;
import org.citytwin.scene.flows.FlowPalette;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.citytwin.ui.WindowLoads;

/**
 * End to end with a real broker: the real window loads a PLATEAU square and connects to Moquette; positions published
 * as GeoJSON (lon/lat) arrive at the local coordinates they were made from, show in their colour at their projected
 * pixels, a gate drawn with two clicks across their path counts exactly the crossings, and a SensorThings observation
 * becomes a labelled zone at its configured place.
 */
class LiveFeedWindowTest extends RealWindowTest {
    private TestBroker broker;
    private Mqtt3BlockingClient publisher;

    @Start
    void start(Stage stage) throws Exception {
        openWindow(stage);
        broker = new TestBroker();
    }

    @AfterEach
    void stopBroker() {
        if (window != null) robotlessOnFx(() -> window.flows().disconnectFeed());
        if (publisher != null) publisher.disconnect();
        if (broker != null) broker.close();
    }

    private static void robotlessOnFx(Runnable r) {
        try {
            FxTestSupport.onFx(() -> {
                r.run();
                return null;
            });
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void publishedWalkersAppearInPlaceAreSeenAndCountedAndAZoneShowsItsCount(FxRobot robot) throws Exception {
        WindowLoads.loadAndWait(robot, window, FlowWindowTest.SQUARE);
        Envelope city = window.cityScene().bounds();
        double cx = Math.rint(city.centerX()), cy = Math.rint(city.centerY()), z = Math.rint(city.maxZ());
        LocalProjection projection = new LocalProjection(context.loader().frame());
        GeoPlacement placement = new GeoPlacement(projection, context.crsResolver());
        double[] zoneLonLat = placement.toLonLat(cx - 25, cy - 15);
        FeedSettings settings = new FeedSettings(broker.url(), List.of("citytwin/agents", "v1.1/Datastreams(7)/Observations"),
                false, "", new char[0], List.of(new SensorZone("7", "South exit", zoneLonLat[0], zoneLonLat[1], z,
                        FlowObservation.Quantity.COUNT)));
        robot.interact(() -> {
            window.flows().connectFeed(settings, placement);
            CameraRig rig = window.cityScene().camera();
            rig.lookAt(rig.toView(cx, cy + 6, z), 0, 89, 120); // straight down, north up
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> window.flows().feedStatuses().get(0).state() == FeedState.CONNECTED);
        assertThat(window.flows().timeline().liveProperty().get()).isTrue();
        publisher = Mqtt3Client.builder().identifier("walkers").serverHost("127.0.0.1").serverPort(broker.port).buildBlocking();
        publisher.connect();

        // the walk starts 12 s from now (a loaded test machine is slow): five walkers east on rows 3 m apart, one west, 2 m/s for 10 s
        long start = (System.currentTimeMillis() / 1000 + 12) * 1000;
        for (int s = 0; s <= 10; s++) {
            StringBuilder features = new StringBuilder();
            long t = start + s * 1000L;
            for (int k = 0; k < 5; k++) features.append(feature(placement, "east-" + k, t, cx - 10 + 2 * s, cy + 3 * k, z)).append(',');
            features.append(feature(placement, "west", t, cx + 10 - 2 * s, cy + 7.5, z));
            publish("citytwin/agents", "{\"type\":\"FeatureCollection\",\"features\":[" + features + "]}");
        }
        publish("v1.1/Datastreams(7)/Observations",
                "{\"phenomenonTime\":\"" + Instant.ofEpochMilli(start) + "\",\"result\":12}");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.flows().store().sampleCount() == 66
                && window.flows().store().observations().size() == 1);

        // decoded at the local coordinates the lon/lat were made from
        AgentFrame mid = window.flows().store().frameAt(start + 5000, new AgentFrame());
        assertThat(mid.count()).isEqualTo(6);
        for (int i = 0; i < mid.count(); i++) {
            String id = window.flows().store().sourceId(mid.agent()[i]);
            double ex = id.equals("west") ? cx : cx, ey = id.equals("west") ? cy + 7.5 : cy + 3 * (id.charAt(5) - '0');
            assertThat(mid.x()[i]).as(id).isCloseTo(ex, within(0.01));
            assertThat(mid.y()[i]).as(id).isCloseTo(ey, within(0.01));
            assertThat(mid.z()[i]).as(id).isCloseTo(z, within(0.01));
        }
        FlowObservation zone = window.flows().store().observations().get(0);
        assertThat(zone.value()).isEqualTo(12);
        assertThat(zone.x()).isCloseTo(cx - 25, within(0.01));
        assertThat(zone.y()).isCloseTo(cy - 15, within(0.01));

        // a gate drawn before they arrive, pointing north at cx + 5 across every row
        CameraRig rig = window.cityScene().camera();
        robot.interact(() -> {
            window.gateTool().activeProperty().set(true);
            double[] a = rig.project(rig.toView(cx + 5, cy - 5, z)), b = rig.project(rig.toView(cx + 5, cy + 17, z));
            window.gateTool().clickAt(a[0], a[1]);
            window.gateTool().clickAt(b[0], b[1]);
        });
        assertThat(System.currentTimeMillis()).as("gate drawn before the walk began").isLessThan(start);
        CountingGate gate = window.flows().gates().get(0);

        // live: the clock follows now; once the walk is over every crossing has been seen
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.flows().clock().timeMillis() > start + 10_500);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(gate.forwardTotal()).isEqualTo(5);
        assertThat(gate.backwardTotal()).isEqualTo(1);
        assertThat(window.flows().layer().zones().count()).isEqualTo(1);
        javafx.scene.text.Text label = FxTestSupport.onFx(() -> window.flows().layer().zones().label(zone.zoneId()));
        assertThat(label.getText()).isEqualTo("South exit: 12 count");
        assertThat(label.isVisible()).as("the label is over the viewport").isTrue();

        // pixels: leave live, show the middle of the walk, and find each walker's colour at its projected position
        robot.interact(() -> {
            window.flows().timeline().liveProperty().set(false);
            window.flows().clock().seek(start + 5000);
            window.flows().drawNow();
        });
        Image shot = FxTestSupport.onFx(() -> SceneSnapshots.render(window.cityScene()));
        SceneSnapshots.writePng(shot, Path.of("target/test-shots/live-feed-walkers.png"));
        for (int i = 0; i < mid.count(); i++) {
            double[] px = rig.project(rig.toView(mid.x()[i], mid.y()[i], z + 1));
            Color c = shot.getPixelReader().getColor((int) Math.round(px[0]), (int) Math.round(px[1]));
            Color expected = FlowPalette.colour(FlowPalette.speedIndex(mid.speed()[i]));
            assertThat(Math.abs(c.getRed() - expected.getRed()) + Math.abs(c.getGreen() - expected.getGreen())
                    + Math.abs(c.getBlue() - expected.getBlue())).as("agent " + i + " colour " + c).isLessThan(0.3);
        }
    }

    private static String feature(GeoPlacement placement, String id, long t, double x, double y, double z) {
        double[] ll = placement.toLonLat(x, y);
        return String.format(Locale.ROOT, "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[%.10f,%.10f,%.3f]},"
                + "\"properties\":{\"id\":\"%s\",\"time\":\"%s\"}}", ll[0], ll[1], z, id, Instant.ofEpochMilli(t));
    }

    private void publish(String topic, String payload) {
        publisher.publishWith().topic(topic).qos(MqttQos.AT_LEAST_ONCE).payload(payload.getBytes(StandardCharsets.UTF_8)).send();
    }
}
