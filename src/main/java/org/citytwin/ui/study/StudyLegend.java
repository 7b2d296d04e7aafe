package org.citytwin.ui.study;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.citytwin.shadow.ShadowStudy;
import org.citytwin.shadow.StudySettings;
import org.citytwin.text.Texts;

/**
 * The study's small legend, over the 3D view at its bottom right: the bands' colours and hours, the red of an
 * exceedance, the lines, and the day and window. It lies in a layer as large as the view, so that the PNG export
 * can lay the layer over the rendered view as it is on screen. Hidden without a result.
 */
final class StudyLegend {
    private final StackPane layer = new StackPane();
    private final VBox box = new VBox(3);

    StudyLegend() {
        layer.setId("study-legend-layer");
        layer.setPickOnBounds(false);
        layer.setMouseTransparent(true);
        box.setId("study-legend");
        box.getStyleClass().add("ct-legend"); // the theme's overlay colour (light or dark)
        box.setStyle("-fx-padding: 8 10; -fx-font-size: 12px;");
        box.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        StackPane.setAlignment(box, Pos.BOTTOM_RIGHT);
        StackPane.setMargin(box, new Insets(12, 12, 40, 12)); // above the scale bar's row
        layer.getChildren().add(box);
        layer.setVisible(false);
    }

    /** The full-size layer to add to the view's StackPane (and to lay over an exported image). */
    StackPane layer() { return layer; }

    void show(ShadowStudy.Result r) {
        layer.setVisible(r != null);
        if (r == null) return;
        StudySettings s = r.settings();
        List<Node> rows = new ArrayList<>();
        Label title = new Label(Texts.get("studyui.legend.title"));
        title.setStyle("-fx-font-weight: bold;");
        rows.add(title);
        double[] levels = s.levels();
        for (int b = 0; b < levels.length; b++) {
            String text = b + 1 < levels.length
                    ? Texts.get("studyui.legend.bandRange", StudyViewModel.hours(levels[b]), StudyViewModel.hours(levels[b + 1]))
                    : Texts.get("studyui.legend.band", StudyViewModel.hours(levels[b]));
            rows.add(row(swatch(StudyColours.band(b)), text));
        }
        if (r.site() != null) {
            rows.add(row(swatch(StudyColours.EXCEED), Texts.get("studyui.legend.exceed")));
            rows.add(row(line(StudyColours.SITE), Texts.get("studyui.legend.site")));
            rows.add(row(line(StudyColours.LINE5), Texts.get("studyui.legend.line5")));
            rows.add(row(line(StudyColours.LINE10), Texts.get("studyui.legend.line10")));
        }
        rows.add(row(line(StudyColours.HOURLY), Texts.get("studyui.legend.hourly")));
        Label caption = new Label(Texts.get("studyui.legend.caption", s.date().toString(), s.from().toString(), s.to().toString(),
                Texts.get(s.clockTime() ? "studyui.legend.clock" : "studyui.legend.solar"), StudyViewModel.hours(s.plane())));
        caption.getStyleClass().add("ct-muted");
        rows.add(caption);
        box.getChildren().setAll(rows);
    }

    private static HBox row(Node key, String text) {
        HBox row = new HBox(6, key, new Label(text));
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static Rectangle swatch(Color c) {
        Rectangle r = new Rectangle(16, 12, c);
        r.setStroke(Color.gray(0.4));
        r.setStrokeWidth(0.5);
        return r;
    }

    private static Rectangle line(Color c) {
        Rectangle r = new Rectangle(16, 3, c);
        StackPane.setAlignment(r, Pos.CENTER);
        return r;
    }
}
