package org.citytwin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.stage.Stage;
import org.citytwin.app.RealWindowTest;
import org.citytwin.text.Texts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window under `--lang ja`, as a new user sees it: no menu item (submenus included), tab, label, button or
 * tooltip shows a text that is the English of a bundle key, and no menu item reads as English words at all (a
 * hard-coded string never reaches a bundle). Proper names such as CityGML or LOD2 are the same in both bundles.
 */
class MenusJapaneseWindowTest extends RealWindowTest {

    private static final Path BUNDLES = Path.of("src/main/resources/org/citytwin/text");
    /** Two English words in a row, e.g. "Show textures"; file names and ids have no space between words. */
    private static final Pattern ENGLISH_WORDS = Pattern.compile("\\b[A-Za-z][a-z]{2,} [a-z]{3,}\\b");

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
    void noMenuItemTabLabelOrTooltipIsEnglish(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Set<String> english = englishOnlyTexts();
        List<String> menuTexts = WaitForAsyncUtils.asyncFx(() -> {
            List<String> texts = new ArrayList<>();
            window.menuBar().getMenus().forEach(m -> menuTexts(m, texts));
            return texts;
        }).get();
        List<String> shown = WaitForAsyncUtils.asyncFx(() -> {
            List<String> texts = new ArrayList<>();
            nodeTexts(stage.getScene().getRoot(), texts);
            return texts;
        }).get();

        assertThat(menuTexts).as("menu items").hasSizeGreaterThan(40).contains("ファイル", "ヘルプ");
        assertThat(menuTexts).as("menu items that are a bundle's English").filteredOn(english::contains).isEmpty();
        assertThat(menuTexts).as("menu items in English words").filteredOn(t -> ENGLISH_WORDS.matcher(t).find()).isEmpty();
        assertThat(shown).as("labels, buttons, tabs and tooltips").isNotEmpty().filteredOn(english::contains).isEmpty();
    }

    private static void menuTexts(MenuItem item, List<String> texts) {
        if (item instanceof SeparatorMenuItem) return;
        if (item.getText() != null && !item.getText().isBlank()) texts.add(item.getText());
        if (item instanceof Menu menu) menu.getItems().forEach(i -> menuTexts(i, texts));
    }

    private static void nodeTexts(Node node, List<String> texts) {
        if (node instanceof Labeled l && l.getText() != null && !l.getText().isBlank()) texts.add(l.getText());
        if (node instanceof javafx.scene.control.Control c && c.getTooltip() != null) texts.add(c.getTooltip().getText());
        Object tip = node.getProperties().get("javafx.scene.control.Tooltip");
        if (tip instanceof Tooltip t) texts.add(t.getText());
        if (node instanceof TabPane tabs) for (Tab tab : tabs.getTabs()) {
            texts.add(tab.getText());
            if (tab.getContent() != null) nodeTexts(tab.getContent(), texts);
        }
        if (node instanceof Parent p) p.getChildrenUnmodifiable().forEach(c -> nodeTexts(c, texts));
    }

    /** Every English bundle text whose Japanese differs (so it is a translation, not a proper name). */
    private static Set<String> englishOnlyTexts() throws IOException {
        Set<String> texts = new HashSet<>();
        try (Stream<Path> files = Files.list(BUNDLES)) {
            for (Path en : files.filter(p -> p.toString().endsWith(".properties") && !p.getFileName().toString().contains("_")).toList()) {
                Properties e = load(en), j = load(en.resolveSibling(en.getFileName().toString().replace(".properties", "_ja.properties")));
                for (String k : e.stringPropertyNames()) {
                    String value = e.getProperty(k).strip();
                    if (!value.isEmpty() && !value.equals(j.getProperty(k, "").strip())) texts.add(value);
                }
            }
        }
        return texts;
    }

    private static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }
}
