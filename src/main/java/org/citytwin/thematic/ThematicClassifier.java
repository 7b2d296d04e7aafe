package org.citytwin.thematic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import org.citytwin.model.CityObject;
import org.citytwin.query.AttributeLookup;
import org.citytwin.text.Texts;

/** Classifies objects by a {@link ThematicRule}: numeric ramps (equal interval or quantile) or a categorical palette. */
public final class ThematicClassifier {

    private ThematicClassifier() {
    }

    public static Classification classify(List<CityObject> objects, ThematicRule rule) {
        return rule.numeric() ? numeric(objects, rule) : categorical(objects, rule);
    }

    private static Classification numeric(List<CityObject> objects, ThematicRule rule) {
        Map<String, Double> values = new LinkedHashMap<>();
        for (CityObject o : objects) {
            OptionalDouble v = AttributeLookup.number(o, rule.attribute());
            if (v.isPresent()) values.put(o.id(), v.getAsDouble());
        }
        if (values.isEmpty()) return new Classification(rule.title(), Map.of(), List.of(noData(objects.size())));
        double[] sorted = values.values().stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double[] upper = rule.breaks() == ClassBreaks.QUANTILE ? quantileBreaks(sorted, rule.classes())
                : equalBreaks(sorted[0], sorted[sorted.length - 1], rule.classes());
        int n = upper.length;
        int[] counts = new int[n];
        Map<String, Integer> classes = new HashMap<>();
        values.forEach((id, v) -> {
            int c = classOf(v, upper);
            classes.put(id, c);
            counts[c]++;
        });
        List<LegendEntry> legend = new ArrayList<>();
        double lower = sorted[0];
        for (int i = 0; i < n; i++) {
            legend.add(new LegendEntry(Palettes.ramp(i, n), format(lower) + " – " + format(upper[i]), counts[i]));
            lower = upper[i];
        }
        legend.add(noData(objects.size() - values.size()));
        return new Classification(rule.title(), classes, legend);
    }

    private static Classification categorical(List<CityObject> objects, ThematicRule rule) {
        Map<String, Integer> categoryIndex = new LinkedHashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Integer> classes = new HashMap<>();
        for (CityObject o : objects) {
            List<AttributeLookup.Value> vs = AttributeLookup.values(o, rule.attribute());
            if (vs.isEmpty()) continue;
            AttributeLookup.Value v = vs.get(0);
            String key = v.label() != null ? v.label() + " (" + v.value() + ")" : v.value();
            int index = categoryIndex.computeIfAbsent(key, k -> categoryIndex.size());
            classes.put(o.id(), index);
            counts.merge(key, 1, Integer::sum);
        }
        List<LegendEntry> legend = new ArrayList<>();
        categoryIndex.forEach((key, index) -> legend.add(new LegendEntry(Palettes.category(index), key, counts.get(key))));
        legend.add(noData(objects.size() - classes.size()));
        return new Classification(rule.title(), classes, legend);
    }

    /** The legend label of objects without the attribute, in the current language. */
    public static String noValue() {
        return Texts.get("thematic.no-value");
    }

    private static LegendEntry noData(int count) {
        return new LegendEntry(Palettes.NO_DATA, noValue(), count);
    }

    /** Upper bounds of classes of equal width; the last is the maximum. */
    static double[] equalBreaks(double min, double max, int classes) {
        if (max <= min) return new double[] {max};
        double[] upper = new double[classes];
        for (int i = 0; i < classes; i++) upper[i] = min + (max - min) * (i + 1) / classes;
        upper[classes - 1] = max;
        return upper;
    }

    /** Upper bounds so each class holds about the same number of values (duplicates merged). */
    static double[] quantileBreaks(double[] sorted, int classes) {
        double[] upper = new double[classes];
        int k = 0;
        for (int i = 1; i <= classes; i++) {
            double b = sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * (double) i / classes) - 1)];
            if (k == 0 || b > upper[k - 1]) upper[k++] = b;
        }
        return Arrays.copyOf(upper, k);
    }

    private static int classOf(double v, double[] upper) {
        for (int i = 0; i < upper.length; i++) if (v <= upper[i]) return i;
        return upper.length - 1;
    }

    private static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e9 ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }
}
