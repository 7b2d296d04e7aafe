package org.citytwin.ui.study;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.citytwin.model.CityObject;
import org.citytwin.model.MeshPart;
import org.citytwin.pipeline.CancelToken;
import org.citytwin.scenario.Footprint;
import org.citytwin.shadow.NoaaSun;
import org.citytwin.shadow.ShadowHours;
import org.citytwin.shadow.ShadowStudy;
import org.citytwin.shadow.StudyGeoJson;
import org.citytwin.shadow.StudySettings;
import org.citytwin.shadow.SunDirections;
import org.citytwin.text.Texts;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/**
 * Tools → Shadow study: the form (casting set, day, window, plane, grid, hours, limits), the site boundary, and one
 * run at a time of {@link ShadowStudy} on a background worker with progress and Cancel; the result, its exceedance
 * areas as lines for the panel, and the exports. Testable without JavaFX running: the worker and the thread that
 * may touch the properties are given ({@code ui} is Platform::runLater in the window).
 */
public final class StudyViewModel {
    public enum CastingSet { PROPOSALS, SELECTED }

    /** Plane heights the regulation uses (m above the ground). */
    public static final List<Double> PLANES = List.of(1.5, 4.0, 6.5);

    /** What the study reads from the window; called on the thread that runs the view model (FX). */
    public interface Sources {
        /** The objects the shown scenario placed or sketched. */
        List<CityObject> proposals();

        /** The building the inspector shows, or null. */
        CityObject selected();

        /** Local metres to {lat, lon}, or null without georeferenced data. */
        double[] toLatLon(double x, double y);
    }

    /** Writes the current top view as a PNG (the window renders it; FX thread). */
    public interface ImageExport {
        void writeTopView(Path file) throws IOException;
    }

    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private final Sources sources;
    private final Executor background, ui;
    private final SunDirections sun;
    private ImageExport image = file -> {
        throw new IOException("no view to render");
    };

    private final ObjectProperty<CastingSet> castingSet = new SimpleObjectProperty<>(this, "castingSet", CastingSet.PROPOSALS);
    private final ObservableList<CityObject> chosen = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>(this, "date",
            StudySettings.winterSolstice(Year.now().getValue()));
    private final StringProperty from = new SimpleStringProperty(this, "from", "08:00");
    private final StringProperty to = new SimpleStringProperty(this, "to", "16:00");
    private final BooleanProperty clockTime = new SimpleBooleanProperty(this, "clockTime");
    private final DoubleProperty plane = new SimpleDoubleProperty(this, "plane", 4);
    private final StringProperty grid = new SimpleStringProperty(this, "grid", "2");
    private final StringProperty levels = new SimpleStringProperty(this, "levels", "2, 3, 4, 5");
    private final StringProperty limitNear = new SimpleStringProperty(this, "limitNear", "4");
    private final StringProperty limitFar = new SimpleStringProperty(this, "limitFar", "2.5");
    private final ReadOnlyObjectWrapper<Polygon> site = new ReadOnlyObjectWrapper<>(this, "site");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyObjectWrapper<ShadowStudy.Result> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ObservableList<String> areas = FXCollections.observableArrayList();
    private CancelToken token;
    private long generation;

    public StudyViewModel(Sources sources, Executor background, Executor ui) {
        this(sources, background, ui, new NoaaSun());
    }

    StudyViewModel(Sources sources, Executor background, Executor ui, SunDirections sun) {
        this.sources = sources;
        this.background = background;
        this.ui = ui;
        this.sun = sun;
    }

    public void setImageExport(ImageExport export) { this.image = export; }

    public ObjectProperty<CastingSet> castingSetProperty() { return castingSet; }
    /** The buildings chosen with "Add selected" when the casting set is {@link CastingSet#SELECTED}. */
    public ObservableList<CityObject> chosen() { return chosen; }
    public ObjectProperty<LocalDate> dateProperty() { return date; }
    public StringProperty fromProperty() { return from; }
    public StringProperty toProperty() { return to; }
    public BooleanProperty clockTimeProperty() { return clockTime; }
    public DoubleProperty planeProperty() { return plane; }
    public StringProperty gridProperty() { return grid; }
    public StringProperty levelsProperty() { return levels; }
    public StringProperty limitNearProperty() { return limitNear; }
    public StringProperty limitFarProperty() { return limitFar; }
    public ReadOnlyObjectProperty<Polygon> siteProperty() { return site.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }
    public ReadOnlyDoubleProperty progressProperty() { return progress.getReadOnlyProperty(); }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<ShadowStudy.Result> resultProperty() { return result.getReadOnlyProperty(); }
    /** One line per exceedance zone (then per contour), as the panel lists them. */
    public ObservableList<String> areas() { return FXCollections.unmodifiableObservableList(areas); }

