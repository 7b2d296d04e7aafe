package org.citytwin.measure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.citytwin.text.Texts;

/**
 * One measurement: its tool and picked points (local frame, x east, y north, z up), and for the height tool the
 * ground height under the point. Immutable; adding a point gives a new measurement.
 *
 * @param number  shown as "#n" in the list
 * @param groundZ ground or terrain height under the point (height tool), NaN otherwise
 * @param groundFound false when no surface lay below and the object's lowest base was used instead
 */
public record Measurement(int number, MeasureTool tool, List<double[]> points, double groundZ, boolean groundFound) {

    public Measurement {
        points = List.copyOf(points);
    }

    public static Measurement start(int number, MeasureTool tool) {
        return new Measurement(number, tool, List.of(), Double.NaN, false);
    }

    public static Measurement height(int number, double[] point, double groundZ, boolean groundFound) {
        return new Measurement(number, MeasureTool.HEIGHT, List.of(point), groundZ, groundFound);
    }

    public Measurement with(double[] point) {
        List<double[]> more = new ArrayList<>(points);
        more.add(point.clone());
        return new Measurement(number, tool, more, groundZ, groundFound);
    }

    public boolean isComplete() {
        return points.size() >= tool.minimumPoints();
    }

    public double length3d() { return MeasureMath.length3d(points); }
    public double horizontalLength() { return MeasureMath.horizontalLength(points); }
    public double verticalDifference() { return MeasureMath.verticalDifference(points); }
    public double area() { return MeasureMath.area(points); }
    public double perimeter() { return MeasureMath.perimeter(points); }

    /** Picked height minus ground height (height tool). */
    public double heightAboveGround() {
        return points.isEmpty() ? Double.NaN : points.get(0)[2] - groundZ;
    }

    /** The values of this measurement, labelled, in display order (metres, square metres). */
    public Map<String, Double> values() {
        Map<String, Double> v = new LinkedHashMap<>();
        switch (tool) {
            case DISTANCE -> {
                v.put("length", length3d());
                v.put("horizontal", horizontalLength());
                v.put("vertical", verticalDifference());
            }
            case AREA -> {
                v.put("area", area());
                v.put("perimeter", perimeter());
            }
            case HEIGHT -> {
                v.put("height", heightAboveGround());
                v.put("point z", points.isEmpty() ? Double.NaN : points.get(0)[2]);
                v.put("ground z", groundZ);
            }
        }
        return v;
    }

    private static final String VALUE_KEY = "names.measure.value.";

    /** One line, e.g. "#1 Distance: length 12.34 m, horizontal 12.00 m, vertical 2.87 m". */
    public String summary() {
        StringBuilder s = new StringBuilder(Texts.get("names.measure.summary.head", number, tool.displayName()));
        String sep = " ";
        for (Map.Entry<String, Double> e : values().entrySet()) {
            String unit = e.getKey().equals("area") ? " m²" : " m";
            s.append(sep).append(Texts.get(VALUE_KEY + e.getKey().replace(' ', '-'))).append(' ')
                    .append(String.format(Locale.ROOT, "%.2f", Math.abs(e.getValue()) < 0.005 ? 0.0 : e.getValue())).append(unit);
            sep = Texts.get("names.measure.summary.separator");
        }
        if (tool == MeasureTool.HEIGHT && !groundFound) s.append(Texts.get("names.measure.summary.no-ground"));
        if (!isComplete()) s.append(Texts.get("names.measure.summary.points", points.size()));
        return s.toString();
    }

    /** The summary and the points, for the clipboard. */
    public String copyText() {
        StringBuilder s = new StringBuilder(summary());
        for (double[] p : points) s.append(String.format(Locale.ROOT, "%n%.3f\t%.3f\t%.3f", p[0], p[1], p[2]));
        return s.toString();
    }
}
