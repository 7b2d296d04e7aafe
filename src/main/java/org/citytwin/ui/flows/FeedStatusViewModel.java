package org.citytwin.ui.flows;

import org.citytwin.text.Texts;

import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.citytwin.flow.feed.FeedState;
import org.citytwin.flow.feed.FeedStatus;

/**
 * The live-feed status indicator's state: connection, messages/s, latency, last error, malformed messages. The
 * view calls {@link #refresh()} a few times a second on the FX thread; the feed itself never calls into JavaFX.
 */
public final class FeedStatusViewModel {
    private final Supplier<FeedStatus> source;
    private final ReadOnlyObjectWrapper<FeedState> state = new ReadOnlyObjectWrapper<>(FeedState.CLOSED);
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(Texts.get("dialogs.feed.none"));
    private final ReadOnlyStringWrapper details = new ReadOnlyStringWrapper("");

    /** @param source the feed's status (e.g. {@code feed::status}); null means no feed */
    public FeedStatusViewModel(Supplier<FeedStatus> source) {
        this.source = source;
    }

    public void refresh() {
        if (source == null) return;
        show(source.get());
    }

    /** FX thread: shows one status snapshot. */
    public void show(FeedStatus s) {
        state.set(s.state());
        text.set(s.summary());
        StringBuilder d = new StringBuilder();
        d.append(Texts.get("flows.feed.received", s.messagesReceived()));
        if (s.lastError() != null) d.append("\n").append(Texts.get("flows.feed.lastError", s.lastError()));
        if (s.malformedCount() > 0) {
            d.append("\n").append(Texts.get("flows.feed.lastMalformed", s.malformedCount(), s.lastMalformed()));
        }
        details.set(d.toString());
    }

    public ReadOnlyObjectProperty<FeedState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** One line: "Connected · 120 msg/s · latency 35 ms · 2 malformed". */
    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /** Tooltip: totals, last connection error, last malformed message with its number and reason. */
    public ReadOnlyStringProperty detailsProperty() {
        return details.getReadOnlyProperty();
    }
}
