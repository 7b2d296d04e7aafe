package org.citytwin.ui.start;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.Region;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.citytwin.places.Place;
import org.citytwin.text.Texts;

/**
 * What a new user sees first instead of 20 files loading at once: the bundled sample's places as pictures (a click
 * opens that place's files only), Open folder / Open file, a drop zone, and the recent files and projects. It lies
 * over the 3D view until something is opened; File → Start page brings it back.
 */
public final class StartPage extends StackPane {

    /** What the page's buttons do; the main window implements them. */
    public interface Actions {
        /** Files or folders the user chose, dropped or picked from the recent list. */
        void open(List<Path> paths);

        /** The files of one sample place. */
        void openPlace(Place place);

        void openProject(Path project);

        void chooseFiles();

        void chooseFolder();
    }

    private static final double TILE_WIDTH = PlaceThumbnails.WIDTH + 18, TILE_HEIGHT = PlaceThumbnails.HEIGHT + 100;
    private final Actions actions;
    private final TilePane tiles = new TilePane(16, 16);
    private final VBox recent = new VBox(4);
    private final Label samplesNote = new Label();
    private RecentFiles recentFiles = new RecentFiles();
    private Supplier<List<Path>> recentProjects = List::of;

    public StartPage(Actions actions) {
        this.actions = actions;
        setId("start-page");
        getStyleClass().add("start-page");
        getStylesheets().add(StartPage.class.getResource("start.css").toExternalForm());
        Label title = new Label(Texts.get("start.title"));
        title.getStyleClass().add("start-title");
        Label subtitle = new Label(Texts.get("start.subtitle"));
        subtitle.getStyleClass().add("start-subtitle");
        Label samples = heading(Texts.get("start.samples"));
        samplesNote.getStyleClass().add("start-note");
        samplesNote.setWrapText(true);
        tiles.getStyleClass().add("start-tiles");
        tiles.setPrefColumns(2); // four sample places as a 2 x 2 block
        tiles.setTileAlignment(Pos.TOP_LEFT);
        // fixed tiles: wrapped captions would otherwise be measured one word a line, making tiles page-high
        tiles.setPrefTileWidth(TILE_WIDTH);
        tiles.setPrefTileHeight(TILE_HEIGHT);
        VBox left = new VBox(10, samples, samplesNote, tiles);
        HBox.setHgrow(left, Priority.ALWAYS);
        VBox right = new VBox(10, heading(Texts.get("start.open")), openButtons(), dropZone(),
                heading(Texts.get("start.recent")), recent);
        right.getStyleClass().add("start-side");
        right.setMinWidth(300);
        right.setPrefWidth(320);
        right.setMaxHeight(Region.USE_PREF_SIZE);
        HBox columns = new HBox(32, left, right);
        columns.setFillHeight(false);
        VBox page = new VBox(6, title, subtitle, columns);
        VBox.setMargin(columns, new javafx.geometry.Insets(18, 0, 0, 0));
        page.getStyleClass().add("start-content");
        page.setMaxWidth(1180);
        ScrollPane scroll = new ScrollPane(new StackPane(page));
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("start-scroll");
        getChildren().add(scroll);
        showPlaces(List.of(), Texts.get("start.samples.none"));
    }

    /** Where the recent lists come from (the window's; tests pass their own). */
    public void setRecent(RecentFiles files, Supplier<List<Path>> projects) {
        this.recentFiles = files;
        this.recentProjects = projects;
        refresh();
    }

    public RecentFiles recentFiles() { return recentFiles; }

    /** The sample's places as tiles; {@code note} says where they come from, or why there are none. */
    public void showPlaces(List<Place> places, String note) {
        tiles.getChildren().setAll(places.stream().map(this::tile).toList());
        samplesNote.setText(note);
    }

