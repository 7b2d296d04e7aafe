package org.citytwin.scene;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.shape.MeshView;

/**
 * What painters wrote into a tile view must survive the view's mesh being dropped and rebuilt (memory budget) or
 * a proxy being made for it (LOD): a painter registers, on each tile view it paints, how to paint it again, and the
 * residency calls that after every rebuild, with the full view or its new proxy. FX thread.
 */
public final class TileRepaints {
    private static final String KEY = "citytwin.repaints";

    private TileRepaints() {
    }

    /** Registers (or replaces) one painter's repaint of a tile view; {@code painter} names the painter. */
    public static void register(MeshView view, String painter, Consumer<MeshView> repaint) {
        repaints(view, true).put(painter, repaint);
    }

    public static void unregister(MeshView view, String painter) {
        Map<String, Consumer<MeshView>> all = repaints(view, false);
        if (all != null) all.remove(painter);
    }

    /** Runs every painter's repaint registered on {@code tile} against {@code target} (the tile view or its proxy). */
    static void repaint(MeshView tile, MeshView target) {
        Map<String, Consumer<MeshView>> all = repaints(tile, false);
        if (all != null) for (Consumer<MeshView> r : java.util.List.copyOf(all.values())) r.accept(target);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Consumer<MeshView>> repaints(MeshView view, boolean create) {
        Object o = view.getProperties().get(KEY);
        if (o instanceof Map<?, ?> m) return (Map<String, Consumer<MeshView>>) m;
        if (!create) return null;
        Map<String, Consumer<MeshView>> m = new LinkedHashMap<>();
        view.getProperties().put(KEY, m);
        return m;
    }
}
