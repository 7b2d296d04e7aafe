package org.citytwin.ui.viewpoints;

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
 * Thumbnails are kept in memory only, by name.
 */
public final class ViewpointsViewModel {
    private final ScenariosViewModel project;
    private final ObservableList<Viewpoint> viewpoints = FXCollections.observableArrayList();
    private final ObservableList<Viewpoint> view = FXCollections.unmodifiableObservableList(viewpoints);
    private final Map<String, Image> thumbnails = new HashMap<>();

    public ViewpointsViewModel(ScenariosViewModel project) {
        this.project = project;
        project.revisionProperty().addListener((o, a, b) -> refresh());
        refresh();
    }

    public ObservableList<Viewpoint> viewpoints() { return view; }
    public ScenariosViewModel project() { return project; }

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
        return project.change("Add viewpoint " + v.name(), p -> {
            if (p.presentation().viewpoint(v.name()).isPresent()) {
                throw new IllegalArgumentException("A viewpoint named '" + v.name() + "' exists already; choose another name.");
            }
            return p.withPresentation(p.presentation().withViewpoint(v));
        });
    }

    /** Replaces the camera and state of {@code name} with {@code captured}, keeping its name, caption and notes. */
    public boolean update(String name, Viewpoint captured) {
        return project.change("Update viewpoint " + name, p -> {
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
        return project.change("Caption of viewpoint " + name, p -> {
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
        boolean ok = project.change("Rename viewpoint " + oldName + " to " + n, p -> {
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
        return project.change("Delete viewpoint " + name, p -> {
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
        return project.change((by < 0 ? "Move up viewpoint " : "Move down viewpoint ") + name, p -> {
            List<Viewpoint> next = new ArrayList<>(p.presentation().viewpoints());
            int i = next.indexOf(existing(p, name));
            int j = Math.max(0, Math.min(next.size() - 1, i + by));
            next.add(j, next.remove(i));
            return p.withPresentation(p.presentation().withViewpoints(next));
        });
    }

    private Presentation presentation() {
        return project.project().presentation();
    }

    private static Viewpoint existing(Project p, String name) {
        return p.presentation().viewpoint(name).orElseThrow(
                () -> new IllegalArgumentException("No viewpoint named '" + name + "' in the project."));
    }

    private void refresh() {
        List<Viewpoint> now = presentation().viewpoints();
        if (!now.equals(viewpoints)) viewpoints.setAll(now);
    }
}