    /** Re-reads the recent lists (the page is shown again, or something was opened). */
    public void refresh() {
        recent.getChildren().clear();
        for (Path p : recentFiles.list()) {
            if (Files.exists(p)) recent.getChildren().add(link(p, "recent-file", () -> actions.open(List.of(p))));
        }
        for (Path p : recentProjects.get()) {
            if (Files.exists(p)) recent.getChildren().add(link(p, "recent-project", () -> actions.openProject(p)));
        }
        if (recent.getChildren().isEmpty()) {
            Label none = new Label(Texts.get("start.recent.none"));
            none.getStyleClass().add("start-note");
            recent.getChildren().add(none);
        }
    }

    /** The drop zone's handler (also what a drag-and-drop test calls): opens the dropped files and folders. */
    public boolean drop(List<File> files) {
        if (files == null || files.isEmpty()) return false;
        actions.open(files.stream().map(File::toPath).toList());
        return true;
    }

    private Node tile(Place place) {
        Node picture = PlaceThumbnails.of(place.name()).<Node>map(ImageView::new).orElseGet(() -> {
            StackPane blank = new StackPane(new Label(PlaceNames.name(place.name())));
            blank.getStyleClass().add("place-blank");
            blank.setPrefSize(PlaceThumbnails.WIDTH, PlaceThumbnails.HEIGHT);
            return blank;
        });
        Label name = new Label(PlaceNames.name(place.name()));
        name.getStyleClass().add("place-name");
        Label about = new Label(PlaceNames.about(place.name(), place.files().size()));
        about.getStyleClass().add("place-about");
        about.setWrapText(true);
        about.setPrefWidth(PlaceThumbnails.WIDTH);
        about.setMaxWidth(PlaceThumbnails.WIDTH);
        VBox box = new VBox(6, picture, name, about);
        Button tile = new Button(null, box);
        tile.setId("place-" + place.name());
        tile.getStyleClass().add("place-tile");
        tile.setUserData(place);
        tile.setTooltip(new Tooltip(Texts.get("start.place.tooltip", place.files().size())));
        tile.setOnAction(e -> actions.openPlace(place));
        tile.setPrefSize(TILE_WIDTH, TILE_HEIGHT);
        tile.setMaxSize(TILE_WIDTH, TILE_HEIGHT);
        return tile;
    }

    private Node openButtons() {
        Button folder = new Button(Texts.get("start.openFolder"));
        folder.setId("start-open-folder");
        folder.setOnAction(e -> actions.chooseFolder());
        Button file = new Button(Texts.get("start.openFile"));
        file.setId("start-open-file");
        file.setOnAction(e -> actions.chooseFiles());
        for (Button b : List.of(folder, file)) {
            b.getStyleClass().add("start-button");
            b.setMaxWidth(Double.MAX_VALUE);
        }
        return new VBox(8, folder, file);
    }

    private Node dropZone() {
        Label text = new Label(Texts.get("start.drop"));
        text.setWrapText(true);
        StackPane zone = new StackPane(text);
        zone.setId("start-drop");
        zone.getStyleClass().add("start-drop");
        zone.setMinHeight(110);
        zone.setAlignment(Pos.CENTER);
        zone.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) e.acceptTransferModes(TransferMode.COPY);
            e.consume();
        });
        zone.setOnDragEntered(e -> zone.pseudoClassStateChanged(HOVER_DROP, e.getDragboard().hasFiles()));
        zone.setOnDragExited(e -> zone.pseudoClassStateChanged(HOVER_DROP, false));
        zone.setOnDragDropped(e -> {
            e.setDropCompleted(e.getDragboard().hasFiles() && drop(e.getDragboard().getFiles()));
            e.consume();
        });
        return zone;
    }

    private static final javafx.css.PseudoClass HOVER_DROP = javafx.css.PseudoClass.getPseudoClass("dragging");

    private static Hyperlink link(Path p, String styleClass, Runnable action) {
        String name = p.getFileName() == null ? p.toString() : p.getFileName().toString();
        Hyperlink link = new Hyperlink(Files.isDirectory(p) ? name + "/" : name);
        link.getStyleClass().add(styleClass);
        link.setTooltip(new Tooltip(p.toString()));
        link.setUserData(p);
        link.setOnAction(e -> action.run());
        return link;
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("start-heading");
        return l;
    }
}
