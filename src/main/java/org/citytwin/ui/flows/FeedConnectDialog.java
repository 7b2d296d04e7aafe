package org.citytwin.ui.flows;

import org.citytwin.text.Texts;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import org.citytwin.flow.feed.FeedSettings;

/** Texts.get("dialogs.feed.title") dialog: binds {@link FeedConnectViewModel}; returns the settings, or nothing on Cancel. */
public final class FeedConnectDialog extends Dialog<FeedSettings> {
    public static final ButtonType CONNECT = new ButtonType(Texts.get("dialogs.feed.connect"), ButtonBar.ButtonData.OK_DONE);

    public FeedConnectDialog(FeedConnectViewModel model) {
        setTitle(Texts.get("dialogs.feed.title"));
        setHeaderText(Texts.get("dialogs.feed.header"));
        getDialogPane().setContent(form(model));
        org.citytwin.ui.theme.Theme.current().apply(getDialogPane()); // its style classes, light or dark
        getDialogPane().getButtonTypes().setAll(CONNECT, ButtonType.CANCEL);
        getDialogPane().lookupButton(CONNECT).disableProperty().bind(model.validProperty().not());
        getDialogPane().setId("feed-connect-dialog");
        setResultConverter(button -> button == CONNECT ? model.accept() : null);
    }

    /** The form alone, so it can be shown or tested without a modal dialog. */
    public static GridPane form(FeedConnectViewModel model) {
        TextField url = new TextField();
        url.setId("feed-url");
        url.setPromptText(Texts.get("dialogs.feed.url.prompt"));
        url.textProperty().bindBidirectional(model.urlProperty());
        TextArea topics = new TextArea();
        topics.setId("feed-topics");
        topics.setPrefRowCount(3);
        topics.setPromptText(Texts.get("dialogs.feed.topics.prompt"));
        topics.textProperty().bindBidirectional(model.topicsProperty());
        CheckBox tls = new CheckBox(Texts.get("dialogs.feed.tls"));
        tls.setId("feed-tls");
        tls.selectedProperty().bindBidirectional(model.tlsProperty());
        TextField user = new TextField();
        user.setId("feed-user");
        user.textProperty().bindBidirectional(model.usernameProperty());
        PasswordField password = new PasswordField();
        password.setId("feed-password");
        password.textProperty().bindBidirectional(model.passwordProperty());
        Label note = new Label(FeedConnectViewModel.PASSWORD_NOTE);
        note.getStyleClass().add("ct-small-note");
        TextArea zones = new TextArea();
        zones.setId("feed-zones");
        zones.setPrefRowCount(3);
        zones.setPromptText(Texts.get("dialogs.feed.zones.prompt"));
        zones.textProperty().bindBidirectional(model.zonesProperty());
        Label error = new Label();
        error.setId("feed-error");
        error.setWrapText(true);
        error.getStyleClass().add("ct-error");
        error.textProperty().bind(model.errorProperty());

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPrefWidth(560);
        grid.addRow(0, new Label(Texts.get("dialogs.feed.url")), url);
        grid.addRow(1, new Label(Texts.get("dialogs.feed.topics")), topics);
        grid.add(tls, 1, 2);
        grid.addRow(3, new Label(Texts.get("dialogs.feed.user")), user);
        grid.addRow(4, new Label(Texts.get("dialogs.feed.password")), password);
        grid.add(note, 1, 5);
        grid.addRow(6, new Label(Texts.get("dialogs.feed.zones")), zones);
        grid.add(error, 1, 7);
        GridPane.setHgrow(url, Priority.ALWAYS);
        // labels keep their full text; the error wraps within the field column instead of being cut off
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.ColumnConstraints fields = new javafx.scene.layout.ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        grid.getColumnConstraints().setAll(labels, fields);
        error.setMaxWidth(460);
        error.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return grid;
    }
}