    /** 8:00–16:00 true solar time: the regulation's window outside Hokkaido. */
    public void standardWindow() {
        from.set("08:00");
        to.set("16:00");
        clockTime.set(false);
    }

    /** 9:00–15:00 true solar time: Hokkaido's window. */
    public void hokkaidoWindow() {
        from.set("09:00");
        to.set("15:00");
        clockTime.set(false);
    }

    /** Adds the inspector's building to the casting set (and switches to it); false when nothing is selected. */
    public boolean addSelected() {
        CityObject o = sources.selected();
        if (o == null || o.displayMesh().isEmpty()) {
            message.set(Texts.get("studyui.error.noSelection"));
            return false;
        }
        if (chosen.stream().noneMatch(c -> c.id().equals(o.id()))) chosen.add(o);
        castingSet.set(CastingSet.SELECTED);
        message.set(Texts.get("studyui.added", o.id(), chosen.size()));
        return true;
    }

    /** The site boundary from drawn corners (x, y[, z] local metres); false with a message when it is no area. */
    public boolean setSite(List<double[]> corners) {
        if (corners.size() < 3) {
            message.set(Texts.get("studyui.error.siteCorners"));
            return false;
        }
        Coordinate[] ring = new Coordinate[corners.size() + 1];
        for (int i = 0; i < corners.size(); i++) ring[i] = new Coordinate(corners.get(i)[0], corners.get(i)[1]);
        ring[corners.size()] = ring[0].copy();
        Polygon p = GEOMETRY.createPolygon(ring);
        if (!p.isValid() || p.getArea() < 1) {
            message.set(Texts.get("studyui.error.siteInvalid"));
            return false;
        }
        return site(p);
    }

    /** The casting set's ground plan as the site: one polygon, or the hull of several. */
    public boolean useFootprint() {
        List<MeshPart> meshes = casterMeshes();
        if (meshes == null) return false;
        List<Geometry> plans = new ArrayList<>();
        for (MeshPart m : meshes) plans.add(Footprint.of(m));
        Geometry union = GEOMETRY.buildGeometry(plans).union();
        Geometry plan = union instanceof Polygon ? union : union.convexHull();
        if (!(plan instanceof Polygon p) || p.getArea() < 1) {
            message.set(Texts.get("studyui.error.siteInvalid"));
            return false;
        }
        // a footprint traced from triangles has collinear corners by the hundred: the boundary as drawn is enough
        Geometry simple = org.locationtech.jts.simplify.TopologyPreservingSimplifier.simplify(p, 0.01);
        return site(simple instanceof Polygon s ? s : p);
    }

    private boolean site(Polygon p) {
        site.set(p);
        message.set(Texts.get("studyui.siteSet", String.format(Locale.ROOT, "%.1f", p.getArea())));
        return true;
    }

    public void clearSite() {
        site.set(null);
    }

    /** Starts the study in the background; false (with the reason in the message) when the form is refused. */
    public boolean run() {
        if (running.get()) return false;
        StudySettings settings;
        try {
            settings = new StudyInputs(date.get(), from.get(), to.get(), clockTime.get(), plane.get(), grid.get(),
                    levels.get(), limitNear.get(), limitFar.get()).settings();
        } catch (IllegalArgumentException e) {
            message.set(e.getMessage());
            return false;
        }
        List<MeshPart> meshes = casterMeshes();
        if (meshes == null) return false;
        double[] extent = extent(meshes);
        double[] latLon = sources.toLatLon((extent[0] + extent[2]) / 2, (extent[1] + extent[3]) / 2);
        if (latLon == null) {
            message.set(Texts.get("studyui.error.noFrame"));
            return false;
        }
        double groundZ = extent[4]; // the casting set's base: a proposal stands on its ground
        Polygon boundary = site.get();
        int expected = outlines(settings) + ShadowHours.steps(settings.date(), settings.from(), settings.to(),
                settings.step(), settings.clockTime(), latLon[1], sun).size();
        CancelToken cancel = new CancelToken(CancelToken.Work.STUDY);
        token = cancel;
        long gen = ++generation;
        running.set(true);
        progress.set(0);
        message.set(Texts.get(boundary == null ? "studyui.runningNoSite" : "studyui.running", meshes.size()));
        ProgressSun counted = new ProgressSun(sun, expected, p -> ui.execute(() -> {
            if (gen == generation) progress.set(p);
        }), cancel::isCancelled);
        background.execute(() -> {
            try {
                ShadowStudy.Result r = ShadowStudy.run(meshes, latLon[0], latLon[1], groundZ, boundary, settings, counted, cancel);
                ui.execute(() -> finish(gen, r, null));
            } catch (CancellationException e) {
                ui.execute(() -> finish(gen, null, Texts.get("studyui.cancelled")));
            } catch (RuntimeException e) {
                ui.execute(() -> finish(gen, null, Texts.get("studyui.error.failed", String.valueOf(e.getMessage()))));
            }
        });
        return true;
    }

