package org.citytwin.ui.flows;

import org.citytwin.text.Texts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.citytwin.flow.feed.FeedSettings;
import org.citytwin.flow.feed.FeedSettingsStore;
import org.citytwin.flow.feed.SensorZone;

/**
 * The "Connect to live feed" form: broker URL, topics, TLS, user and password, SensorThings zones. Validates as the
 * user types (the error says what is wrong) and remembers everything but the password (kept in memory only).
 * Plain properties: testable without a window.
 */
public final class FeedConnectViewModel {
    public static final String PASSWORD_NOTE = Texts.get("dialogs.feed.passwordNote");

    private final FeedSettingsStore store;
    private final StringProperty url = new SimpleStringProperty("");
    private final StringProperty topics = new SimpleStringProperty("");
    private final BooleanProperty tls = new SimpleBooleanProperty();
    private final StringProperty username = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty zones = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper();

    public FeedConnectViewModel(FeedSettingsStore store) {
        this.store = store;
        FeedSettings saved = store.load();
        url.set(saved.url());
        topics.set(String.join("\n", saved.topics()));
        tls.set(saved.tls());
        username.set(saved.username());
        zones.set(String.join("\n", saved.zones().stream().map(SensorZone::format).toList()));
        url.addListener((o, a, b) -> check());
        topics.addListener((o, a, b) -> check());
        tls.addListener((o, a, b) -> check());
        zones.addListener((o, a, b) -> check());
        check();
    }

    public StringProperty urlProperty() {
        return url;
    }

    /** One topic filter per line. */
    public StringProperty topicsProperty() {
        return topics;
    }

    public BooleanProperty tlsProperty() {
        return tls;
    }

    public StringProperty usernameProperty() {
        return username;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    /** One zone per line: {@code datastreamId = name, lon, lat, height, COUNT|OCCUPANCY|DENSITY}. */
    public StringProperty zonesProperty() {
        return zones;
    }

    /** What is wrong with the form, or null when it can connect. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /** The settings to connect with (password included), after saving them without the password; null when invalid. */
    public FeedSettings accept() {
        if (check() != null) return null;
        FeedSettings s = settings();
        store.save(s);
        return s;
    }

    private Object check() {
        String problem;
        try {
            settings().endpoint();
            problem = null;
        } catch (IllegalArgumentException e) {
            problem = e.getMessage();
        }
        error.set(problem);
        valid.set(problem == null);
        return problem;
    }

    private FeedSettings settings() {
        List<String> topicList = Arrays.stream(topics.get().split("\n")).map(String::strip).filter(t -> !t.isEmpty())
                .toList();
        List<SensorZone> zoneList = new ArrayList<>();
        String[] lines = zones.get().split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) continue;
            try {
                zoneList.add(SensorZone.parse(lines[i]));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(Texts.get("dialogs.feed.zones.error", i + 1, e.getMessage()), e);
            }
        }
        return new FeedSettings(url.get().strip(), topicList, tls.get(), username.get().strip(),
                password.get().toCharArray(), zoneList);
    }
}
