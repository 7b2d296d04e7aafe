package org.citytwin.text;

import java.util.Locale;
import java.util.Optional;
import java.util.prefs.Preferences;

/**
 * The language chosen in Preferences, remembered between runs (java.util.prefs, per user). Unset means the OS locale
 * chooses; {@code -Dcitytwin.lang} and {@code --lang} override it for one run.
 */
public final class LanguagePreference {

    private static final String KEY = "language";
    private final Preferences node;

    LanguagePreference(Preferences node) {
        this.node = node;
    }

    /** The current user's store. */
    public static LanguagePreference user() {
        return new LanguagePreference(Preferences.userNodeForPackage(LanguagePreference.class));
    }

    /** Japanese or English when one was chosen; empty when the OS locale decides (or the store cannot be read). */
    public Optional<Locale> get() {
        try {
            String tag = node.get(KEY, null);
            return tag == null ? Optional.empty() : Optional.of(Texts.parseLanguage(tag));
        } catch (RuntimeException e) { // a broken store or a hand-edited value must not stop the app
            return Optional.empty();
        }
    }

    /** A store in {@code node} (tests, so they never change the user's choice). */
    public static LanguagePreference in(Preferences node) {
        return new LanguagePreference(node);
    }

    /** Remembers {@code language} (Japanese, else English); {@code null} forgets the choice, so the OS locale decides. */
    public void set(Locale language) {
        try {
            if (language == null) node.remove(KEY);
            else node.put(KEY, "ja".equals(language.getLanguage()) ? "ja" : "en");
        } catch (RuntimeException e) {
            // not remembered; the current run still uses the language chosen
        }
    }

    /** Applies the remembered language unless {@code -Dcitytwin.lang} chose one for this run. */
    public void apply() {
        String forced = System.getProperty("citytwin.lang");
        if (forced != null && !forced.isBlank()) return;
        get().ifPresent(Texts::setLocale);
    }
}
