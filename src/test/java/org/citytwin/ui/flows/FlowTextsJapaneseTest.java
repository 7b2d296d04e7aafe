package org.citytwin.ui.flows;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.citytwin.flow.feed.FeedState;
import org.citytwin.flow.feed.FeedStatus;
import org.citytwin.text.Texts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Regression: with `--lang ja` the live-feed status line, its tooltip and the column-mapping errors were English. */
class FlowTextsJapaneseTest {

    @BeforeEach
    void japanese() {
        Texts.setLocale(Locale.JAPANESE);
    }

    @AfterEach
    void english() {
        Texts.setLocale(Locale.ENGLISH);
    }

    @Test
    void feedStatusLineAndTooltipAreJapanese() {
        FeedStatusViewModel status = new FeedStatusViewModel(null);
        status.show(new FeedStatus(FeedState.CONNECTED, 118.6, 35.2, 4000, 2, "message 17 on citytwin/agents: bad", null, 0, 0));
        assertThat(status.textProperty().get()).isEqualTo("接続済み · 119 件/秒 · 遅延 35 ms · 不正 2 件");
        assertThat(status.detailsProperty().get())
                .isEqualTo("受信したメッセージ 4000 件\n不正なメッセージ 2 件を読み飛ばしました。最後の例: message 17 on citytwin/agents: bad");
        status.show(new FeedStatus(FeedState.DOWN, 0, Double.NaN, 0, 0, null, "Connection refused", 3, 2000));
        assertThat(status.textProperty().get()).isEqualTo("切断、2.0 秒後に再試行（3 回目）");
        assertThat(status.detailsProperty().get()).contains("最後の接続エラー: Connection refused")
                .doesNotContain("messages received", "Last connection error");
    }

    @Test
    void columnMappingErrorsAreJapanese() {
        ColumnMappingViewModel vm = new ColumnMappingViewModel(java.util.List.of("1,2020-01-01T00:00:00Z,139.7,35.6"));
        vm.xProperty().set("");
        assertThat(vm.errorProperty().get()).isEqualTo("x の列を選んでください");
        assertThat(vm.build()).isEmpty();
    }

    @Test
    void feedSettingErrorsAreJapanese() {
        var settings = org.citytwin.flow.feed.FeedSettings.of("http://broker:1883", "citytwin/agents");
        org.assertj.core.api.Assertions.assertThatThrownBy(settings::endpoint)
                .hasMessage("ブローカーの URL「http://broker:1883」は tcp:// か ssl:// で始めてください（例: tcp://localhost:1883）");
    }
}
