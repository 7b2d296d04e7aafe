package org.citytwin.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Side;
import javafx.scene.control.Button;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.citytwin.pipeline.LoadResult;
import org.citytwin.scene.CityScene;
import org.citytwin.scene.LayerStyle;
import org.citytwin.text.Texts;
import org.citytwin.ui.layers.LayersView;
import org.citytwin.ui.layers.LayersViewModel;
import org.citytwin.ui.layers.LodViewModel;
import org.citytwin.ui.search.SearchView;
import org.citytwin.ui.search.SearchViewModel;

/**
 * The collapsible left side of the main window: a Layers tab and a Search tab. Collapsed, only its toggle strip is
 * left, so the 3D view gets the room (a narrow window collapses it by itself, see {@link NarrowWindowDocking}).
 */
public final class SidePanel extends BorderPane {
    private final LayersViewModel layers;
    private final SearchViewModel search;
    private final VBox layersTab;
    private final TabPane tabs;
    private final BooleanProperty collapsed = new SimpleBooleanProperty(this, "collapsed");

    public SidePanel(CityScene scene, LodViewModel lods, SelectionController selection) {
        layers = new LayersViewModel(new LayerStyle(scene), lods);
        search = new SearchViewModel(lods, scene.camera(), o -> selection.selectById(o.kind(), o.id()));
        setId("side-panel");
        LayersView tree = new LayersView(layers, env -> scene.camera().flyTo(env));
        VBox.setVgrow(tree, javafx.scene.layout.Priority.ALWAYS);
        layersTab = new VBox(tree);
        tabs = new TabPane(new Tab(Texts.get("main.tab.layers"), layersTab), new Tab(Texts.get("main.tab.search"), new SearchView(search)));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setSide(Side.LEFT); // six names side by side need ~490 px in English; stacked they fit the height
        tabs.setPrefWidth(280);
        tabs.setId("side-panel-tabs");
        tabs.visibleProperty().bind(collapsed.not());
        tabs.managedProperty().bind(tabs.visibleProperty());
        Button toggle = new Button("◀");
        toggle.setId("side-panel-toggle");
        toggle.setTooltip(new Tooltip(Texts.get("panels.side.hide")));
        toggle.setOnAction(e -> collapsed.set(!collapsed.get()));
        collapsed.addListener((o, was, now) -> {
            toggle.setText(now ? "▶" : "◀");
            toggle.getTooltip().setText(Texts.get(now ? "panels.side.show" : "panels.side.hide"));
        });
        setTop(toggle);
        setCenter(tabs);
    }

    /** True while only the toggle strip shows; the toggle button flips it. */
    public BooleanProperty collapsedProperty() { return collapsed; }

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
