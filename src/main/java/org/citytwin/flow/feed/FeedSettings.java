package org.citytwin.flow.feed;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import org.citytwin.text.Texts;

/**
 * How to reach an MQTT broker and what to subscribe to. The password lives only in memory (see
 * {@link FeedSettingsStore}).
 *
 * @param url      tcp://host:port or ssl://host:port (mqtt:// and mqtts:// are accepted as aliases)
 * @param topics   topic filters, e.g. {@code citytwin/agents/#}, {@code v1.1/Datastreams(12)/Observations}
 * @param tls      TLS even on a tcp:// URL (ssl:// always uses TLS)
 * @param username empty for none
 * @param password empty for none; never persisted
 * @param zones    SensorThings datastream → zone placement
 */
public record FeedSettings(String url, List<String> topics, boolean tls, String username, char[] password,
                           List<SensorZone> zones) {

    public FeedSettings {
        topics = List.copyOf(topics);
        zones = List.copyOf(zones);
        username = username == null ? "" : username;
        password = password == null ? new char[0] : password;
    }

    /** Anonymous, plain TCP, no zones. */
    public static FeedSettings of(String url, String... topics) {
        return new FeedSettings(url, List.of(topics), false, "", new char[0], List.of());
    }

    /** The parsed broker address; throws IllegalArgumentException with the reason when the URL or topics are wrong. */
    public Endpoint endpoint() {
        URI uri;
        try {
            uri = new URI(url == null ? "" : url.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(Texts.get("flowfeed.url.syntax", String.valueOf(url), e.getReason()));
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        boolean secure = switch (scheme) {
            case "tcp", "mqtt" -> tls;
            case "ssl", "mqtts" -> true;
            default -> throw new IllegalArgumentException(Texts.get("flowfeed.url.scheme", String.valueOf(url)));
        };
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new IllegalArgumentException(Texts.get("flowfeed.url.host", String.valueOf(url)));
        }
        if (topics.isEmpty() || topics.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException(Texts.get("flowfeed.topics.none"));
        }
        for (String t : topics) {
            try {
                com.hivemq.client.mqtt.datatypes.MqttTopicFilter.of(t);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(Texts.get("flowfeed.topics.invalid", t, String.valueOf(e.getMessage())), e);
            }
        }
        int port = uri.getPort() > 0 ? uri.getPort() : secure ? 8883 : 1883;
        return new Endpoint(uri.getHost(), port, secure);
    }

    /** Host, port and whether to use TLS. */
    public record Endpoint(String host, int port, boolean tls) {
    }
}
