package org.citytwin.ui.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citytwin.scene.FxTestSupport.onFx;
import static org.citytwin.scene.FxTestSupport.startFx;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.prefs.Preferences;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.citytwin.flow.feed.FeedSettingsStore;
import org.citytwin.flow.feed.FeedState;
import org.citytwin.flow.feed.FeedStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The connect form and the status indicator in a real window: typing a bad URL shows the reason; picture for docs. */
class FeedConnectViewTest {
    private static final Preferences NODE = Preferences.userRoot().node("org/citytwin/test/feed-view-" + System.nanoTime());

    @BeforeAll
    static void fx() throws Exception {
        startFx();
    }

    @AfterAll
    static void clean() throws Exception {
        NODE.removeNode();
    }

    @Test
    void formShowsTheProblemAsTypedAndTheStatusLine() throws Exception {
        FeedConnectViewModel model = new FeedConnectViewModel(new FeedSettingsStore(NODE));
        FeedStatusViewModel status = new FeedStatusViewModel(() -> new FeedStatus(FeedState.CONNECTED, 118, 42, 5210, 2,
                "message 17 on citytwin/agents: missing feature (p9) properties.time", null, 0, 0));
        Path png = Path.of("target/test-shots/feed-connect.png"); // tests never write into the sources
        String error = onFx(() -> {
            VBox root = new VBox(12, FeedConnectDialog.form(model), new FeedStatusView(status));
            root.setStyle("-fx-padding: 16; -fx-background-color: white;");
            Stage stage = new Stage();
            stage.setScene(new Scene(root));
            stage.show();
            TextField url = (TextField) root.lookup("#feed-url");
            url.setText("http://localhost:1883");
            String shown = ((Label) root.lookup("#feed-error")).getText();
            url.setText("tcp://localhost:1883");
            model.topicsProperty().set("citytwin/agents\nv1.1/#\nfiware/crowd");
            model.zonesProperty().set("12 = Exit 3 counter, 132.4753, 34.3975, -15, COUNT\nmissing comma");
            root.applyCss();
            root.layout();
            WritableImage image = root.snapshot(null, null);
            Files.createDirectories(png.getParent());
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", png.toFile());
            stage.close();
            return shown;
        });
        assertThat(error).contains("must start with tcp:// or ssl://");
        assertThat(model.errorProperty().get()).startsWith("Zones, line 2:");
        assertThat(Files.size(png)).isGreaterThan(5_000);
        assertThat(status.textProperty().get()).isEqualTo("Connected · 118 msg/s · latency 42 ms · 2 malformed");
    }
}
