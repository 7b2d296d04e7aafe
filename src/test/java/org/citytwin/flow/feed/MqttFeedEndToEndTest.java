package org.citytwin.flow.feed;

import org.citytwin.flow.GeoPlacement;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt3.Mqtt3AsyncClient;
import com.hivemq.client.mqtt.mqtt3.Mqtt3Client;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.citytwin.flow.FlowBuffer;
import org.citytwin.flow.FlowObservation;
import org.citytwin.flow.FlowObservation.Quantity;
import org.citytwin.flow.FlowSample;
import org.citytwin.geo.CrsResolver;
import org.citytwin.geo.LocalProjection;
import org.citytwin.model.LocalFrame;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The live feed against a real MQTT broker (Moquette in this JVM): every payload kind, bad input, outages, bursts. */
class MqttFeedEndToEndTest {
    /** Frame origin near Hiroshima station's underground mall. */
    static final double LAT0 = 34.3975, LON0 = 132.4753;
    /** Longitude degrees per 100 m east at LAT0 (GRS80 radius of the parallel). */
    static final double D_LON_100M = 100 / (Math.PI / 180 * 6378137 * Math.cos(Math.toRadians(LAT0))
            / Math.sqrt(1 - 0.00669438 * Math.pow(Math.sin(Math.toRadians(LAT0)), 2)));

