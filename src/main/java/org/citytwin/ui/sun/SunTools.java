package org.citytwin.ui.sun;

import java.util.function.BiFunction;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.layout.StackPane;
import org.citytwin.model.Envelope;
import org.citytwin.scene.CityScene;
import org.citytwin.shadow.NoaaSun;
import org.citytwin.text.Texts;

/**
 * View → Sun in the main window: the panel over the 3D view, the sun seen from the centre of the place being looked
 * at, and the scene's sun property set from the panel (the lights and the cast shadows listen to it).
 */
public final class SunTools {
    private final SunViewModel vm = new SunViewModel(new NoaaSun());
    private final CityScene scene;
    private final SunPanel panel;
    private final CheckMenuItem menuItem = new CheckMenuItem(Texts.get("sun.menu"));
    private BiFunction<Double, Double, double[]> toLatLon = (x, y) -> null;

    public SunTools(StackPane view, CityScene scene) {
        this.scene = scene;
        panel = new SunPanel(vm, () -> menuItem.setSelected(false));
        panel.setVisible(false);
        panel.managedProperty().bind(panel.visibleProperty());
        StackPane.setAlignment(panel, Pos.BOTTOM_RIGHT);
        StackPane.setMargin(panel, new Insets(10, 10, 40, 10)); // clear of the scale bar
        view.getChildren().add(panel);
        menuItem.setId("sun-menu");
        menuItem.selectedProperty().addListener((o, was, on) -> {
            if (on) {
                refreshPlace();
                vm.lightOnProperty().set(true); // opening the panel means looking at the sun
            }
            panel.setVisible(on);
        });
        vm.sceneSunProperty().addListener((o, a, b) -> scene.sunProperty().set(b));
    }

    /** View → Sun: shows and hides the panel. */
    public CheckMenuItem menuItem() { return menuItem; }
    public SunViewModel viewModel() { return vm; }
    public SunPanel panel() { return panel; }

    /** Local (x, y) → {lat, lon} of the loaded data's frame (the loader's), null while there is none. */
    public void setToLatLon(BiFunction<Double, Double, double[]> toLatLon) {
        this.toLatLon = toLatLon == null ? (x, y) -> null : toLatLon;
        refreshPlace();
    }

    /** Sees the sun from the centre of the place being looked at (after a load, or when the panel opens). FX thread. */
    public void refreshPlace() {
        if (scene.isEmpty()) return;
        Envelope place = scene.currentPlace();
        double[] latLon = toLatLon.apply(place.centerX(), place.centerY());
        if (latLon != null) vm.setPlace(latLon[0], latLon[1]);
    }
}
