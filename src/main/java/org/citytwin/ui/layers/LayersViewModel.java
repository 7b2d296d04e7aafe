package org.citytwin.ui.layers;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.paint.Color;
import org.citytwin.model.CityFile;
import org.citytwin.model.CityObject;
import org.citytwin.model.FeatureKind;
import org.citytwin.pipeline.LoadResult;
import org.citytwin.scene.LayerStyle;

/**
 * The layers panel's state (FX thread, no window needed): one dataset per loaded file with its object counts per
 * kind, and one style per file and kind (visible, opacity in percent, colour) applied to that file's meshes at
 * once. The style of a kind as a whole (viewpoints set it) passes its changes on to every file's style of the kind.
 * Removing a dataset forgets its objects and re-merges the affected kinds' meshes.
 */
public final class LayersViewModel {
    /** One loaded file. */
    public record Dataset(String path, Map<FeatureKind, Integer> counts, List<CityObject> objects,
                          org.citytwin.model.Envelope extent) {
        /** Computes the extent once (every vertex): the places box asks for every dataset whenever one is added. */
        public Dataset(String path, Map<FeatureKind, Integer> counts, List<CityObject> objects) {
            this(path, counts, objects, extentOf(objects));
        }

        /** Local-frame bounds of the objects' shown meshes (empty when none has geometry): where to fly for it. */
        public org.citytwin.model.Envelope bounds() {
            return extent.copy();
        }

        private static org.citytwin.model.Envelope extentOf(List<CityObject> objects) {
            org.citytwin.model.Envelope e = new org.citytwin.model.Envelope();
            for (CityObject o : objects) {
                double[] v = o.displayMesh().vertices();
                if (v.length >= 3) e.includeAll(v, v.length);
            }
            return e;
        }
    }

    /** The look of one file's kind, or of a kind in every file. */
    public static final class KindStyle {
        private final BooleanProperty visible = new SimpleBooleanProperty(true);
        private final DoubleProperty opacity = new SimpleDoubleProperty(100);
        private final ObjectProperty<Color> color = new SimpleObjectProperty<>();

        public BooleanProperty visibleProperty() { return visible; }
        /** 0..100 percent. */
        public DoubleProperty opacityProperty() { return opacity; }
        public ObjectProperty<Color> colorProperty() { return color; }
    }

    private final ObservableList<Dataset> datasets = FXCollections.observableArrayList();
    private final Map<FeatureKind, KindStyle> styles = new EnumMap<>(FeatureKind.class);
    private final Map<Dataset, Map<FeatureKind, KindStyle>> fileStyles = new java.util.IdentityHashMap<>();
    private final LayerStyle scene;
    private final LodViewModel lods;
    private final List<java.util.function.Consumer<Dataset>> removedListeners = new java.util.ArrayList<>();

    public LayersViewModel(LayerStyle scene, LodViewModel lods) {
        this.scene = scene;
        this.lods = lods;
    }

    public ObservableList<Dataset> datasets() { return datasets; }

    /** Adds the files of a finished load. */
    public void add(LoadResult result) {
        add(datasetsOf(result));
    }

    /** The datasets a finished load brings (counts, extents): pure computation, any thread (then {@link #add(List)}). */
    public static List<Dataset> datasetsOf(LoadResult result) {
        List<Dataset> out = new java.util.ArrayList<>();
        for (CityFile file : result.files()) {
            Map<FeatureKind, Integer> counts = new LinkedHashMap<>();
            file.objects().forEach(o -> counts.merge(o.kind(), 1, Integer::sum));
            out.add(new Dataset(file.path(), counts, List.copyOf(file.objects())));
        }
        return out;
    }

    /** Adds datasets made by {@link #datasetsOf}, in one change of {@link #datasets()}. FX thread. */
    public void add(List<Dataset> prepared) {
        for (Dataset d : prepared) d.counts().keySet().forEach(k -> style(d, k));
        datasets.addAll(prepared);
    }

    /** The kind's style in every file, created (from the scene's current look) on first use; changes reach every file. */
    public KindStyle style(FeatureKind kind) {
        return styles.computeIfAbsent(kind, k -> {
            KindStyle s = new KindStyle();
            s.visible.set(scene.isVisible(k));
            s.opacity.set(Math.round(scene.opacity(k) * 100));
            s.color.set(scene.color(k));
            s.visible.addListener((o, a, b) -> fileStyles(k).forEach(f -> f.visible.set(b)));
            s.opacity.addListener((o, a, b) -> {
                scene.setOpacity(k, b.doubleValue() / 100); // files loaded later start from it
                fileStyles(k).forEach(f -> f.opacity.set(b.doubleValue()));
            });
            s.color.addListener((o, a, b) -> {
                if (b == null) return;
                scene.setColor(k, b);
                fileStyles(k).forEach(f -> f.color.set(b));
            });
            return s;
        });
    }

    /** One file's style of a kind, created (from the scene's current look of that file) on first use. */
    public KindStyle style(Dataset dataset, FeatureKind kind) {
        return fileStyles.computeIfAbsent(dataset, d -> new EnumMap<>(FeatureKind.class)).computeIfAbsent(kind, k -> {
            String file = dataset.path();
            KindStyle s = new KindStyle();
            s.visible.set(scene.isVisible(k, file));
            s.opacity.set(Math.round(scene.opacity(k, file) * 100));
            s.color.set(scene.color(k, file));
            s.visible.addListener((o, a, b) -> {
                if (b && !scene.isVisible(k)) scene.setVisible(k, true); // a kind hidden as a whole elsewhere
                scene.setVisible(k, file, b);
            });
            s.opacity.addListener((o, a, b) -> scene.setOpacity(k, file, b.doubleValue() / 100));
            s.color.addListener((o, a, b) -> {
                if (b != null) scene.setColor(k, file, b);
            });
            return s;
        });
    }

    private List<KindStyle> fileStyles(FeatureKind kind) {
        return fileStyles.values().stream().map(m -> m.get(kind)).filter(java.util.Objects::nonNull).toList();
    }

    /** Removes a dataset and its objects from the scene (its kinds are re-merged in the background). */
    public void remove(Dataset dataset) {
        if (!datasets.remove(dataset)) return;
        fileStyles.remove(dataset);
        lods.remove(dataset.objects());
        removedListeners.forEach(l -> l.accept(dataset));
    }

    /** Told after a dataset was removed, so other panels (issues, inspector) forget it too. */
    public void onRemoved(java.util.function.Consumer<Dataset> listener) {
        removedListeners.add(listener);
    }
}
