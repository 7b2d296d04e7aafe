package org.citytwin.ui.quality;

import org.citytwin.text.Texts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.citytwin.model.Envelope;
import org.citytwin.model.IssueCategory;
import org.citytwin.model.LoadIssue;
import org.citytwin.model.Severity;
import org.citytwin.pipeline.LoadResult;

/**
 * The data-quality panel's state: load issues grouped by category (worst severity first) with issue and
 * occurrence counts, and "fly to" for issues naming an object that was loaded. Plain JavaFX collections
 * and properties only, so tests run it without a window. Call on the FX thread.
 */
public final class DataQualityViewModel {

    /** One category: its issues in load order, how many issues and how many occurrences they stand for. */
    public record Group(IssueCategory category, Severity worst, int occurrences, List<LoadIssue> issues) {
    }

    /** Objects smaller than this (metres) are framed as if this big, so one wall does not fill the screen. */
    static final double MIN_FRAME = 40;

    private final ObservableList<LoadIssue> issues;
    private final ObjectBoundsIndex bounds = new ObjectBoundsIndex();
    private final Consumer<Envelope> flyTo;
    private final ObservableList<Group> groups = FXCollections.observableArrayList();
    // one wrapper, held here: it listens to groups weakly, so a fresh one per call could be collected with its listeners
    private final ObservableList<Group> readOnlyGroups = FXCollections.unmodifiableObservableList(groups);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title");

    /** @param flyTo moves the camera to frame an envelope in the local frame */
    public DataQualityViewModel(ObservableList<LoadIssue> issues, Consumer<Envelope> flyTo) {
        this.issues = issues;
        this.flyTo = flyTo;
        issues.addListener((ListChangeListener<LoadIssue>) c -> regroup());
        regroup();
    }

    public ObservableList<Group> groups() { return readOnlyGroups; }
    /** "Data quality (N)", N = number of issues. */
    public ReadOnlyStringProperty titleProperty() { return title.getReadOnlyProperty(); }

    /** Remembers the bounds of a finished load's objects. */
    public void index(LoadResult result) {
        bounds.add(result);
    }

    /** As {@link #index(LoadResult)} with the bounds computed beforehand ({@link ObjectBoundsIndex#of}, off the FX thread). */
    public void index(ObjectBoundsIndex prepared) {
        bounds.addAll(prepared);
    }

    /** Whether {@link #flyTo(LoadIssue)} would move the camera. */
    public boolean canFlyTo(LoadIssue issue) {
        return issue != null && bounds.find(issue.file(), issue.gmlId()) != null;
    }

    /** Frames the object the issue names; false (camera untouched) when there is none. */
    public boolean flyTo(LoadIssue issue) {
        Envelope e = issue == null ? null : bounds.find(issue.file(), issue.gmlId());
        if (e == null) return false;
        flyTo.accept(padded(e));
        return true;
    }

    /** Grows small envelopes around their centre to at least MIN_FRAME across, keeping the object centred. */
    static Envelope padded(Envelope e) {
        double half = Math.max(MIN_FRAME, e.diagonal()) / 2;
        double hx = Math.max(e.width() / 2, half), hy = Math.max(e.depth() / 2, half);
        return Envelope.of(e.centerX() - hx, e.centerY() - hy, e.minZ(), e.centerX() + hx, e.centerY() + hy, e.maxZ());
    }

    private void regroup() {
        Map<IssueCategory, List<LoadIssue>> byCategory = new EnumMap<>(IssueCategory.class);
        for (LoadIssue issue : issues) byCategory.computeIfAbsent(issue.category(), c -> new ArrayList<>()).add(issue);
        List<Group> result = new ArrayList<>();
        byCategory.forEach((category, list) -> result.add(new Group(category,
                list.stream().map(LoadIssue::severity).min(Comparator.naturalOrder()).orElse(Severity.INFO),
                list.stream().mapToInt(LoadIssue::count).sum(), List.copyOf(list))));
        result.sort(Comparator.comparing(Group::worst)); // stable: category order within a severity
        groups.setAll(result);
        title.set(Texts.get("dialogs.quality.title", issues.size()));
    }
}