    private TestBroker broker;
    private Mqtt3AsyncClient publisher;
    private MqttFlowFeed feed;
    private final FlowBuffer buffer = new FlowBuffer();
    private final List<FlowSample> samples = new ArrayList<>();
    private final List<FlowObservation> observations = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        broker = new TestBroker();
        GeoPlacement placement = new GeoPlacement(new LocalProjection(new LocalFrame(LAT0, LON0)), new CrsResolver());
        FeedSettings settings = new FeedSettings(broker.url(),
                List.of("citytwin/agents/#", "v1.1/#", "fiware/#"), false, "", null,
                List.of(new SensorZone("12", "Hatchobori exit", LON0 + D_LON_100M, LAT0, -15, Quantity.COUNT)));
        feed = new MqttFlowFeed(settings, new MessageDecoder(placement,
                Map.of("12", settings.zones().get(0))), buffer);
        feed.connect();
        await(() -> feed.status().state() == FeedState.CONNECTED, "feed connected");
        publisher = Mqtt3Client.builder().identifier("test-publisher").serverHost("127.0.0.1").serverPort(broker.port)
                .buildAsync();
        publisher.connect().join();
        feed.subscribed().get(20, TimeUnit.SECONDS); // the feed's SUBSCRIBE follows its CONNACK: wait for the SUBACK
    }

    @AfterEach
    void stop() {
        feed.close();
        publisher.disconnect();
        broker.close();
    }

    @Test
    void geoJsonPositionsArriveAtTheirLocalCoordinates() {
        publish("citytwin/agents", """
                {"type":"FeatureCollection","features":[
                  {"type":"Feature","geometry":{"type":"Point","coordinates":[%s,%s,-15.2]},
                   "properties":{"id":"p1","time":"2025-06-01T09:00:00Z","speed":1.3,"level":"B1"}},
                  {"type":"Feature","id":"p2","geometry":{"type":"Point","coordinates":[%s,%s]},
                   "properties":{"time":1748768400000}},
                ]}""".formatted(LON0, LAT0, LON0 + D_LON_100M, LAT0));
        awaitSamples(2);
        FlowSample p1 = samples.get(0), p2 = samples.get(1);
        assertThat(p1.sourceId()).isEqualTo("p1");
        assertThat(p1.timeMillis()).isEqualTo(Instant.parse("2025-06-01T09:00:00Z").toEpochMilli());
        assertThat(p1.x()).isCloseTo(0, within(0.01));
        assertThat(p1.y()).isCloseTo(0, within(0.01));
        assertThat(p1.z()).isEqualTo(-15.2);
        assertThat(p1.speed()).isEqualTo(1.3);
        assertThat(p1.attributes()).containsEntry("level", "B1");
        assertThat(p2.sourceId()).isEqualTo("p2");
        assertThat(p2.x()).isCloseTo(100, within(0.05));
        assertThat(p2.y()).isCloseTo(0, within(0.05));
        assertThat(p2.z()).isZero();
    }

    @Test
    void lateAndOutOfOrderSamplesKeepTheirOwnTime() {
        publish("citytwin/agents", feature("a", "2025-06-01T09:00:10Z"));
        publish("citytwin/agents", feature("a", "2025-06-01T09:00:05Z"));
        publish("citytwin/agents", feature("a", "2020-01-01T00:00:00Z"));
        awaitSamples(3);
        assertThat(samples).extracting(s -> Instant.ofEpochMilli(s.timeMillis()).toString())
                .containsExactly("2025-06-01T09:00:10Z", "2025-06-01T09:00:05Z", "2020-01-01T00:00:00Z");
        assertThat(feed.status().latencyMillis()).isGreaterThan(100_000_000); // years late, still placed
    }

    @Test
    void mfJsonMovingPointGivesOneSamplePerInstant() {
        publish("citytwin/agents/mf", """
                {"type":"Feature","id":"walker-7","properties":{"name":"walker"},
                 "temporalGeometry":{"type":"MovingPoint","interpolation":"Linear",
                   "coordinates":[[%s,%s,-21],[%s,%s,-21],[%s,%s,-21],],
                   "datetimes":["2025-06-01T09:00:00Z","2025-06-01T09:00:01Z","2025-06-01T09:00:02Z"]}}"""
                .formatted(LON0, LAT0, LON0, LAT0, LON0 + D_LON_100M, LAT0));
        awaitSamples(3);
        assertThat(samples).extracting(FlowSample::sourceId).containsOnly("walker-7");
        assertThat(samples.get(2).x()).isCloseTo(100, within(0.05));
        assertThat(samples.get(2).z()).isEqualTo(-21);
        assertThat(samples.get(2).timeMillis() - samples.get(0).timeMillis()).isEqualTo(2000);
    }

    @Test
    void sensorThingsObservationsGoToTheirZone() {
        publish("v1.1/Datastreams(12)/Observations", """
                {"@iot.id":901,"phenomenonTime":"2025-06-01T09:00:00Z/2025-06-01T09:01:00Z",
                 "resultTime":"2025-06-01T09:01:00Z","result":37}""");
        publish("v1.1/Datastreams(13)/Observations", """
                {"@iot.id":902,"phenomenonTime":"2025-06-01T09:01:00Z","result":0.42,
                 "Datastream":{"name":"Concourse B occupancy","ObservedProperty":{"name":"occupancy"}},
                 "FeatureOfInterest":{"feature":{"type":"Point","coordinates":[%s,%s,-21]}}}"""
                .formatted(LON0, LAT0));
        awaitObservations(2);
        FlowObservation zone = observations.get(0), foi = observations.get(1);
        assertThat(zone.zoneId()).isEqualTo("Datastreams(12)");
        assertThat(zone.zoneName()).isEqualTo("Hatchobori exit");
        assertThat(zone.quantity()).isEqualTo(Quantity.COUNT);
        assertThat(zone.value()).isEqualTo(37);
        assertThat(zone.endMillis() - zone.startMillis()).isEqualTo(60_000);
        assertThat(zone.x()).isCloseTo(100, within(0.05));
        assertThat(zone.z()).isEqualTo(-15);
        assertThat(foi.zoneId()).isEqualTo("Datastreams(13)");
        assertThat(foi.quantity()).isEqualTo(Quantity.OCCUPANCY);
        assertThat(foi.value()).isEqualTo(0.42);
        assertThat(foi.x()).isCloseTo(0, within(0.01));
        assertThat(foi.z()).isEqualTo(-21);
    }

    @Test
    void fiwareCrowdFlowObservedInNgsiLdAndNgsiV2() {
        publish("fiware/ngsi-ld", """
                {"id":"urn:ngsi-ld:Notification:1","type":"Notification","subscriptionId":"urn:ngsi-ld:Subscription:crowd",
                 "notifiedAt":"2025-06-01T09:02:00Z","data":[{
                   "id":"urn:ngsi-ld:CrowdFlowObserved:exit-3","type":"CrowdFlowObserved",
                   "location":{"type":"GeoProperty","value":{"type":"Point","coordinates":[%s,%s]}},
                   "peopleCount":{"type":"Property","value":58},
                   "occupancy":{"type":"Property","value":0.7},
                   "dateObservedFrom":{"type":"Property","value":{"@type":"DateTime","@value":"2025-06-01T09:00:00Z"}},
                   "dateObservedTo":{"type":"Property","value":{"@type":"DateTime","@value":"2025-06-01T09:02:00Z"}}}]}"""
                .formatted(LON0 + D_LON_100M, LAT0));
        publish("fiware/v2", """
                {"subscriptionId":"5f1e","data":[{"id":"CrowdFlowObserved:bridge","type":"CrowdFlowObserved",
                  "peopleCount":{"type":"Number","value":12,"metadata":{}},
                  "location":{"type":"geo:json","value":{"type":"Point","coordinates":[%s,%s,7]}},
                  "dateObserved":{"type":"DateTime","value":"2025-06-01T09:03:00Z"}}]}""".formatted(LON0, LAT0));
        awaitObservations(3);
        assertThat(observations).extracting(FlowObservation::zoneId, FlowObservation::quantity, FlowObservation::value)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("urn:ngsi-ld:CrowdFlowObserved:exit-3", Quantity.COUNT, 58.0),
                        org.assertj.core.groups.Tuple.tuple("urn:ngsi-ld:CrowdFlowObserved:exit-3", Quantity.OCCUPANCY, 0.7),
                        org.assertj.core.groups.Tuple.tuple("CrowdFlowObserved:bridge", Quantity.COUNT, 12.0));
        assertThat(observations.get(0).x()).isCloseTo(100, within(0.05));
        assertThat(observations.get(0).endMillis() - observations.get(0).startMillis()).isEqualTo(120_000);
        assertThat(observations.get(2).z()).isEqualTo(7);
    }

    @Test
    void malformedMessagesAreCountedWithTheirNumberAndSkipped() {
        publish("citytwin/agents", feature("ok-1", "2025-06-01T09:00:00Z"));
        awaitSamples(1);
        publish("citytwin/agents", "{\"type\":\"Feature\", \"geometry\": ");
        publish("citytwin/agents", feature("ok-2", "2025-06-01T09:00:01Z"));
        awaitSamples(2);
        publish("citytwin/agents", """
                {"type":"Feature","id":"bad","geometry":{"type":"Point","coordinates":[%s,%s]},"properties":{}}"""
                .formatted(LON0, LAT0));
        await(() -> feed.status().malformedCount() == 2, "two malformed messages");
        FeedStatus status = feed.status();
        assertThat(status.messagesReceived()).isEqualTo(4);
        assertThat(status.lastMalformed()).isEqualTo("message 4 on citytwin/agents: feature (bad) properties.time: missing"
                .replace("feature (bad) properties.time: missing", "missing feature (bad) properties.time"));
        assertThat(samples).extracting(FlowSample::sourceId).containsExactly("ok-1", "ok-2");
    }

    @Test
    void brokerOutageShowsDownThenReconnectsAndDeliversAgain() throws Exception {
        broker.stop();
        await(() -> feed.status().state() == FeedState.DOWN, "feed down after the broker stopped");
        assertThat(feed.status().lastError()).isNotBlank();
        assertThat(feed.status().summary()).startsWith("Down");
        broker.start();
        await(() -> feed.status().state() == FeedState.CONNECTED, "feed reconnected");
        publisher = Mqtt3Client.builder().identifier("test-publisher-2").serverHost("127.0.0.1").serverPort(broker.port)
                .buildAsync();
        publisher.connect().join();
        feed.subscribed().get(20, TimeUnit.SECONDS); // subscribed again after the reconnect
        publish("citytwin/agents", feature("after-outage", "2025-06-01T09:00:00Z"));
        awaitSamples(1);
        assertThat(samples.get(0).sourceId()).isEqualTo("after-outage");
    }

    @Test
    void burstOfFiveThousandMessagesInOneSecondIsBufferedAndDrainedWithoutLoss() throws Exception {
        List<CompletableFuture<?>> sent = new ArrayList<>();
        long start = System.nanoTime();
        for (int tick = 0; tick < 10; tick++) { // 500 messages every 100 ms
            for (int i = 0; i < 500; i++) {
                int n = tick * 500 + i;
                // QoS 1: Moquette drops QoS 0 messages to a subscriber whose socket is momentarily full
                sent.add(publisher.publishWith().topic("citytwin/agents").qos(MqttQos.AT_LEAST_ONCE)
                        .payload(feature("burst-" + n, "2025-06-01T09:00:00Z").getBytes(StandardCharsets.UTF_8)).send());
            }
            long next = start + (tick + 1) * 100_000_000L;
            // pacing the publisher is what this test measures (500 messages per 100 ms), not a wait for a condition
            while (System.nanoTime() < next) Thread.sleep(1);
        }
        // the consumer drains once per "frame", as the scene does
        Set<String> ids = new HashSet<>();
        long begin = System.currentTimeMillis();
        List<FlowSample> frame = new ArrayList<>();
        long[] report = {begin};
        try {
            WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> {
                frame.clear();
                buffer.drainSamples(frame);
                frame.forEach(s -> ids.add(s.sourceId()));
                if (System.currentTimeMillis() - report[0] > 5000) {
                    report[0] = System.currentTimeMillis();
                    System.out.printf("burst: %d s, %d drained, %d published%n", (report[0] - begin) / 1000, ids.size(),
                            sent.stream().filter(CompletableFuture::isDone).count());
                }
                return ids.size() >= 5000;
            });
        } catch (java.util.concurrent.TimeoutException e) {
            // the assertions below say how many arrived
        }
        System.out.printf("burst: all %d drained %.1f s after the last publish%n", ids.size(),
                (System.currentTimeMillis() - begin) / 1000.0);
        assertThat(ids).hasSize(5000);
        assertThat(buffer.dropped()).isZero();
        assertThat(feed.status().messagesReceived()).isEqualTo(5000);
        assertThat(feed.status().malformedCount()).isZero();
    }

    private static String feature(String id, String time) {
        return """
                {"type":"Feature","geometry":{"type":"Point","coordinates":[%s,%s,0]},"properties":{"id":"%s","time":"%s"}}"""
                .formatted(LON0, LAT0, id, time);
    }

    private void publish(String topic, String payload) {
        publisher.publishWith().topic(topic).qos(MqttQos.AT_LEAST_ONCE)
                .payload(payload.getBytes(StandardCharsets.UTF_8)).send().join();
    }

    private void awaitSamples(int n) {
        await(() -> {
            buffer.drainSamples(samples);
            return samples.size() >= n;
        }, n + " samples");
        assertThat(samples).hasSize(n);
    }

    private void awaitObservations(int n) {
        await(() -> {
            buffer.drainObservations(observations);
            return observations.size() >= n;
        }, n + " observations");
        assertThat(observations).hasSize(n);
    }

    /** Waits for a condition the network delivers; fails with what was awaited and the feed's status. */
    private void await(BooleanSupplier condition, String what) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("Timed out waiting for " + what + "; feed: " + feed.status());
        }
    }
}
