package org.citytwin.flow.feed;

import com.hivemq.client.mqtt.MqttGlobalPublishFilter;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.lifecycle.MqttClientDisconnectedContext;
import com.hivemq.client.mqtt.mqtt3.Mqtt3AsyncClient;
import com.hivemq.client.mqtt.mqtt3.Mqtt3Client;
import com.hivemq.client.mqtt.mqtt3.Mqtt3ClientBuilder;
import com.hivemq.client.mqtt.mqtt3.message.publish.Mqtt3Publish;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.citytwin.flow.FlowObservation;
import org.citytwin.flow.FlowSample;
import org.citytwin.flow.FlowSink;
import org.citytwin.text.Texts;

/**
 * A live MQTT source: subscribes to the configured topics, decodes each message and hands the samples and
 * observations to a {@link FlowSink} (in the app a {@link org.citytwin.flow.FlowBuffer} drained once per frame).
 * Reconnects by itself with exponential backoff (0.5 s doubling up to 10 s, HiveMQ's reconnector) and subscribes
 * again after every connect. Late and out-of-order samples are passed on with their own time. A message that
 * cannot be decoded is skipped, counted, and its number and reason kept for the status.
 */
public final class MqttFlowFeed implements AutoCloseable {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(MqttFlowFeed.class);

    private final FeedSettings settings;
    private final MessageDecoder decoder;
    private final FlowSink sink;
    private final FeedMonitor monitor = new FeedMonitor();
    private final Mqtt3AsyncClient client;
    private volatile boolean closed;
    // the current connection's subscriptions: a new one after every disconnect that followed a completed one
    private volatile CompletableFuture<Void> subscribed = new CompletableFuture<>();

    /** @throws IllegalArgumentException when the settings' URL or topics are unusable (the message says why) */
    public MqttFlowFeed(FeedSettings settings, MessageDecoder decoder, FlowSink sink) {
        this.settings = settings;
        this.decoder = decoder;
        this.sink = sink;
        FeedSettings.Endpoint endpoint = settings.endpoint();
        Mqtt3ClientBuilder builder = Mqtt3Client.builder()
                .identifier("citytwin-" + UUID.randomUUID().toString().substring(0, 8))
                .serverHost(endpoint.host()).serverPort(endpoint.port())
                .automaticReconnect().initialDelay(500, TimeUnit.MILLISECONDS).maxDelay(10, TimeUnit.SECONDS)
                .applyAutomaticReconnect()
                .addConnectedListener(ctx -> onConnected())
                .addDisconnectedListener(this::onDisconnected);
        if (endpoint.tls()) builder = builder.sslWithDefaultConfig();
        if (!settings.username().isEmpty()) {
            builder = builder.simpleAuth().username(settings.username())
                    .password(new String(settings.password()).getBytes(StandardCharsets.UTF_8)).applySimpleAuth();
        }
        client = builder.buildAsync();
        client.publishes(MqttGlobalPublishFilter.ALL, this::onMessage);
    }

    /** Starts connecting; returns at once. The status shows progress; failures are retried until {@link #close()}. */
    public void connect() {
        monitor.state(FeedState.CONNECTING);
        client.connectWith().cleanSession(true).send();
    }

    public FeedStatus status() {
        return monitor.snapshot(System.currentTimeMillis());
    }

    public FeedSettings settings() {
        return settings;
    }

    /**
     * Completes once the broker has acknowledged (SUBACK) every topic of the current connection: from then on a
     * message published to them reaches this feed. Fails when a subscription is refused. After a disconnect it is a
     * new future, completed by the next connection's acknowledgements.
     */
    public CompletableFuture<Void> subscribed() {
        return subscribed;
    }

    private void onConnected() {
        CompletableFuture<Void> done = subscribed;
        CompletableFuture<?>[] acks = settings.topics().stream().map(topic -> client.subscribeWith().topicFilter(topic)
                .qos(MqttQos.AT_LEAST_ONCE).send().whenComplete((ack, error) -> {
                    if (error != null) monitor.down(Texts.get("flowfeed.subscribe", topic, String.valueOf(error.getMessage())), 0, 0);
                })).toArray(CompletableFuture[]::new);
        CompletableFuture.allOf(acks).whenComplete((v, error) -> {
            if (error == null) done.complete(null);
            else done.completeExceptionally(error);
        });
        monitor.state(FeedState.CONNECTED);
    }

    private void onDisconnected(MqttClientDisconnectedContext ctx) {
        if (subscribed.isDone()) subscribed = new CompletableFuture<>();
        if (closed) {
            ctx.getReconnector().reconnect(false);
            monitor.state(FeedState.CLOSED);
            return;
        }
        var reconnector = ctx.getReconnector();
        String reason = ctx.getCause().getMessage() == null ? ctx.getCause().getClass().getSimpleName()
                : ctx.getCause().getMessage();
        monitor.down(reason, reconnector.getAttempts() + 1, reconnector.getDelay(TimeUnit.MILLISECONDS));
        LOG.info("MQTT feed {} down ({}), retry {} in {} ms", settings.url(), reason, reconnector.getAttempts() + 1,
                reconnector.getDelay(TimeUnit.MILLISECONDS));
    }

    private void onMessage(Mqtt3Publish publish) {
        long now = System.currentTimeMillis();
        long number = monitor.received(now);
        String topic = publish.getTopic().toString();
        Decoded decoded;
        try {
            decoded = decoder.decode(topic, publish.getPayloadAsBytes());
        } catch (MalformedMessageException e) {
            monitor.malformed(number, topic, e.displayText());
            return;
        } catch (RuntimeException e) {
            monitor.malformed(number, topic, e.getMessage());
            return;
        }
        for (FlowSample s : decoded.samples()) sink.accept(s);
        for (FlowObservation o : decoded.observations()) sink.accept(o);
        long newest = decoded.newestTime();
        monitor.decoded(newest == Long.MIN_VALUE ? Double.NaN : now - newest);
    }

    /** Disconnects and stops reconnecting. */
    @Override
    public void close() {
        closed = true;
        client.disconnect().whenComplete((v, e) -> monitor.state(FeedState.CLOSED));
        monitor.state(FeedState.CLOSED);
    }
}
