package org.citytwin.ui.inspect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.citytwin.text.Texts;
import org.citytwin.model.Attribute;
import org.citytwin.model.CityFile;
import org.citytwin.model.CityObject;
import org.citytwin.model.GeometryMetrics;
import org.citytwin.model.MeasuredHeight;
import org.citytwin.pipeline.LoadResult;
import org.citytwin.underground.GroundModel;
import org.citytwin.underground.UtilityReadout;

/**
 * The inspector's state, testable without a window: an index gml:id → CityObject over every load (a reload
 * replaces entries), the selected object, its summary fields and its attributes as indented text.
 */
public final class InspectorViewModel {
    /** One line of the summary: a caption and its value. */
    public record Field(String name, String value) {
    }

    private HashMap<String, CityObject> byId = new HashMap<>();
    private final ReadOnlyObjectWrapper<CityObject> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ObservableList<Field> fields = FXCollections.observableArrayList();
    private java.util.function.Supplier<GroundModel> ground = () -> null;

    /** Indexes the objects of one finished load; ids seen before now mean the newly loaded object. */
    /** The ids a load brings, as {@link #index(LoadResult)} would take them: pure computation, any thread. */
    public static Map<String, CityObject> idsOf(LoadResult result) {
        Map<String, CityObject> ids = new HashMap<>();
        for (CityFile file : result.files()) {
            for (CityObject object : file.objects()) ids.put(object.id(), object);
        }
        return ids;
    }

    /**
     * As {@link #index(LoadResult)} with the ids gathered beforehand ({@link #idsOf}, off the FX thread). Into an
     * empty index the map itself is taken over, not copied: copying a ward's 200,000 ids held the FX thread 0.4 s.
     */
    public void index(Map<String, CityObject> ids) {
        if (byId.isEmpty() && ids instanceof HashMap<String, CityObject> fresh) byId = fresh;
        else byId.putAll(ids);
    }

    public void index(LoadResult result) {
        for (CityFile file : result.files()) {
            for (CityObject object : file.objects()) byId.put(object.id(), object);
        }
    }

    /** Indexes what a scenario shows (edited and placed objects replace or join the loaded ones); drops {@code gone}. */
    public void reindex(java.util.Collection<CityObject> shown, java.util.Collection<String> gone) {
        gone.forEach(byId::remove);
        shown.forEach(o -> byId.put(o.id(), o));
    }

    /** Indexes objects shown by other means (a compared scenario or model); their ids now mean these objects. */
    public void index(java.util.Collection<CityObject> objects) {
        for (CityObject object : objects) byId.put(object.id(), object);
    }

    public CityObject find(String id) { return id == null ? null : byId.get(id); }

    /** Forgets removed objects; clears the selection when it was one of them. */
    public void forget(java.util.Collection<CityObject> objects) {
        CityObject current = selected.get();
        objects.forEach(o -> byId.remove(o.id(), o));
        if (current != null && objects.contains(current)) clear();
    }
    public int size() { return byId.size(); }

    /** What the hover label shows: name, kind, height or address and file ({@link ObjectDescription}); the id when unknown. */
    public String caption(String id) {
        CityObject o = find(id);
        return o == null ? id : ObjectDescription.of(o);
    }

    /** The scene's ground that the hover read-out measures cover depth from (null: each utility's own ground). */
    public void setGround(java.util.function.Supplier<GroundModel> ground) {
        this.ground = ground;
    }

    /** The hover caption plus, for a utility, the elevation and cover depth of the pointed spot (elevation z). */
    public String caption(String id, double z) {
        String readout = UtilityReadout.format(find(id), z);
        return readout.isEmpty() ? caption(id) : caption(id) + "\n" + readout;
    }

    /** As {@link #caption(String, double)}, the cover depth measured from the scene's ground at (x, y). */
    public String caption(String id, double x, double y, double z) {
        GroundModel g = ground.get();
        String readout = UtilityReadout.format(find(id), z, g == null ? null : g.at(x, y));
        return readout.isEmpty() ? caption(id) : caption(id) + "\n" + readout;
    }

    public ReadOnlyObjectProperty<CityObject> selectedProperty() { return selected.getReadOnlyProperty(); }
    public CityObject selected() { return selected.get(); }
    public ObservableList<Field> fields() { return FXCollections.unmodifiableObservableList(fields); }

