package org.citytwin.ui;

import javafx.geometry.Side;
import javafx.scene.control.Button;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.citytwin.pipeline.LoadResult;
import org.citytwin.scene.CityScene;
import org.citytwin.scene.LayerStyle;

/** The collapsible left side of the main window: a Layers tab and a Search tab. */
public final class SidePanel extends BorderPane {
    private final LayersViewModel layers;
    private final SearchViewModel search;
    private final VBox layersTab;
    private final TabPane tabs;

    public SidePanel(CityScene scene, LodViewModel lods, SelectionController selection) {
        layers = new LayersViewModel(new LayerStyle(scene), lods);
        search = new SearchViewModel(lods, scene.camera(), o -> selection.selectById(o.kind(), o.id()));
        setId("side-panel");
        LayersView tree = new LayersView(layers, env -> scene.camera().flyTo(env));
        VBox.setVgrow(tree, javafx.scene.layout.Priority.ALWAYS);
        layersTab = new VBox(tree);
        tabs = new TabPane(new Tab("Layers", layersTab), new Tab("Search", new SearchView(search)));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setSide(Side.TOP);
        tabs.setPrefWidth(280);
        Button toggle = new Button("◀");
        toggle.setId("side-panel-toggle");
        toggle.setOnAction(e -> {
            boolean open = getCenter() == null;
            setCenter(open ? tabs : null);
            toggle.setText(open ? "◀" : "▶");
        });
        setTop(toggle);
        setCenter(tabs);
    }

    /** FX thread: a load finished. */
    public void add(LoadResult result) { layers.add(result); }
    public LayersViewModel layers() { return layers; }
    public SearchViewModel search() { return search; }
    /** Adds a tab after Layers and Search (e.g. Scenarios). */
    public Tab addTab(String title, javafx.scene.Node content) {
        Tab tab = new Tab(title, content);
        tabs.getTabs().add(tab);
        return tab;
    }

    /** Brings the tab of that title to the front. */
    public void showTab(String title) {
        tabs.getTabs().stream().filter(t -> t.getText().equals(title)).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
    }
    /** Adds rows below the datasets tree in the Layers tab (e.g. the flows' switches). */
    public void addToLayers(javafx.scene.Node node) { layersTab.getChildren().add(node); }
}
