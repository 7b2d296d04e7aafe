package org.citytwin.text;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every user-facing string, in English and Japanese. A key's first segment names its bundle
 * ({@code "shadow.study.title"} lives in {@code org/citytwin/text/shadow.properties} and {@code shadow_ja.properties}),
 * so features keep their own files. Bundles are UTF-8 (Java 9+ reads properties bundles as UTF-8).
 * Plain Java, depends on nothing of ours: every layer may use it. JSON output never goes through here.
 */
public final class Texts {

    private static final String FOLDER = "org.citytwin.text.";
    private static volatile Locale locale = defaultLocale();
    private static final ConcurrentHashMap<String, ResourceBundle> BUNDLES = new ConcurrentHashMap<>();
    private static final ConcurrentHashMap<String, ResourceBundle> ENGLISH = new ConcurrentHashMap<>();

    private Texts() {
    }

    /** The text for {@code key} in the current language, with {@link MessageFormat} arguments filled in. */
    public static String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle(bundleName(key)).getString(key);
        } catch (MissingResourceException missing) {
            return key; // visible in the UI and caught by TextBundlesTest, never a crash
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** The text for {@code key} in English whatever the current language (JSON, logs, stored messages). */
    public static String english(String key, Object... args) {
        String pattern;
        try {
            pattern = ENGLISH.computeIfAbsent(bundleName(key), n -> load(n, Locale.ENGLISH)).getString(key);
        } catch (MissingResourceException missing) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ENGLISH).format(args);
    }

    /** The language texts are given in: Japanese or English. */
    public static Locale locale() {
        return locale;
    }

    /** Switches the language (from {@code --lang}, Preferences or a test); anything but Japanese means English. */
    public static void setLocale(Locale chosen) {
        locale = "ja".equals(chosen.getLanguage()) ? Locale.JAPANESE : Locale.ENGLISH;
        BUNDLES.clear();
    }

    /** {@code ja} or {@code en}, as {@code --lang} writes them; anything else is refused. */
    public static Locale parseLanguage(String tag) {
        return switch (tag.toLowerCase(Locale.ROOT)) {
            case "ja" -> Locale.JAPANESE;
            case "en" -> Locale.ENGLISH;
            default -> throw new IllegalArgumentException("Unknown language '" + tag + "': use ja or en.");
        };
    }

    static String bundleName(String key) {
        int dot = key.indexOf('.');
        return dot < 0 ? key : key.substring(0, dot);
    }

    private static ResourceBundle bundle(String name) {
        return BUNDLES.computeIfAbsent(name, n -> load(n, locale));
    }

    private static ResourceBundle load(String name, Locale language) {
        return ResourceBundle.getBundle(FOLDER + name, language,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static Locale defaultLocale() {
        String chosen = System.getProperty("citytwin.lang");
        if (chosen != null && !chosen.isBlank()) return parseLanguage(chosen);
        return "ja".equals(Locale.getDefault().getLanguage()) ? Locale.JAPANESE : Locale.ENGLISH;
    }
}