    /** Stops the running study (it ends at the next time step). */
    public void cancel() {
        if (token != null && running.get()) token.cancel();
    }

    /** Takes the result away (the overlay goes with it). */
    public void clear() {
        cancel();
        result.set(null);
        areas.clear();
    }

    private void finish(long gen, ShadowStudy.Result r, String problem) {
        if (gen != generation) return;
        token = null;
        if (r == null) {
            progress.set(0);
            message.set(problem);
        } else {
            progress.set(1);
            result.set(r);
            areas.setAll(areaLines(r));
            message.set(Texts.get(r.site() == null ? "studyui.doneNoSite" : r.exceeds() ? "studyui.doneExceeds" : "studyui.doneWithin"));
        }
        running.set(false); // last: whoever waits on it sees the result and its areas
    }

    /** The panel's lines: each exceedance zone's area, then each contour's. */
    static List<String> areaLines(ShadowStudy.Result r) {
        List<String> lines = new ArrayList<>();
        for (ShadowStudy.Exceedance e : r.exceedances()) lines.add(exceedanceText(e));
        for (ShadowHours.Contour c : r.contours()) {
            lines.add(Texts.get("studyui.contourArea", hours(c.hours()), area(c.area().getArea())));
        }
        return lines;
    }

    /** "Beyond 10 m, over 2.5 h: 123.4 m²" for one zone. */
    public static String exceedanceText(ShadowStudy.Exceedance e) {
        String key = "5-10m".equals(e.zone()) ? "studyui.exceedNear" : "studyui.exceedFar";
        return Texts.get(key, hours(e.limitHours()), area(e.areaM2()));
    }

    static String hours(double h) {
        return h == Math.rint(h) ? String.valueOf((long) h) : String.valueOf(h);
    }

    static String area(double m2) {
        return String.format(Locale.ROOT, "%.1f", m2);
    }

    /** Writes the whole study as GeoJSON (lon/lat); false with a message when there is none or it cannot be written. */
    public boolean exportGeoJson(Path file) {
        ShadowStudy.Result r = result.get();
        if (r == null) {
            message.set(Texts.get("studyui.error.noResult"));
            return false;
        }
        if (sources.toLatLon(0, 0) == null) {
            message.set(Texts.get("studyui.error.noFrame"));
            return false;
        }
        try {
            String text = StudyGeoJson.text(StudyGeoJson.study(r, sources::toLatLon));
            Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), ".study", ".tmp");
            try {
                Files.writeString(tmp, text);
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
            message.set(Texts.get("studyui.exported", file.getFileName()));
            return true;
        } catch (IOException | RuntimeException e) {
            message.set(Texts.get("studyui.error.write", file, String.valueOf(e.getMessage())));
            return false;
        }
    }

    /** Writes the top view of the result as a PNG (FX thread). */
    public boolean exportPng(Path file) {
        if (result.get() == null) {
            message.set(Texts.get("studyui.error.noResult"));
            return false;
        }
        try {
            image.writeTopView(file);
            message.set(Texts.get("studyui.exported", file.getFileName()));
            return true;
        } catch (IOException | RuntimeException e) {
            message.set(Texts.get("studyui.error.write", file, String.valueOf(e.getMessage())));
            return false;
        }
    }

    /** The casting set's meshes, or null with a message saying what to do when there are none. */
    private List<MeshPart> casterMeshes() {
        List<CityObject> set = castingSet.get() == CastingSet.PROPOSALS ? sources.proposals() : List.copyOf(chosen);
        List<MeshPart> meshes = set.stream().map(CityObject::displayMesh).filter(m -> !m.isEmpty()).toList();
        if (meshes.isEmpty()) {
            message.set(Texts.get(castingSet.get() == CastingSet.PROPOSALS ? "studyui.error.noProposals" : "studyui.error.noChosen"));
            return null;
        }
        return meshes;
    }

    /** minX, minY, maxX, maxY, minZ of the meshes. */
    private static double[] extent(List<MeshPart> meshes) {
        double[] e = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE, Double.MAX_VALUE};
        for (MeshPart m : meshes) {
            double[] v = m.vertices();
            for (int i = 0; i + 2 < v.length; i += 3) {
                e[0] = Math.min(e[0], v[i]);
                e[1] = Math.min(e[1], v[i + 1]);
                e[2] = Math.max(e[2], v[i]);
                e[3] = Math.max(e[3], v[i + 1]);
                e[4] = Math.min(e[4], v[i + 2]);
            }
        }
        return e;
    }

    /** Whole-hour outlines the study draws: from, from + 1 h, … up to the end. */
    private static int outlines(StudySettings s) {
        return (int) (java.time.Duration.between(s.from(), s.to()).toMinutes() / 60) + 1;
    }
}
