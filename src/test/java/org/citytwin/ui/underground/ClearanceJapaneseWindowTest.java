package org.citytwin.ui.underground;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.concurrent.Worker;
import javafx.scene.control.TableColumn;
import javafx.stage.Stage;
import org.citytwin.app.RealWindowTest;
import org.citytwin.scene.SceneSnapshots;
import org.citytwin.text.Texts;
import org.citytwin.underground.Clearance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Regression: with `--lang ja` the clearance table's headers, its result line and the inspector's field names were
 * English. The real window in Japanese on the Chiba utilities.
 */
class ClearanceJapaneseWindowTest extends RealWindowTest {

    @Start
    void start(Stage stage) {
        Texts.setLocale(Locale.JAPANESE);
        openWindow(stage);
    }

    @AfterEach
    void english() {
        Texts.setLocale(Locale.ENGLISH);
    }

    @Test
    void clearanceTableAndInspectorFieldsAreJapanese(FxRobot robot) throws Exception {
        robot.interact(() -> window.viewModel().load(List.of(UndergroundToolsWindowTest.CHIBA)));
        WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> !window.viewModel().runningProperty().get()
                && window.viewModel().lastStateProperty().get() == Worker.State.SUCCEEDED);
        robot.interact(() -> {
            window.clearance().show();
            window.clearance().checkUtilities();
        });
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> window.clearance().status().endsWith("表示していません。"));

        assertThat(window.clearance().table().getColumns()).extracting(TableColumn::getText)
                .containsExactly("距離 m", "種類 A", "ID A", "種類 B", "ID B");
        // the same 28 connected or nested parts the English test counts
        assertThat(window.clearance().status()).isEqualTo("0.300 m より近い埋設物の組: 0 件。同じネットワークで接続または入れ子の部分 28 件は表示していません。");

        robot.interact(() -> {
            window.clearance().includeConnected().setSelected(true);
            window.clearance().checkUtilities();
        });
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !window.clearance().rows().isEmpty());
        assertThat(window.clearance().status()).isEqualTo("0.300 m より近い埋設物の組: 28 件。");
        Clearance first = window.clearance().rows().get(0);
        robot.interact(() -> window.clearance().table().getSelectionModel().select(first));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.inspector().selected() != null
                && window.inspector().selected().id().equals(first.idA()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.inspector().fields()).extracting(f -> f.name())
                .contains("ID", "型", "元のファイル", "計測高さ", "表示中の三角形", "土被り")
                .doesNotContain("source file", "cover depth", "triangles shown");
        assertThat(window.inspector().field("土被り")).matches("\\d+\\.\\d\\d m（(実測|推定)）|不明");

        SceneSnapshots.writePng(WaitForAsyncUtils.asyncFx(() -> window.root().snapshot(null, null)).get(30, TimeUnit.SECONDS),
                Path.of("target/test-shots/i18n2-clearance-ja.png"));
    }
}
