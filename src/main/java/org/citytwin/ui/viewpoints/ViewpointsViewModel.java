package org.citytwin.ui.viewpoints;

import org.citytwin.text.Texts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.image.Image;
import org.citytwin.scenario.Presentation;
import org.citytwin.scenario.Project;
import org.citytwin.scenario.Tour;
import org.citytwin.scenario.Viewpoint;
import org.citytwin.ui.scenarios.ScenariosViewModel;

/**
 * The viewpoints panel's state, testable without a window: the project's viewpoints in order, and every change (add,
 * update, rename, delete, move) as one {@link ScenariosViewModel#change} command, so Edit → Undo and saving cover them.
 * Renaming or deleting a viewpoint also renames or drops the tour stops at it (a tour never names a missing one).
 * The tour editor: per viewpoint whether it is in the tour and its flight and dwell times; the tour's order is always
 * the viewpoints' order, and each edit writes the whole tour as the project's first one (one undoable command).
 * Thumbnails are kept in memory only, by name.
 */
public final class ViewpointsViewModel {
    private final ScenariosViewModel project;
    private final ObservableList<Viewpoint> viewpoints = FXCollections.observableArrayList();
    private final ObservableList<Viewpoint> view = FXCollections.unmodifiableObservableList(viewpoints);
    private final Map<String, Image> thumbnails = new HashMap<>();
    private final javafx.beans.property.ReadOnlyObjectWrapper<Tour> tour = new javafx.beans.property.ReadOnlyObjectWrapper<>(
            this, "tour", Tour.ofAll(List.of()));

    public ViewpointsViewModel(ScenariosViewModel project) {
        this.project = project;
        project.revisionProperty().addListener((o, a, b) -> refresh());
        refresh();
    }

    public ObservableList<Viewpoint> viewpoints() { return view; }
    public ScenariosViewModel project() { return project; }
    /** The tour as presented (Presentation.tour()); changes with every project change that touches it. */
    public javafx.beans.property.ReadOnlyObjectProperty<Tour> tourProperty() { return tour.getReadOnlyProperty(); }
    public Tour tour() { return tour.get(); }

    /** The tour's stop at viewpoint {@code name}; empty when the viewpoint is not in the tour. */
    public java.util.Optional<Tour.Stop> stop(String name) {
        return tour().stops().stream().filter(s -> s.viewpoint().equals(name)).findFirst();
    }

    /** Sets a viewpoint's flight and dwell times (seconds, 0 or more); a viewpoint not in the tour joins it. */
    public boolean setTiming(String name, double flightSeconds, double dwellSeconds) {
        return project.change(Texts.get("viewpoints.undo.timing", name), p -> {
            existing(p, name);
            if (!(flightSeconds >= 0) || !(dwellSeconds >= 0)) {
                throw new IllegalArgumentException(Texts.get("viewpoints.timing.invalid"));
            }
            Map<String, Tour.Stop> stops = stopsOf(p.presentation());
            stops.put(name, new Tour.Stop(name, flightSeconds, dwellSeconds));
            return withTour(p, stops);
        });
    }

    /** Puts a viewpoint into the tour (3 s flight, 8 s dwell) or takes it out (its times are forgotten). */
    public boolean setInTour(String name, boolean in) {
        return project.change(Texts.get("viewpoints.undo.tour", in ? 1 : 0, name), p -> {
            existing(p, name);
            Map<String, Tour.Stop> stops = stopsOf(p.presentation());
            if (in) stops.putIfAbsent(name, new Tour.Stop(name, Tour.DEFAULT_FLIGHT, Tour.DEFAULT_DWELL));
            else stops.remove(name);
            return withTour(p, stops);
        });
    }

    /** The first stop per viewpoint of the presented tour, by viewpoint name. */
    private static Map<String, Tour.Stop> stopsOf(Presentation presentation) {
        Map<String, Tour.Stop> out = new HashMap<>();
        presentation.tour().stops().forEach(s -> out.putIfAbsent(s.viewpoint(), s));
        return out;
    }

    /** {@code p} with its first tour (name kept, else "tour") made of {@code stops} in the viewpoints' order. */
    private static Project withTour(Project p, Map<String, Tour.Stop> stops) {
        Presentation pr = p.presentation();
        List<Tour.Stop> ordered = pr.viewpoints().stream().map(v -> stops.get(v.name()))
                .filter(java.util.Objects::nonNull).toList();
        List<Tour> tours = new ArrayList<>(pr.tours());
        Tour t = new Tour(tours.isEmpty() ? "tour" : tours.get(0).name(), ordered);
        if (tours.isEmpty()) tours.add(t);
        else tours.set(0, t);
        return p.withPresentation(pr.withTours(tours));
    }

    public Image thumbnail(String name) { return thumbnails.get(name); }
    public void setThumbnail(String name, Image image) {
        if (image != null) thumbnails.put(name, image);
    }

    /** "Viewpoint 1", "Viewpoint 2", ...: the first free one. */
    public String suggestedName() {
        Presentation p = presentation();
        int i = p.viewpoints().size() + 1;
        while (p.viewpoint("Viewpoint " + i).isPresent()) i++;
        return "Viewpoint " + i;
    }

