package org.citytwin.ui.layers;

import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.citytwin.model.CityObject;
import org.citytwin.scene.CityScene;
import org.citytwin.scene.ThematicPainter;
import org.citytwin.thematic.Classification;
import org.citytwin.thematic.ThematicClassifier;
import org.citytwin.thematic.ThematicRule;

/** The thematic map shown (or none): classifies the loaded objects and paints the scene's meshes. FX thread. */
public final class ThematicViewModel {
    private final CityScene scene;
    private final Supplier<List<CityObject>> objects;
    private final ThematicPainter painter = new ThematicPainter();
    private final ReadOnlyObjectWrapper<Classification> current = new ReadOnlyObjectWrapper<>();
    private ThematicRule rule;

    public ThematicViewModel(CityScene scene, Supplier<List<CityObject>> objects) {
        this.scene = scene;
        this.objects = objects;
    }

    /** The classification shown, or null. */
    public ReadOnlyObjectProperty<Classification> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** The rule shown, or null. */
    public ThematicRule rule() {
        return rule;
    }

    /**
     * Colours by an attribute by name (a saved view's): the preset of that attribute, else numeric classes when every
     * value of it is a number, else one colour per value.
     */
    public void colourBy(String attribute) {
        colourBy(ThematicRule.forAttribute(attribute, objects.get()));
    }

    public void colourBy(ThematicRule newRule) {
        rule = newRule;
        refresh();
    }

    public void clear() {
        rule = null;
        painter.clear();
        current.set(null);
    }

    /** Paints tile views added since the rule was applied (a load in progress) with its current classes. FX thread. */
    public void paintAdded(List<javafx.scene.shape.MeshView> views) {
        if (rule != null) painter.paintAdded(views);
    }

    /** Re-applies the rule (after a load or a LOD change replaced meshes). */
    public void refresh() {
        if (rule == null) return;
        Classification classification = ThematicClassifier.classify(objects.get(), rule);
        painter.apply(scene.layers(), classification);
        current.set(classification);
    }
}
