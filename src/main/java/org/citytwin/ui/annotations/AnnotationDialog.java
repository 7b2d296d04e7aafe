package org.citytwin.ui.annotations;

import org.citytwin.text.Texts;

import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;
import org.citytwin.scenario.Annotation;

/** Asks an annotation's kind, Japanese and English text, author and colour (new, or editing one: author fixed). */
public final class AnnotationDialog {
    /** What the user gave; texts may be blank. */
    public record Answer(Annotation.Kind kind, String textJa, String textEn, String author, int colour) {
    }

    /** Default colour of a new annotation: a strong orange that stands out against roofs and sky. */
    public static final int DEFAULT_COLOUR = 0xE8590C;

    private AnnotationDialog() {
    }

    /** Shows the dialog; {@code start} gives the proposed values (and for an edit, the annotation's own). */
    public static Optional<Answer> ask(String title, Answer start, boolean authorEditable, javafx.stage.Window owner) {
        Dialog<Answer> d = new Dialog<>();
        d.setTitle(title);
        if (owner != null) d.initOwner(owner);
        ToggleGroup kind = new ToggleGroup();
        RadioButton pin = new RadioButton(Texts.get("annotations.kind.pin"));
        RadioButton callout = new RadioButton(Texts.get("annotations.kind.callout"));
        pin.setToggleGroup(kind);
        callout.setToggleGroup(kind);
        (start.kind() == Annotation.Kind.CALLOUT ? callout : pin).setSelected(true);
        TextArea ja = area(start.textJa());
        ja.setId("annotation-text-ja");
        ja.setFont(LabelFont.of(13));
        TextArea en = area(start.textEn());
        en.setId("annotation-text-en");
        TextField author = new TextField(start.author() == null ? "" : start.author());
        author.setId("annotation-author");
        author.setDisable(!authorEditable);
        ColorPicker colour = new ColorPicker(AnnotationLabels.colour(start.colour()));
        colour.setId("annotation-colour");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.setPadding(new Insets(10));
        grid.addRow(0, new Label(Texts.get("annotations.field.kind")), new HBox(10, pin, callout));
        grid.addRow(1, new Label(Texts.get("annotations.field.textJa")), ja);
        grid.addRow(2, new Label(Texts.get("annotations.field.textEn")), en);
        grid.addRow(3, new Label(Texts.get("annotations.field.author")), author);
        grid.addRow(4, new Label(Texts.get("annotations.field.colour")), colour);
        d.getDialogPane().setContent(grid);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.setResultConverter(b -> b == ButtonType.OK ? new Answer(callout.isSelected() ? Annotation.Kind.CALLOUT : Annotation.Kind.PIN,
                ja.getText(), en.getText(), author.getText(), rgb(colour.getValue())) : null);
        return d.showAndWait();
    }

    private static TextArea area(String text) {
        TextArea a = new TextArea(text == null ? "" : text);
        a.setPrefRowCount(2);
        a.setPrefColumnCount(28);
        a.setWrapText(true);
        return a;
    }

    static int rgb(Color c) {
        return ((int) Math.round(c.getRed() * 255) << 16) | ((int) Math.round(c.getGreen() * 255) << 8)
                | (int) Math.round(c.getBlue() * 255);
    }
}
