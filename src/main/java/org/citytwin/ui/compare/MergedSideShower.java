package org.citytwin.ui.compare;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import org.citytwin.model.CityObject;
import org.citytwin.model.FeatureKind;
import org.citytwin.pipeline.texture.TextureImages;
import org.citytwin.pipeline.tile.LodSelection;
import org.citytwin.pipeline.tile.TileMesh;
import org.citytwin.pipeline.tile.TileMesher;
import org.citytwin.scene.CityScene;

/**
 * Shows a side by merging its objects off the FX thread and swapping them in kind by kind ({@link CityScene#replaceKind});
 * only kinds this side or the one shown before has are touched, so e.g. utility layers of another load stay. A newer
 * call wins over one still merging.
 */
public final class MergedSideShower implements SideShower {
    private final CityScene scene;
    private final Executor executor;
    private final Set<FeatureKind> shownKinds = EnumSet.noneOf(FeatureKind.class);
    private long generation;

    public MergedSideShower(CityScene scene, Executor executor) {
        this.scene = scene;
        this.executor = executor;
    }

    @Override
    public void show(List<CityObject> objects, Runnable then) {
        long gen = ++generation;
        List<CityObject> copy = List.copyOf(objects);
        executor.execute(() -> {
            Map<FeatureKind, List<TileMesh>> byKind = new EnumMap<>(FeatureKind.class);
            for (CityObject o : copy) byKind.computeIfAbsent(o.kind(), k -> new ArrayList<>());
            for (TileMesh m : TileMesher.merge(copy, LodSelection.HIGHEST, new TextureImages())) {
                byKind.computeIfAbsent(m.kind(), k -> new ArrayList<>()).add(m);
            }
            Platform.runLater(() -> {
                if (gen != generation) return;
                Set<FeatureKind> kinds = EnumSet.copyOf(shownKinds);
                kinds.addAll(byKind.keySet());
                for (FeatureKind k : kinds) scene.replaceKind(k, byKind.getOrDefault(k, List.of()));
                shownKinds.clear();
                shownKinds.addAll(byKind.keySet());
                then.run();
            });
        });
    }
}
