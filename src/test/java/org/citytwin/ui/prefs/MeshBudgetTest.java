package org.citytwin.ui.prefs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.prefs.Preferences;
import org.citytwin.scene.CityScene;
import org.citytwin.scene.FxTestSupport;
import org.citytwin.text.LanguagePreference;
import org.citytwin.ui.layers.TexturePreference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The memory budget chosen in Preferences is remembered, kept in range, and reaches the running scene. */
class MeshBudgetTest {
    private static final long MIB = 1024L * 1024;
    private final Preferences node = Preferences.userRoot().node("citytwin-test-budget-" + System.nanoTime());

    @BeforeAll
    static void fx() throws Exception {
        FxTestSupport.startFx();
    }

    @BeforeEach
    void own() {
        ViewerPreferences.useNode(node);
        TexturePreference.useNode(node);
        System.clearProperty(MeshBudget.PROPERTY);
    }

    @AfterEach
    void forget() throws Exception {
        ViewerPreferences.useNode(null);
        TexturePreference.useNode(null);
        node.removeNode();
    }

    @Test
    void theDefaultIsTwoGigabytesAndAHandEditedValueFallsBackToIt() {
        assertThat(ViewerPreferences.meshBudgetMB()).isEqualTo(MeshBudget.DEFAULT_MB).isEqualTo(2048);
        node.putInt("meshBudgetMB", 7);
        assertThat(ViewerPreferences.meshBudgetMB()).isEqualTo(MeshBudget.DEFAULT_MB);
    }

    @Test
    void theDialogsChoiceIsSavedWithinRange() throws Exception {
        PreferencesViewModel vm = new PreferencesViewModel(LanguagePreference.in(node));
        assertThat(vm.meshBudgetMBProperty().get()).isEqualTo(2048);
        vm.meshBudgetMBProperty().set(512);
        vm.save();
        node.flush();
        assertThat(node.getInt("meshBudgetMB", -1)).isEqualTo(512);
        assertThat(new PreferencesViewModel(LanguagePreference.in(node)).meshBudgetMBProperty().get()).isEqualTo(512);
        vm.meshBudgetMBProperty().set(10); // typed into the spinner's field: below the minimum
        vm.save();
        assertThat(ViewerPreferences.meshBudgetMB()).isEqualTo(MeshBudget.MIN_MB);
    }

    @Test
    void theRememberedBudgetReachesTheSceneUnlessTheCommandLineSetsOne() throws Exception {
        ViewerPreferences.setMeshBudgetMB(768);
        long[] budgets = FxTestSupport.onFx(() -> {
            CityScene scene = new CityScene(320, 200);
            MeshBudget.apply(scene);
            long chosen = scene.meshBudget();
            System.setProperty(MeshBudget.PROPERTY, "300");
            try {
                scene.setMeshBudget(300 * MIB);
                ViewerPreferences.setMeshBudgetMB(4096);
                MeshBudget.apply(scene); // the -D value wins for this run
                return new long[] {chosen, scene.meshBudget(), MeshBudget.override().orElse(-1)};
            } finally {
                System.clearProperty(MeshBudget.PROPERTY);
            }
        });
        assertThat(budgets[0]).isEqualTo(768 * MIB);
        assertThat(budgets[1]).isEqualTo(300 * MIB);
        assertThat(budgets[2]).isEqualTo(300);
    }
}
