package org.citytwin.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The language chosen in Preferences is remembered, forgotten on request, and never breaks on a bad value. */
class LanguagePreferenceTest {

    private final Preferences node = Preferences.userRoot().node("org/citytwin/test-" + UUID.randomUUID());
    private final LanguagePreference preference = new LanguagePreference(node);

    @AfterEach
    void cleanUp() throws BackingStoreException {
        node.removeNode();
        Texts.setLocale(Locale.ENGLISH);
    }

    @Test
    void remembersAndForgetsTheChoice() {
        assertThat(preference.get()).isEmpty();

        preference.set(Locale.JAPAN);
        assertThat(preference.get()).contains(Locale.JAPANESE);
        assertThat(node.get("language", null)).isEqualTo("ja");

        preference.set(Locale.ENGLISH);
        assertThat(preference.get()).contains(Locale.ENGLISH);

        preference.set(null);
        assertThat(preference.get()).isEmpty();
    }

    @Test
    void applySwitchesTheTextsUnlessTheRunChoseALanguage() {
        preference.set(Locale.JAPANESE);
        String forced = System.clearProperty("citytwin.lang");
        try {
            preference.apply();
            assertThat(Texts.get("common.cancel")).isEqualTo("キャンセル");

            Texts.setLocale(Locale.ENGLISH);
            System.setProperty("citytwin.lang", "en");
            preference.apply();
            assertThat(Texts.get("common.cancel")).isEqualTo("Cancel");
        } finally {
            if (forced == null) System.clearProperty("citytwin.lang");
            else System.setProperty("citytwin.lang", forced);
        }
    }

    @Test
    void aHandEditedValueMeansTheOsDecides() {
        node.put("language", "klingon");
        assertThat(preference.get()).isEmpty();
    }
}
