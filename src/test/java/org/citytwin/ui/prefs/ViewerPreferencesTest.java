package org.citytwin.ui.prefs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.prefs.Preferences;
import org.citytwin.model.LodChoice;
import org.citytwin.ui.theme.Theme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Theme and default LOD survive a restart (a fresh read of the store); a hand-edited store gives the defaults. */
class ViewerPreferencesTest {
    private final Preferences node = Preferences.userRoot().node("citytwin-test-viewer-" + System.nanoTime());

    @BeforeEach
    void own() {
        ViewerPreferences.useNode(node);
    }

    @AfterEach
    void forget() throws Exception {
        ViewerPreferences.useNode(null);
        node.removeNode();
    }

    @Test
    void defaultsAreLightAndHighest() {
        assertThat(ViewerPreferences.theme()).isEqualTo(Theme.LIGHT);
        assertThat(ViewerPreferences.defaultLod()).isEqualTo(LodChoice.HIGHEST);
    }

    @Test
    void choicesAreWrittenToTheStore() throws Exception {
        ViewerPreferences.setTheme(Theme.DARK);
        ViewerPreferences.setDefaultLod(LodChoice.exactly(2));
        node.flush();
        assertThat(node.get("theme", null)).isEqualTo("dark");
        assertThat(node.getInt("defaultLod", -9)).isEqualTo(2);
        assertThat(ViewerPreferences.theme()).isEqualTo(Theme.DARK);
        assertThat(ViewerPreferences.defaultLod()).isEqualTo(LodChoice.exactly(2));
    }

    @Test
    void handEditedValuesFallBackToTheDefaults() {
        node.put("theme", "purple");
        node.putInt("defaultLod", 9);
        assertThat(ViewerPreferences.theme()).isEqualTo(Theme.LIGHT);
        assertThat(ViewerPreferences.defaultLod()).isEqualTo(LodChoice.HIGHEST);
    }
}
