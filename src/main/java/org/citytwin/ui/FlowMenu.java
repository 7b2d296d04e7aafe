package org.citytwin.ui;

import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import org.citytwin.scene.flows.AgentColouring;

/** The Flows menu: play/pause, live, colour by, counting gates. Feed items are added by whoever owns feeds. */
public final class FlowMenu {
    private FlowMenu() {
    }

    public static Menu create(FlowsController flows, GateTool gates) {
        Menu menu = new Menu("Flows");
        menu.setId("menu-flows");
        MenuItem play = new MenuItem("Play / pause");
        play.setAccelerator(KeyCombination.keyCombination("Shortcut+P"));
        play.setOnAction(e -> flows.timeline().togglePlay());
        CheckMenuItem live = new CheckMenuItem("Live (follow now)");
        live.selectedProperty().bindBidirectional(flows.timeline().liveProperty());
        Menu colour = new Menu("Colour agents by");
        ToggleGroup group = new ToggleGroup();
        for (AgentColouring c : AgentColouring.values()) {
            RadioMenuItem item = new RadioMenuItem(c.toString());
            item.setToggleGroup(group);
            item.setSelected(c == flows.renderer().colouring());
            item.setOnAction(e -> flows.setColouring(c));
            colour.getItems().add(item);
        }
        CheckMenuItem draw = new CheckMenuItem("Draw counting gate (two clicks)");
        draw.setId("draw-gate");
        draw.setAccelerator(KeyCombination.keyCombination("Shortcut+G"));
        draw.selectedProperty().bindBidirectional(gates.activeProperty());
        MenuItem clear = new MenuItem("Remove counting gates");
        clear.setOnAction(e -> flows.clearGates());
        menu.getItems().addAll(play, live, colour, new SeparatorMenuItem(), draw, clear);
        return menu;
    }
}
