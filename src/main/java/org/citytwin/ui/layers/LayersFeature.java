package org.citytwin.ui.layers;

import org.citytwin.text.Texts;

import java.util.List;
import java.util.concurrent.Executor;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.StackPane;
import org.citytwin.scene.CityScene;
import org.citytwin.ui.BottomLeftDock;

/**
 * What is shown of the loaded layers, wired in one place: the LOD choice per kind (re-meshing replaces the kind's
 * meshes and repaints them), the thematic colouring with its legend, the utility legend, and the View menu's
 * textures, cast shadows, LOD and thematic items. The window only places what this returns.
 */
public final class LayersFeature {
    private final CityScene scene;
    private final LodViewModel lods;
    private final ThematicViewModel thematic;
    private final LegendView legend = new LegendView();
    private final LegendView utilityLegend = new LegendView();

    /**
     * Puts the legends at the view's bottom left.
     * @param executor re-meshes on an LOD change; @param remeshed after a kind's meshes were replaced and repainted
     */
    public LayersFeature(StackPane view, CityScene scene, Executor executor, Runnable remeshed) {
        this.scene = scene;
        this.lods = new LodViewModel(executor, (kind, meshes) -> {
            scene.replaceKind(kind, meshes);
            thematic().refresh(); // new meshes of that kind: paint them too
            remeshed.run();
        });
        this.thematic = new ThematicViewModel(scene, lods::allObjects);
        thematic.currentProperty().addListener((o, a, b) -> legend.show(b));
        legends(view);
    }

    public LodViewModel lods() { return lods; }
    public ThematicViewModel thematic() { return thematic; }
    /** The thematic legend (the compare panel shows its colouring there too). */
    public LegendView legend() { return legend; }
    /** The utilities' legend, painted by the underground view. */
    public LegendView utilityLegend() { return utilityLegend; }

    /** View menu: textures, cast shadows, LOD, thematic colouring. Reads and applies the textures preference. */
    public MenuItem[] viewMenuItems() {
        return new MenuItem[] {texturesItem(), CastShadowsMenu.create(scene, lods), LodMenu.create(lods), ThematicMenu.create(thematic)};
    }

    /** Thematic and utility legends stacked at the bottom left, under the tool panels there; a hidden one takes no room. */
    private void legends(StackPane view) {
        for (LegendView l : List.of(utilityLegend, legend)) {
            l.managedProperty().bind(l.visibleProperty());
            StackPane.setMargin(l, null);
        }
        utilityLegend.setId("utility-legend");
        BottomLeftDock.of(view).getChildren().addAll(utilityLegend, legend);
    }

    /** Switches atlases on/off at once; remembered, and read by the next load (textures off decodes no image). */
    private CheckMenuItem texturesItem() {
        CheckMenuItem textures = new CheckMenuItem(Texts.get("main.menu.textures"));
        textures.setId("show-textures");
        textures.setSelected(TexturePreference.isOn());
        scene.setTexturesVisible(textures.isSelected());
        lods.setTextures(textures.isSelected());
        textures.selectedProperty().addListener((o, was, on) -> {
            TexturePreference.set(on);
            scene.setTexturesVisible(on);
            lods.setTextures(on); // on: atlases that a load with textures off skipped are built now
        });
        return textures;
    }
}
