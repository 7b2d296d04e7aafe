package org.citytwin.ui.measure;

import java.util.Locale;
import java.util.function.BiFunction;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.citytwin.measure.MeasureTool;
import org.citytwin.measure.Measurement;

/**
 * Measure mode and its results, testable without a window: the active tool (null = not measuring), the list of
 * measurements (the one being drawn is the last, replaced on every click), and the cursor read-out (latitude,
 * longitude, height of the surface under the cursor).
 */
public final class MeasureViewModel {
    private final ObjectProperty<MeasureTool> tool = new SimpleObjectProperty<>(null);
    private final ObservableList<Measurement> measurements = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper readout = new ReadOnlyStringWrapper("");
    private BiFunction<Double, Double, double[]> toLatLon = (x, y) -> null;
    private Measurement current;
    private int next = 1;

    public MeasureViewModel() {
        tool.addListener((o, was, now) -> finish()); // switching tool or leaving the mode ends the open measurement
    }

    public ObjectProperty<MeasureTool> toolProperty() { return tool; }
    public MeasureTool tool() { return tool.get(); }
    public void setTool(MeasureTool t) { tool.set(t); }
    public boolean isActive() { return tool.get() != null; }
    public ObservableList<Measurement> measurements() { return measurements; }
    /** The measurement being drawn, or null. */
    public Measurement current() { return current; }
    public ReadOnlyStringProperty readoutProperty() { return readout.getReadOnlyProperty(); }

    /** Local x/y → {latitude, longitude} (the loader's projection); null results show x/y instead. */
    public void setToLatLon(BiFunction<Double, Double, double[]> toLatLon) {
        this.toLatLon = toLatLon == null ? (x, y) -> null : toLatLon;
    }

    /** Adds a picked point to the open distance/area measurement (starting one if needed). */
    public Measurement addPoint(double[] point) {
        MeasureTool t = tool.get();
        if (t == null || t == MeasureTool.HEIGHT) throw new IllegalStateException("not measuring a distance or area: " + t);
        if (current == null) {
            current = Measurement.start(next++, t).with(point);
            measurements.add(current);
        } else {
            Measurement grown = current.with(point);
            measurements.set(measurements.indexOf(current), grown);
            current = grown;
        }
        return current;
    }

    /** Adds a finished height-above-ground measurement. */
    public Measurement addHeight(double[] point, double groundZ, boolean groundFound) {
        Measurement m = Measurement.height(next++, point, groundZ, groundFound);
        measurements.add(m);
        return m;
    }

    /** Closes the open measurement; one without enough points is dropped. */
    public void finish() {
        if (current != null && !current.isComplete()) measurements.remove(current);
        current = null;
    }

    public void remove(Measurement m) {
        if (m == current) current = null;
        measurements.remove(m);
    }

    public void clear() {
        current = null;
        measurements.clear();
    }

    /** Cursor over a surface at local (x, y, z). */
    public void showCursor(double x, double y, double z) {
        readout.set(format(x, y, z));
    }

    public void clearCursor() {
        readout.set("");
    }

    /** "lat 35.551234, lon 139.781234, h 12.34 m", or local x/y when there is no georeference. */
    public String format(double x, double y, double z) {
        double[] ll = toLatLon.apply(x, y);
        if (ll == null) return String.format(Locale.ROOT, "x %.2f, y %.2f, h %.2f m", x, y, z);
        return String.format(Locale.ROOT, "lat %.6f, lon %.6f, h %.2f m", ll[0], ll[1], z);
    }
}
