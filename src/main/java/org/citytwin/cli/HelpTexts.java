package org.citytwin.cli;

import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;
import org.citytwin.text.Texts;

/**
 * The resource bundle picocli reads --help texts from. picocli asks for its own keys ({@code citytwin.inspect.json},
 * {@code usage.synopsisHeading}); they live in the {@code cli} bundle as {@code cli.help.<picocli key>}, so
 * TextBundlesTest checks them like every other text. Each value is looked up when help is printed, in the language
 * {@code --lang} set while parsing. Values are picocli format strings ({@code %n}, {@code %%}), not MessageFormat.
 */
public final class HelpTexts extends ResourceBundle {

    private static final String PREFIX = "cli.help.";
    private static final Set<String> KEYS = ResourceBundle.getBundle("org.citytwin.text.cli", Locale.ROOT,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
            .keySet().stream().filter(k -> k.startsWith(PREFIX)).map(k -> k.substring(PREFIX.length()))
            .collect(Collectors.toUnmodifiableSet());

    @Override
    protected Object handleGetObject(String key) {
        return KEYS.contains(key) ? Texts.get(PREFIX + key) : null;
    }

    @Override
    public Enumeration<String> getKeys() {
        return Collections.enumeration(KEYS);
    }

    @Override
    protected Set<String> handleKeySet() {
        return KEYS;
    }
}