    /** Adds a new viewpoint at the end; a taken name is refused. */
    public boolean add(Viewpoint v) {
        return project.change(Texts.get("viewpoints.undo.add", v.name()), p -> {
            if (p.presentation().viewpoint(v.name()).isPresent()) {
                throw new IllegalArgumentException("A viewpoint named '" + v.name() + "' exists already; choose another name.");
            }
            Project added = p.withPresentation(p.presentation().withViewpoint(v));
            if (p.presentation().tours().isEmpty()) return added; // the default tour has every viewpoint anyway
            Map<String, Tour.Stop> stops = stopsOf(p.presentation());
            stops.put(v.name(), new Tour.Stop(v.name(), Tour.DEFAULT_FLIGHT, Tour.DEFAULT_DWELL));
            return withTour(added, stops); // a new viewpoint joins the stored tour
        });
    }

    /** Replaces the camera and state of {@code name} with {@code captured}, keeping its name, caption and notes. */
    public boolean update(String name, Viewpoint captured) {
        return project.change(Texts.get("viewpoints.undo.update", name), p -> {
            Viewpoint old = existing(p, name);
            Viewpoint next = new Viewpoint(name, captured.scenario(), captured.lat(), captured.lon(), captured.height(),
                    captured.distance(), captured.heading(), captured.tilt(), old.captionJa(), old.captionEn(), old.notes(),
                    captured.layers(), captured.lod(), captured.colourBy(), captured.xray(), captured.underground(),
                    captured.flowTime(), captured.playbackSpeed(), old.annotations(), captured.excavation());
            return p.withPresentation(p.presentation().withViewpoint(next));
        });
    }

    /** Sets the caption (shown to the audience; Japanese text goes first) and the speaker notes; blank removes them. */
    public boolean describe(String name, String caption, String notes) {
        return project.change(Texts.get("viewpoints.undo.caption", name), p -> {
            Viewpoint o = existing(p, name);
            Viewpoint c = Viewpoint.camera(name, o.scenario(), o.lat(), o.lon(), o.height(), o.distance(), o.heading(),
                    o.tilt(), blankToNull(caption));
            Viewpoint next = new Viewpoint(name, o.scenario(), o.lat(), o.lon(), o.height(), o.distance(), o.heading(),
                    o.tilt(), c.captionJa(), c.captionEn(), blankToNull(notes), o.layers(), o.lod(), o.colourBy(), o.xray(),
                    o.underground(), o.flowTime(), o.playbackSpeed(), o.annotations(), o.excavation());
            return p.withPresentation(p.presentation().withViewpoint(next));
        });
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public boolean rename(String oldName, String newName) {
        String n = newName == null ? "" : newName.strip();
        boolean ok = project.change(Texts.get("viewpoints.undo.rename", oldName, n), p -> {
            Viewpoint old = existing(p, oldName);
            if (n.isEmpty()) throw new IllegalArgumentException("A viewpoint needs a name.");
            if (!n.equals(oldName) && p.presentation().viewpoint(n).isPresent()) {
                throw new IllegalArgumentException("A viewpoint named '" + n + "' exists already; choose another name.");
            }
            List<Viewpoint> next = new ArrayList<>(p.presentation().viewpoints());
            next.set(next.indexOf(old), old.renamed(n));
            List<Tour> tours = p.presentation().tours().stream().map(t -> new Tour(t.name(), t.stops().stream()
                    .map(s -> s.viewpoint().equals(oldName) ? new Tour.Stop(n, s.flightSeconds(), s.dwellSeconds()) : s)
                    .toList())).toList();
            return p.withPresentation(new Presentation(next, tours, p.presentation().annotations()));
        });
        if (ok && thumbnails.containsKey(oldName)) thumbnails.put(n, thumbnails.remove(oldName));
        return ok;
    }

    public boolean delete(String name) {
        return project.change(Texts.get("viewpoints.undo.delete", name), p -> {
            Viewpoint old = existing(p, name);
            List<Viewpoint> next = new ArrayList<>(p.presentation().viewpoints());
            next.remove(old);
            List<Tour> tours = p.presentation().tours().stream().map(t -> new Tour(t.name(),
                    t.stops().stream().filter(s -> !s.viewpoint().equals(name)).toList())).toList();
            return p.withPresentation(new Presentation(next, tours, p.presentation().annotations()));
        });
    }

    /** Moves a viewpoint {@code by} places (-1 up, +1 down); at either end nothing changes. */
    public boolean move(String name, int by) {
        return project.change(Texts.get("viewpoints.undo.move", by < 0 ? 1 : 0, name), p -> {
            List<Viewpoint> next = new ArrayList<>(p.presentation().viewpoints());
            int i = next.indexOf(existing(p, name));
            int j = Math.max(0, Math.min(next.size() - 1, i + by));
            next.add(j, next.remove(i));
            Project moved = p.withPresentation(p.presentation().withViewpoints(next));
            // the tour's order is the viewpoints' order
            return p.presentation().tours().isEmpty() ? moved : withTour(moved, stopsOf(p.presentation()));
        });
    }

    private Presentation presentation() {
        return project.project().presentation();
    }

    private static Viewpoint existing(Project p, String name) {
        return p.presentation().viewpoint(name).orElseThrow(
                () -> new IllegalArgumentException(Texts.get("viewpoints.missing", name)));
    }

    private void refresh() {
        List<Viewpoint> now = presentation().viewpoints();
        if (!now.equals(viewpoints)) viewpoints.setAll(now);
        Tour t = presentation().tour();
        if (!t.equals(tour.get())) tour.set(t);
    }
}