    /**
     * Selects an object by id. {@code shownTriangles} is the triangle count of the LOD drawn now (-1 unknown).
     * Returns false (and clears) when the id is not indexed.
     */
    public boolean select(String id, int shownTriangles) {
        CityObject o = find(id);
        if (o == null) {
            clear();
            return false;
        }
        List<Field> f = new ArrayList<>();
        f.add(new Field(Texts.get("tools.inspector.field.id"), o.id()));
        f.add(new Field(Texts.get("tools.inspector.field.type"), o.type()));
        f.add(new Field(Texts.get("tools.inspector.field.name"), o.name() == null ? "" : o.name()));
        f.add(new Field(Texts.get("tools.inspector.field.sourceFile"), o.sourceFile() == null ? "" : o.sourceFile()));
        f.add(new Field(Texts.get("tools.inspector.field.lods"), o.lods().stream().map(l -> "LOD" + l).collect(Collectors.joining(", "))));
        OptionalDouble h = MeasuredHeight.of(o);
        f.add(new Field(Texts.get("tools.inspector.field.measuredHeight"), h.isPresent() ? String.format(Locale.ROOT, "%.2f m", h.getAsDouble()) : "—"));
        f.add(new Field(Texts.get("tools.inspector.field.parts"), NestedParts.summary(o)));
        GeometryMetrics m = GeometryMetrics.of(o.displayMesh());
        f.add(new Field(Texts.get("tools.inspector.field.computedHeight"), String.format(Locale.ROOT, "%.2f m", m.height())));
        f.add(new Field(Texts.get("tools.inspector.field.footprint"), String.format(Locale.ROOT, "%.1f m²", m.footprint())));
        f.add(new Field(Texts.get("tools.inspector.field.volume"), m.volume().isPresent() ? String.format(Locale.ROOT, "%.0f m³", m.volume().getAsDouble())
                : Texts.get("tools.inspector.notClosed")));
        f.add(new Field(Texts.get("tools.inspector.field.triangles"), shownTriangles < 0 ? "—" : Integer.toString(shownTriangles)));
        if (o.utility() != null) f.add(new Field(Texts.get("tools.inspector.field.coverDepth"), coverDepth(o.utility())));
        fields.setAll(f);
        selected.set(o);
        return true;
    }

    /** E.g. "1.30 m (measured)", "0.85 m (estimated)", "unknown". */
    static String coverDepth(org.citytwin.model.UtilityInfo u) {
        if (Double.isNaN(u.coverDepthM()) || u.depthSource() == org.citytwin.model.DepthSource.UNKNOWN) return Texts.get("tools.inspector.depth.unknown");
        return Texts.get("tools.inspector.depth", String.format(Locale.ROOT, "%.2f", u.coverDepthM()),
                u.depthSource() == org.citytwin.model.DepthSource.MEASURED ? 0 : 1);
    }

    public void clear() {
        fields.clear();
        selected.set(null);
    }

    /** The value of a summary field, or null. */
    public String field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).map(Field::value).findFirst().orElse(null);
    }

    public String selectedId() {
        return selected.get() == null ? "" : selected.get().id();
    }

    /** The selected object's attributes, one per line, children indented by two spaces per level. */
    public String attributesText() {
        CityObject o = selected.get();
        if (o == null) return "";
        StringBuilder out = new StringBuilder();
        append(out, o.attributes(), 0);
        return out.toString();
    }

    /** One attribute's display value: the code or text, with the code's label and unit when there are any. */
    public static String display(Attribute a) {
        StringBuilder s = new StringBuilder(a.value() == null ? "" : a.value());
        if (a.unit() != null && !a.unit().isBlank()) s.append(' ').append(a.unit());
        if (a.label() != null && !a.label().isBlank()) s.append(" (").append(a.label()).append(')');
        return s.toString();
    }

    private static void append(StringBuilder out, List<Attribute> attributes, int depth) {
        for (Attribute a : attributes) {
            out.append("  ".repeat(depth)).append(a.name());
            String value = display(a);
            if (!value.isEmpty()) out.append(": ").append(value);
            out.append('\n');
            append(out, a.children(), depth + 1);
        }
    }
}
