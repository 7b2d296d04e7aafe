package org.citytwin.ui.underground;

import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Slider;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import org.citytwin.text.Texts;
import org.citytwin.thematic.UtilityClassifier;

/** View-menu items of the underground view: the preset, the x-ray slider, utility colours, depth ruler, ground elevation. */
public final class UndergroundMenu {

    private UndergroundMenu() {
    }

    public static MenuItem[] create(UndergroundController c) {
        CheckMenuItem preset = new CheckMenuItem(Texts.get("tools.underground.preset"));
        preset.setId("underground-preset");
        preset.selectedProperty().bindBidirectional(c.undergroundProperty());

        Slider slider = new Slider(0, 100, 100);
        slider.setId("xray-slider");
        slider.setPrefWidth(160);
        slider.valueProperty().addListener((o, a, b) -> c.xrayProperty().set(b.doubleValue() / 100));
        c.xrayProperty().addListener((o, a, b) -> slider.setValue(b.doubleValue() * 100));
        Label value = new Label();
        value.setId("xray-value");
        value.textProperty().bind(slider.valueProperty().asString("%.0f %%"));
        Label name = new Label(Texts.get("underground.xray"));
        name.setId("xray-label");
        for (Label l : new Label[] {name, value}) { // the menu's own label styling drew these in the background colour
            l.setStyle("-fx-text-fill: -fx-text-base-color;");
            l.setMinWidth(Label.USE_PREF_SIZE);
        }
        HBox row = new HBox(8, name, slider, value);
        row.setPadding(new javafx.geometry.Insets(0, 0, 0, 18)); // in line with the items' text after the tick column
        row.setAlignment(Pos.CENTER_LEFT);
        CustomMenuItem xray = new CustomMenuItem(row, false); // stays open while dragging

        ToggleGroup group = new ToggleGroup();
        RadioMenuItem byType = new RadioMenuItem(Texts.get("tools.underground.byType"));
        byType.setId("utility-colours-type");
        RadioMenuItem byDepth = new RadioMenuItem(Texts.get("tools.underground.byDepth"));
        byDepth.setId("utility-colours-depth");
        byType.setToggleGroup(group);
        byDepth.setToggleGroup(group);
        byType.setSelected(true);
        byType.setOnAction(e -> c.coloursProperty().set(UtilityClassifier.Mode.TYPE));
        byDepth.setOnAction(e -> c.coloursProperty().set(UtilityClassifier.Mode.DEPTH_BAND));
        Menu colours = new Menu(Texts.get("tools.underground.colours"), null, byType, byDepth);

        CheckMenuItem ruler = new CheckMenuItem(Texts.get("tools.underground.ruler"));
        ruler.setId("depth-ruler");
        ruler.selectedProperty().bindBidirectional(c.rulerProperty());

        MenuItem ground = new MenuItem(Texts.get("tools.underground.ground"));
        ground.setId("ground-elevation");
        ground.setOnAction(e -> askGroundElevation(c));
        return new MenuItem[] {new SeparatorMenuItem(), preset, xray, colours, ruler, ground};
    }

    private static void askGroundElevation(UndergroundController c) {
        double now = c.groundElevation();
        TextInputDialog dialog = new TextInputDialog(Double.isFinite(now) ? String.format(Locale.ROOT, "%.2f", now) : "");
        dialog.setTitle(Texts.get("tools.underground.ground.title"));
        dialog.setHeaderText(Texts.get("tools.underground.ground.header"));
        dialog.showAndWait().ifPresent(text -> {
            String t = text.strip();
            if (t.isEmpty()) {
                c.setGroundElevation(null);
                return;
            }
            try {
                c.setGroundElevation(Double.parseDouble(t.replace(',', '.')));
            } catch (NumberFormatException ex) {
                new Alert(Alert.AlertType.ERROR, Texts.get("underground.groundNotANumber", t)).showAndWait();
            }
        });
    }
}
