package org.citytwin.ui.navigation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ComboBox;
import org.citytwin.model.Envelope;
import org.citytwin.places.EnvelopeClusters;
import org.citytwin.places.PlaceClusters;
import org.citytwin.text.Texts;
import org.citytwin.ui.layers.LayersViewModel;

/**
 * The toolbar's Places box: the loaded datasets grouped into places (files chained by gaps under 10 km), each named
 * by its municipality; choosing one flies the camera to that place. Refreshed whenever a dataset is added or removed.
 */
public final class PlacesBox extends ComboBox<PlacesBox.Entry> {

    /** One place: its name and local-frame bounds. */
    public record Entry(String name, Envelope bounds) {
        @Override
        public String toString() { return name; }
    }

    private final LayersViewModel layers;

    /** @param flyTo moves the camera to frame a local-frame envelope */
    public PlacesBox(LayersViewModel layers, Consumer<Envelope> flyTo) {
        this.layers = layers;
        setId("places");
        setPromptText(Texts.get("places.combo.prompt"));
        layers.datasets().addListener((ListChangeListener<LayersViewModel.Dataset>) c -> refresh());
        setOnAction(e -> {
            Entry chosen = getValue();
            if (chosen != null) flyTo.accept(chosen.bounds().copy());
        });
        refresh();
    }

    private void refresh() {
        getSelectionModel().clearSelection();
        getItems().setAll(places(layers.datasets()));
    }

    /** The datasets' places, largest (most files) first. */
    static List<Entry> places(List<LayersViewModel.Dataset> datasets) {
        List<LayersViewModel.Dataset> placed = new ArrayList<>();
        List<Envelope> boxes = new ArrayList<>();
        for (LayersViewModel.Dataset d : datasets) {
            Envelope b = d.bounds();
            if (b.isEmpty()) continue;
            placed.add(d);
            boxes.add(b);
        }
        List<Envelope> clusters = EnvelopeClusters.of(boxes, PlaceClusters.DEFAULT_GAP_METRES);
        List<Entry> entries = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (Envelope c : clusters) {
            Map<String, Integer> votes = new LinkedHashMap<>();
            int files = 0;
            for (int i = 0; i < placed.size(); i++) {
                if (EnvelopeClusters.gap(c, boxes.get(i)) == 0 && contains(c, boxes.get(i))) {
                    votes.merge(PlaceClusters.label(Path.of(placed.get(i).path())), 1, Integer::sum);
                    files++;
                }
            }
            String name = votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("?");
            int n = seen.merge(name, 1, Integer::sum);
            entries.add(new Entry(n == 1 ? name : name + " (" + n + ")", c));
            sizes.add(files);
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) order.add(i);
        order.sort((a, b) -> Integer.compare(sizes.get(b), sizes.get(a)));
        return order.stream().map(entries::get).toList();
    }

    private static boolean contains(Envelope outer, Envelope inner) {
        return inner.minX() >= outer.minX() && inner.maxX() <= outer.maxX() && inner.minY() >= outer.minY() && inner.maxY() <= outer.maxY();
    }
}
