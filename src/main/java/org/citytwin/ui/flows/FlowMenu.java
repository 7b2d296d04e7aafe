package org.citytwin.ui.flows;

import org.citytwin.text.Texts;

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
        Menu menu = new Menu(Texts.get("flowsui.menu"));
        menu.setId("menu-flows");
        MenuItem play = new MenuItem(Texts.get("flowsui.menu.play"));
        play.setAccelerator(KeyCombination.keyCombination("Shortcut+P"));
        play.setOnAction(e -> flows.timeline().togglePlay());
        CheckMenuItem live = new CheckMenuItem(Texts.get("flowsui.menu.live"));
        live.selectedProperty().bindBidirectional(flows.timeline().liveProperty());
        Menu colour = new Menu(Texts.get("flowsui.menu.colour"));
        ToggleGroup group = new ToggleGroup();
        for (AgentColouring c : AgentColouring.values()) {
            RadioMenuItem item = new RadioMenuItem(c.toString());
            item.setToggleGroup(group);
            item.setSelected(c == flows.renderer().colouring());
            item.setOnAction(e -> flows.setColouring(c));
            colour.getItems().add(item);
        }
        CheckMenuItem draw = new CheckMenuItem(Texts.get("flowsui.menu.gate"));
        draw.setId("draw-gate");
        draw.setAccelerator(KeyCombination.keyCombination("Shortcut+G"));
        draw.selectedProperty().bindBidirectional(gates.activeProperty());
        MenuItem clear = new MenuItem(Texts.get("flowsui.menu.removeGates"));
        clear.setOnAction(e -> flows.clearGates());
        menu.getItems().addAll(play, live, colour, new SeparatorMenuItem(), draw, clear);
        return menu;
    }
}
