package org.citytwin.ui.search;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.citytwin.model.CityObject;
import org.citytwin.model.Envelope;
import org.citytwin.model.FeatureKind;
import org.citytwin.scene.CameraRig;
import org.citytwin.ui.layers.LodViewModel;
import org.citytwin.text.Texts;

/**
 * The search panel's state (FX thread): results of {@link ObjectSearch} over the loaded objects; activating a
 * result flies the camera to it (at least 40 m framed) and selects it; hide / isolate / show all re-merge only
 * the kinds whose shown objects change.
 */
public final class SearchViewModel {
    static final double MIN_FRAME = 40;
    private final LodViewModel lods;
    private final CameraRig camera;
    private final Consumer<CityObject> select;
    private final ShownObjects shown = new ShownObjects();
    private final ObservableList<CityObject> results = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    /** @param select selects an object in the inspector (and highlights it) */
    public SearchViewModel(LodViewModel lods, CameraRig camera, Consumer<CityObject> select) {
        this.lods = lods;
        this.camera = camera;
        this.select = select;
    }

    public ObservableList<CityObject> results() { return results; }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }

    public void search(String text) {
        List<CityObject> found = ObjectSearch.find(lods.allObjects(), text);
        results.setAll(found);
        boolean expr = ObjectSearch.expression(text == null ? "" : text.strip()) != null;
        message.set(Texts.get("search.result", found.size(), expr ? 1 : 0));
    }

    /** Flies to the object and selects it. */
    public void activate(CityObject o) {
        Envelope env = frame(o);
        if (!env.isEmpty()) camera.oblique(env);
        select.accept(o);
    }

    /** Local-frame bounds of the object's shown mesh, widened to at least 40 m across. */
    public static Envelope frame(CityObject o) {
        Envelope env = new Envelope();
        double[] v = o.displayMesh().vertices();
        env.includeAll(v, v.length);
        if (env.isEmpty()) return env;
        double hx = Math.max(env.width(), MIN_FRAME) / 2, hy = Math.max(env.depth(), MIN_FRAME) / 2;
        return Envelope.of(env.centerX() - hx, env.centerY() - hy, env.minZ(), env.centerX() + hx, env.centerY() + hy, env.maxZ());
    }

    public void hideResults() { change(() -> shown.hide(List.copyOf(results))); }
    public void isolateResults() { change(() -> shown.isolate(List.copyOf(results))); }
    public void showAll() { change(shown::showAll); }

    private void change(Runnable edit) {
        Predicate<CityObject> before = shown.snapshot();
        edit.run();
        Predicate<CityObject> after = shown.snapshot();
        Set<FeatureKind> kinds = EnumSet.noneOf(FeatureKind.class);
        for (CityObject o : lods.allObjects()) if (before.test(o) != after.test(o)) kinds.add(o.kind());
        lods.setShown(after, kinds);
    }
}
