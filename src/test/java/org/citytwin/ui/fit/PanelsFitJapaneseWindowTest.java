package org.citytwin.ui.fit;

import java.util.Locale;
import javafx.stage.Stage;
import org.testfx.framework.junit5.Start;

class PanelsFitJapaneseWindowTest extends PanelsFitWindowTest {
    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Override
    Locale language() {
        return Locale.JAPANESE;
    }
}
