package org.citytwin.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.citytwin.measure.MeasureTool;
import org.citytwin.model.FeatureKind;
import org.citytwin.model.UtilityType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Fails when a key is missing in either language, or when code asks for a key no bundle has. */
class TextBundlesTest {

    private static final Path BUNDLES = Path.of("src/main/resources/org/citytwin/text");
    private static final Path SOURCES = Path.of("src/main/java/org/citytwin");
    /** Whole keys asked for by Texts.get/english or carried by IssueMessage.of, and flowread.* / flowfeed.* key literals. */
    private static final Pattern KEY_IN_CODE = Pattern.compile(
            "(?:Texts\\.get|Texts\\.english|IssueMessage\\.of)\\(\\s*\"([^\"]+)\"\\s*[,)]|\"((?:flowread|flowfeed)\\.[\\w.]*\\w)\"");

    @AfterEach
    void english() {
        Texts.setLocale(Locale.ENGLISH);
    }

    @Test
    void everyBundleHasTheSameKeysInEnglishAndJapanese() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path english : baseBundles()) {
            String name = english.getFileName().toString().replace(".properties", "");
            Path japanese = english.resolveSibling(name + "_ja.properties");
            if (!Files.exists(japanese)) {
                problems.add(name + ": no Japanese bundle");
                continue;
            }
            Properties en = load(english), ja = load(japanese);
            for (String k : en.stringPropertyNames()) {
                if (!k.startsWith(name + ".")) problems.add(name + ": key " + k + " must start with '" + name + ".'");
                if (ja.getProperty(k, "").isBlank()) problems.add(name + "_ja: missing " + k);
            }
            for (String k : ja.stringPropertyNames()) if (en.getProperty(k, "").isBlank()) problems.add(name + ": missing " + k);
        }
        assertThat(problems).isEmpty();
    }

    /** A pattern MessageFormat refuses (a '#' inside a choice, an unmatched quote) throws where the text is shown. */
    @Test
    void everyPatternWithArgumentsParsesAndJapaneseUsesOnlyEnglishsArguments() throws IOException {
        Pattern argument = Pattern.compile("\\{(\\d+)");
        List<String> problems = new ArrayList<>();
        for (Path english : baseBundles()) {
            String name = english.getFileName().toString().replace(".properties", "");
            Properties en = load(english), ja = load(english.resolveSibling(name + "_ja.properties"));
            for (String k : en.stringPropertyNames()) {
                if (k.startsWith("cli.help.")) continue; // picocli format strings, not MessageFormat
                TreeSet<String> enArgs = new TreeSet<>(), jaArgs = new TreeSet<>();
                for (var pair : List.of(java.util.Map.entry(en.getProperty(k), enArgs), java.util.Map.entry(ja.getProperty(k, ""), jaArgs))) {
                    Matcher m = argument.matcher(pair.getKey());
                    while (m.find()) pair.getValue().add(m.group(1));
                    if (pair.getValue().isEmpty()) continue;
                    try {
                        new java.text.MessageFormat(pair.getKey(), Locale.ENGLISH);
                    } catch (IllegalArgumentException e) {
                        problems.add(k + ": " + e.getMessage());
                    }
                }
                // Japanese may leave out a plural's count; it may not use an argument the code does not pass
                if (!enArgs.containsAll(jaArgs)) problems.add(k + ": English takes " + enArgs + ", Japanese " + jaArgs);
            }
        }
        assertThat(problems).isEmpty();
    }

    /** A text without arguments is shown as written, not through MessageFormat: a doubled quote would show doubled. */
    @Test
    void aTextWithoutArgumentsHasNoDoubledQuote() throws IOException {
        Pattern argument = Pattern.compile("\\{\\d+");
        List<String> problems = new ArrayList<>();
        for (Path english : baseBundles()) {
            String name = english.getFileName().toString().replace(".properties", "");
            for (Path bundle : List.of(english, english.resolveSibling(name + "_ja.properties"))) {
                Properties p = load(bundle);
                for (String k : p.stringPropertyNames()) {
                    String text = p.getProperty(k);
                    if (!argument.matcher(text).find() && text.contains("''")) problems.add(bundle.getFileName() + " " + k);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyKeyTheCodeAsksForExists() throws IOException {
        Properties all = new Properties();
        for (Path english : baseBundles()) all.putAll(load(english));
        TreeSet<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_IN_CODE.matcher(Files.readString(f));
                while (m.find()) {
                    String key = m.group(1) != null ? m.group(1) : m.group(2);
                    if (!all.containsKey(key)) missing.add(key + " (" + f.getFileName() + ")");
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    /** Enum display names are looked up by constant name, so the key scan above cannot see them. */
    @Test
    void everyFeatureKindUtilityTypeAndMeasureToolHasANameInBothLanguages() {
        List<String> missing = new ArrayList<>();
        for (Locale language : List.of(Locale.ENGLISH, Locale.JAPANESE)) {
            Texts.setLocale(language);
            for (FeatureKind k : FeatureKind.values()) if (k.displayName().startsWith("names.")) missing.add(language + " " + k);
            for (UtilityType t : UtilityType.values()) if (t.displayName().startsWith("names.")) missing.add(language + " " + t);
            for (MeasureTool t : MeasureTool.values()) if (t.displayName().startsWith("names.")) missing.add(language + " " + t);
        }
        assertThat(missing).isEmpty();
        Texts.setLocale(Locale.JAPANESE);
        assertThat(FeatureKind.BUILDING.displayName()).isEqualTo("建築物");
        assertThat(FeatureKind.BRIDGE.displayName()).isEqualTo("橋梁");
        assertThat(FeatureKind.BUILDING.label()).isEqualTo("Buildings"); // queries and JSON keep English
        Texts.setLocale(Locale.ENGLISH);
        assertThat(FeatureKind.TRANSPORTATION.displayName()).isEqualTo(FeatureKind.TRANSPORTATION.label());
    }

    @Test
    void theLanguageSwitchChangesTheText() {
        Texts.setLocale(Locale.JAPANESE);
        assertThat(Texts.get("common.cancel")).isEqualTo("キャンセル");
        Texts.setLocale(Locale.ENGLISH);
        assertThat(Texts.get("common.cancel")).isEqualTo("Cancel");
        assertThat(Texts.get("common.no-such-key")).isEqualTo("common.no-such-key");
    }

    private static List<Path> baseBundles() throws IOException {
        try (Stream<Path> files = Files.list(BUNDLES)) {
            return files.filter(p -> p.toString().endsWith(".properties") && !p.getFileName().toString().contains("_")).sorted().toList();
        }
    }

    private static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }
}
