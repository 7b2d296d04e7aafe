package org.citytwin.ui.flows;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.citytwin.scene.FxTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The column-mapping dialog in a real window: OK follows the view model's validation; a picture for review. */
@ExtendWith(ApplicationExtension.class)
class ColumnMappingDialogTest {
    private static final List<String> LINES = List.of("# PersID Frame X Y Z", "PersID\tFrame\tX\tY\tZ",
            "1\t98\t4.6012\t1.8909\t1.7600", "1\t99\t4.5359\t1.8976\t1.7600");

    private ColumnMappingViewModel vm;
    private ColumnMappingDialog dialog;

    @Start
    void start(Stage stage) {
        vm = new ColumnMappingViewModel(LINES);
        vm.delimiterProperty().set("tab");
        dialog = new ColumnMappingDialog(vm, "traj_UNI_CORR_500_01.txt");
        stage.setScene(new Scene(new Pane(), 300, 200));
        stage.show();
        dialog.initOwner(stage);
        dialog.show();
    }

    @Test
    void okIsDisabledWhileTheChoicesAreInvalid() throws Exception {
        Node ok = FxTestSupport.onFx(() -> dialog.getDialogPane().lookupButton(ButtonType.OK));
        assertThat(vm.idProperty().get()).isEqualTo("PersID");
        assertThat(vm.useFramesProperty().get()).isTrue();
        assertThat(ok.isDisabled()).isFalse();

        FxTestSupport.onFx(() -> {
            vm.yProperty().set("");
            return null;
        });
        Label error = (Label) dialog.getDialogPane().lookup("#column-error");
        assertThat(error.getText()).isEqualTo("choose the y column");
        assertThat(ok.isDisabled()).isTrue();

        FxTestSupport.onFx(() -> {
            vm.yProperty().set("Y");
            return null;
        });
        assertThat(ok.isDisabled()).isFalse();
        WritableImage shot = FxTestSupport.onFx(() -> dialog.getDialogPane().getScene().snapshot(null));
        new File("target").mkdirs();
        ImageIO.write(SwingFXUtils.fromFXImage(shot, null), "png", new File("target/column-mapping-dialog.png"));
        FxTestSupport.onFx(() -> {
            dialog.close();
            return null;
        });
    }
}
