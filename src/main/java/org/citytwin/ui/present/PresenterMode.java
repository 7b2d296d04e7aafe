package org.citytwin.ui.present;

import org.citytwin.text.Texts;

import org.citytwin.ui.viewpoints.PresenterModel;
import org.citytwin.ui.viewpoints.TourPlayer;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.citytwin.thematic.Classification;
import org.citytwin.ui.MainWindow;

/**
 * View → Present… (F5): the audience window goes full screen on the second screen when there is one (the console
 * then opens as its own window on the first), else full screen on the only screen with the console floating over it
 * (H hides and shows it). Both windows take the clicker's keys; each stop applies its viewpoint in the main window
 * (scenario, layers, camera flight), which the audience view follows. Esc, or closing the audience window, leaves.
 */
public final class PresenterMode {
    private final MainWindow window;
    private ExecutorService merges;
    private PresenterModel model;
    private TourPlayer player;
    private AudienceView audience;
    private PresenterConsole console;
    private Stage audienceStage, consoleStage;
    // a new LOD choice, scenario or load bumps the revision: the audience re-merges at the main view's LODs
    private final ChangeListener<Number> remerge = (o, a, b) -> audience.show(window().lodModel().allObjects(),
            window().lodModel().selection(), null);
    private final ChangeListener<Classification> recolour = (o, a, b) -> audience.setColours(b);

    public PresenterMode(MainWindow window) {
        this.window = window;
    }

    private MainWindow window() { return window; }
    public boolean isRunning() { return audienceStage != null; }
    public PresenterModel model() { return model; }
    public AudienceView audience() { return audience; }
    public PresenterConsole console() { return console; }
    public Stage audienceStage() { return audienceStage; }
    /** The console's own window with two screens; null on one screen (the console is an overlay then). */
    public Stage consoleStage() { return consoleStage; }

    /** Opens the audience (and, on two screens, the console) window at the tour's first stop; false without stops. */
    public boolean start() {
        if (isRunning()) return true;
        if (window.viewpoints() != null) window.viewpoints().tour().pause(); // one tour plays at a time
        model = PresenterModel.of(window.scenarios().viewModel().project().presentation());
        player = new TourPlayer(model);
        if (model.stops().isEmpty()) {
            window.viewModel().setMessage(Texts.get("present.nothing"));
            return false;
        }
        if (merges == null) {
            merges = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "presenter-merge");
                t.setDaemon(true);
                return t;
            });
        }
        audience = new AudienceView(window.cityScene(), merges);
        audience.setColours(window.thematicModel().currentProperty().get());
        window.thematicModel().currentProperty().addListener(recolour);
        window.lodModel().revisionProperty().addListener(remerge);
        audience.show(window.lodModel().allObjects(), window.lodModel().selection(), null);
        console = new PresenterConsole(model);

        List<Screen> screens = Screen.getScreens();
        Screen primary = Screen.getPrimary();
        Screen audienceScreen = screens.size() > 1 ? screens.stream().filter(s -> !s.equals(primary)).findFirst().orElse(primary)
                : primary;
        StackPane root = new StackPane(audience);
        if (screens.size() > 1) {
            consoleStage = new Stage();
            consoleStage.setTitle(Texts.get("present.console.title"));
            StackPane consoleRoot = new StackPane(console);
            consoleRoot.getStyleClass().add("ct-console-root");
            Scene consoleScene = new Scene(consoleRoot, 520, 640);
            org.citytwin.ui.theme.Theme.current().apply(consoleScene);
            keys(consoleScene);
            consoleStage.setScene(consoleScene);
            place(consoleStage, primary.getVisualBounds());
            consoleStage.setOnCloseRequest(e -> stop());
            consoleStage.show();
        } else {
            StackPane.setAlignment(console, Pos.TOP_RIGHT);
            StackPane.setMargin(console, new Insets(16));
            console.visibleProperty().bind(model.consoleShownProperty());
            root.getChildren().add(console);
        }
        audienceStage = new Stage();
        audienceStage.setTitle(Texts.get("present.audience.title"));
        Rectangle2D b = audienceScreen.getBounds();
        Scene scene = new Scene(root, b.getWidth(), b.getHeight(), Color.BLACK);
        org.citytwin.ui.theme.Theme.current().apply(scene); // the legend's and captions' style classes
        keys(scene);
        audienceStage.setScene(scene);
        place(audienceStage, b);
        audienceStage.setFullScreenExitHint("");
        audienceStage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH); // Esc is ours: it leaves presenter mode
        audienceStage.setFullScreen(true);
        audienceStage.setOnCloseRequest(e -> stop());
        model.indexProperty().addListener((o, a, i) -> showStop());
        model.blankedProperty().addListener((o, a, on) -> audience.setBlanked(on));
        audienceStage.show();
        showStop();
        return true;
    }

    /** Plays the tour by itself (P toggles); null while not presenting. */
    public TourPlayer player() {
        return player;
    }

    /** Closes the presentation windows and gives the main window the focus back. */
    public void stop() {
        if (!isRunning()) return;
        player.pause();
        window.lodModel().revisionProperty().removeListener(remerge);
        window.thematicModel().currentProperty().removeListener(recolour);
        audience.dispose();
        console.stop();
        Stage a = audienceStage, c = consoleStage;
        audienceStage = null;
        consoleStage = null;
        a.close();
        if (c != null) c.close();
        Window main = window.root().getScene() == null ? null : window.root().getScene().getWindow();
        if (main instanceof Stage s) {
            s.setIconified(false);
            s.toFront();
            s.requestFocus();
        }
    }

    /** Applies the current stop in the main window (the audience follows its camera) and shows its caption. */
    private void showStop() {
        PresenterModel.Stop s = model.current();
        if (s == null || audience == null) return;
        window.viewpoints().go(s.viewpoint(), javafx.util.Duration.seconds(s.stop().flightSeconds()));
        audience.copyLayers();
        audience.setCaption(s.viewpoint().caption());
    }

    private void keys(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            PresenterModel.Action action = PresenterModel.actionOf(e);
            if (action == null || !isRunning()) return;
            e.consume();
            switch (action) {
                case NEXT -> model.forward();
                case PREVIOUS -> model.back();
                case BLANK -> model.blankedProperty().set(!model.blankedProperty().get());
                case CONSOLE -> model.consoleShownProperty().set(!model.consoleShownProperty().get());
                case LEAVE -> stop();
                case PLAY -> player.toggle();
            }
        });
    }

    private static void place(Stage stage, Rectangle2D b) {
        stage.setX(b.getMinX());
        stage.setY(b.getMinY());
        stage.setWidth(b.getWidth());
        stage.setHeight(b.getHeight());
    }
}
