package org.citytwin.ui;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import org.citytwin.model.LoadIssue;
import org.citytwin.model.Severity;

/** Collapsible list of load issues (severity, file:line, message); opens by itself when an error arrives. */
public final class IssuesView extends TitledPane {

    public IssuesView(ObservableList<LoadIssue> issues) {
        ListView<LoadIssue> list = new ListView<>(issues);
        list.setId("issues");
        list.setPrefHeight(130);
        list.setCellFactory(v -> new IssueCell());
        list.setPlaceholder(new javafx.scene.control.Label("No load issues"));
        setContent(list);
        textProperty().bind(Bindings.createStringBinding(() -> "Load issues (" + issues.size() + ")", issues));
        setExpanded(false);
        setAnimated(false);
        issues.addListener((ListChangeListener<LoadIssue>) c -> {
            while (c.next()) {
                if (c.getAddedSubList().stream().anyMatch(i -> i.severity() == Severity.ERROR)) setExpanded(true);
            }
        });
    }

    /** "ERROR  file.gml:120  [gml:id] message", full path in the tooltip. */
    static String shortText(LoadIssue i) {
        StringBuilder sb = new StringBuilder(i.severity().name()).append("  ");
        if (i.file() != null) {
            String f = i.file().replace('\\', '/');
            sb.append(f.substring(f.lastIndexOf('/') + 1));
            if (i.line() > 0) sb.append(':').append(i.line());
            sb.append("  ");
        }
        if (i.gmlId() != null) sb.append('[').append(i.gmlId()).append("] ");
        return sb.append(i.message()).toString();
    }

    private static final class IssueCell extends ListCell<LoadIssue> {
        @Override
        protected void updateItem(LoadIssue item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setTooltip(null);
                setStyle("");
            } else {
                setText(shortText(item));
                setTooltip(new Tooltip(item.describe()));
                setStyle(item.severity() == Severity.ERROR ? "-fx-text-fill: #b00020;"
                        : item.severity() == Severity.WARNING ? "-fx-text-fill: #8a5a00;" : "");
            }
        }
    }
}
