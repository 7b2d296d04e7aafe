package org.citytwin.flow.feed;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.prefs.Preferences;

/**
 * Remembers the last connection settings in java.util.prefs — URL, topics, TLS, user name and zones, but never
 * the password: preferences are plain text on disk (the registry, ~/.java), so the password stays in memory.
 */
public final class FeedSettingsStore {
    private final Preferences node;

    /** The user's CityTwin feed settings. */
    public FeedSettingsStore() {
        this(Preferences.userRoot().node("org/citytwin/feed"));
    }

    public FeedSettingsStore(Preferences node) {
        this.node = node;
    }

    public void save(FeedSettings s) {
        node.put("url", s.url());
        node.put("topics", String.join("\n", s.topics()));
        node.putBoolean("tls", s.tls());
        node.put("username", s.username());
        node.put("zones", String.join("\n", s.zones().stream().map(SensorZone::format).toList()));
        node.remove("password"); // an older build or a hand edit must not leave one behind
    }

    /** The saved settings with an empty password, or the defaults (local broker, the simulator's topic). */
    public FeedSettings load() {
        List<SensorZone> zones = new ArrayList<>();
        for (String line : node.get("zones", "").split("\n")) {
            if (line.isBlank()) continue;
            try {
                zones.add(SensorZone.parse(line));
            } catch (IllegalArgumentException e) {
                // a damaged line is dropped; the dialog shows the rest
            }
        }
        List<String> topics = Arrays.stream(node.get("topics", DEFAULT_TOPIC).split("\n"))
                .filter(t -> !t.isBlank()).toList();
        return new FeedSettings(node.get("url", "tcp://localhost:1883"), topics, node.getBoolean("tls", false),
                node.get("username", ""), new char[0], zones);
    }

    /** Where the simulator publishes by default. */
    public static final String DEFAULT_TOPIC = "citytwin/agents";
}
