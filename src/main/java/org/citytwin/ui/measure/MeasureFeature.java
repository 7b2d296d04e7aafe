package org.citytwin.ui.measure;

import javafx.scene.control.Menu;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.citytwin.scene.CityScene;
import org.citytwin.ui.SelectionController;

/**
 * Measuring in the main window, wired in one place: the controller on the 3D view (selection pauses while a
 * measurement runs), its readout kept above the scale bar, and the View menu's Measure submenu.
 */
public final class MeasureFeature {
    private final MeasureController measure;

    /** @param below what the readout stays above (the scale bar) */
    public MeasureFeature(StackPane view, CityScene scene, SelectionController selection, Region below) {
        measure = MeasureController.install(view, scene, selection, new MeasureViewModel());
        measure.keepReadoutAbove(below);
    }

    public MeasureController controller() { return measure; }

    /** View → Measure. */
    public Menu menu() { return MeasureMenu.create(measure.viewModel()); }
}
