package org.citytwin.flow.feed;

import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt3.Mqtt3BlockingClient;
import com.hivemq.client.mqtt.mqtt3.Mqtt3Client;
import java.util.List;
import java.util.UUID;
import org.citytwin.flow.FlowSample;

/** Publishes agent positions as GeoJSON FeatureCollections to one topic (the simulator's output). */
public final class MqttPositionPublisher implements AutoCloseable {
    private final Mqtt3BlockingClient client;
    private final String topic;
    private final PositionEncoder encoder;

    /**
     * Connects at once.
     *
     * @throws IllegalArgumentException for an unusable URL
     * @throws RuntimeException         (HiveMQ's) when the broker cannot be reached
     */
    public MqttPositionPublisher(FeedSettings settings, String topic, PositionEncoder encoder) {
        FeedSettings.Endpoint endpoint = settings.endpoint();
        var builder = Mqtt3Client.builder().identifier("citytwin-sim-" + UUID.randomUUID().toString().substring(0, 8))
                .serverHost(endpoint.host()).serverPort(endpoint.port());
        if (endpoint.tls()) builder = builder.sslWithDefaultConfig();
        if (!settings.username().isEmpty()) {
            builder = builder.simpleAuth().username(settings.username())
                    .password(new String(settings.password()).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                    .applySimpleAuth();
        }
        this.client = builder.buildBlocking();
        this.topic = topic;
        this.encoder = encoder;
        client.connect();
    }

    /**
     * Publishes the samples in messages of at most {@link #AGENTS_PER_MESSAGE} features (brokers limit message
     * size; Moquette's default is 8 KB); returns the bytes sent.
     */
    public long publish(List<FlowSample> samples) {
        long bytes = 0;
        for (int from = 0; from < samples.size(); from += AGENTS_PER_MESSAGE) {
            byte[] payload = encoder.encode(samples.subList(from, Math.min(samples.size(), from + AGENTS_PER_MESSAGE)));
            client.publishWith().topic(topic).qos(MqttQos.AT_LEAST_ONCE).payload(payload).send();
            bytes += payload.length;
        }
        return bytes;
    }

    /** Features per message: about 25 KB of GeoJSON. */
    public static final int AGENTS_PER_MESSAGE = 100;

    @Override
    public void close() {
        client.disconnect();
    }
}
