package org.citytwin.ui.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.citytwin.model.CityObject;
import org.citytwin.scene.SceneSnapshots;
import org.citytwin.text.Texts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The panel in Japanese: its labels and a refusal typed through it, with nothing run. */
@ExtendWith(ApplicationExtension.class)
class StudyPanelJapaneseTest {
    private StudyViewModel vm;
    private final List<CityObject> proposals = new ArrayList<>();

    @Start
    void start(Stage stage) {
        Texts.setLocale(Locale.JAPANESE);
        vm = new StudyViewModel(new StudyViewModel.Sources() {
            public List<CityObject> proposals() {
                return proposals;
            }

            public CityObject selected() {
                return null;
            }

            public double[] toLatLon(double x, double y) {
                return StudyViewModelTest.toLatLon(x, y);
            }
        }, Runnable::run, Runnable::run);
        StudyPanel panel = new StudyPanel(vm, new StudyPanel.Actions() {
            public void drawSite() {
            }

            public void topView() {
            }
        });
        // this machine has no Japanese system font: the screenshot borrows the caption font the app bundles
        javafx.scene.text.Font cjk = javafx.scene.text.Font.loadFont(getClass().getResourceAsStream("/org/citytwin/fonts/ipaexg.ttf"), 12);
        if (cjk != null) panel.setStyle("-fx-font-family: '" + cjk.getFamily() + "';");
        stage.setScene(new Scene(panel, 300, 900));
        stage.show();
    }

    @AfterEach
    void english() {
        Texts.setLocale(Locale.ENGLISH);
    }

    @Test
    void labelsAndRefusalsAreJapanese(FxRobot robot) throws Exception {
        proposals.add(StudyViewModelTest.tower("t", 0, 0, 20, 30));
        assertThat(robot.lookup("#study-run").queryButton().getText()).isEqualTo("計算");
        assertThat(robot.lookup("#study-hokkaido").queryButton().getText()).isEqualTo("北海道 9〜15時");
        robot.clickOn("#study-hokkaido");
        assertThat(vm.fromProperty().get()).isEqualTo("09:00");
        TextField to = robot.lookup("#study-to").queryAs(TextField.class);
        assertThat(to.getText()).isEqualTo("15:00");
        robot.interact(() -> to.setText("8:30"));
        robot.clickOn("#study-run");
        assertThat(robot.lookup("#study-message").queryLabeled().getText())
                .isEqualTo("終了時刻は開始時刻より後にしてください（09:00 から 8:30）。");
        assertThat(vm.resultProperty().get()).isNull();
        SceneSnapshots.writePng(WaitForAsyncUtils.asyncFx(() -> robot.lookup("#study-panel").query().getScene().snapshot(null))
                .get(30, TimeUnit.SECONDS), Path.of("target/test-shots/studyui-panel-ja.png"));
    }
}
