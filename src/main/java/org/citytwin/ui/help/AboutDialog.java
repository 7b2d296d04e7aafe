package org.citytwin.ui.help;

import java.util.List;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.citytwin.text.Texts;
import org.citytwin.ui.theme.Theme;

/** Help → About: version, runtime, the bundled libraries with their licences, and the attributions the data needs. */
public final class AboutDialog extends Dialog<Void> {

    /** The data credits, in the words the data's licences ask for (cli's DataAttribution prints the same lines). */
    static final List<String> DATA_KEYS = List.of("help.about.data.plateau", "help.about.data.osm",
            "help.about.data.nanaimo", "help.about.data.epsg", "help.about.data.simulated");

    /** The data credit lines in the current language. */
    public static List<String> dataLines() {
        return DATA_KEYS.stream().map(Texts::get).toList();
    }

    public AboutDialog(Window owner) {
        initOwner(owner);
        setTitle(Texts.get("help.about.title"));
        setResizable(true);
        getDialogPane().setId("about");
        Label name = new Label("CityTwin");
        name.getStyleClass().add("about-version");
        Label version = new Label(Texts.get("help.about.version", AppVersion.current()));
        version.setId("about-version");
        Label runtime = new Label(Texts.get("help.about.runtime", System.getProperty("java.version", "?"),
                System.getProperty("javafx.runtime.version", "?")));
        runtime.getStyleClass().add("ct-muted");
        Label description = new Label(Texts.get("help.about.description"));
        description.setWrapText(true);

        GridPane libraries = new GridPane();
        libraries.setId("about-libraries");
        libraries.setHgap(16);
        libraries.setVgap(2);
        int row = 0;
        for (BundledLibraries.Library lib : BundledLibraries.all()) {
            libraries.add(new Label(lib.name()), 0, row);
            libraries.add(new Label(lib.licence()), 1, row++);
        }
        org.citytwin.ui.theme.CaptionFont.of(javafx.scene.text.Font.getDefault().getSize()); // registers the family for ct-cjk
        VBox data = new VBox(4);
        data.setId("about-data");
        for (String text : dataLines()) {
            Label line = new Label(text);
            line.setWrapText(true);
            line.getStyleClass().add("ct-cjk"); // 出典：国土交通省 on machines without Japanese fonts
            data.getChildren().add(line);
        }
        Label notice = new Label(Texts.get("help.about.notice"));
        notice.setWrapText(true);
        notice.getStyleClass().add("ct-muted");
        VBox content = new VBox(6, name, version, runtime, description, heading("help.about.libraries"), libraries,
                heading("help.about.data"), data, notice);
        content.setFillWidth(true);
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setPrefSize(620, 560);
        getDialogPane().setContent(scroll);
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        Theme.current().apply(getDialogPane());
    }

    private static Label heading(String key) {
        Label l = new Label(Texts.get(key));
        l.getStyleClass().add("help-heading");
        return l;
    }
}
