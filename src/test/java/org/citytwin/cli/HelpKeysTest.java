package org.citytwin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.citytwin.app.Launcher;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Every described option and parameter of every subcommand has its --help text in the cli bundle; one without falls back to
 * the English of its annotation and shows up untranslated in `--lang ja --help` (as `snapshot --whole` did).
 */
class HelpKeysTest {

    @Test
    void everyOptionAndParameterOfEveryCommandHasABundleText() {
        ResourceBundle en = ResourceBundle.getBundle("org.citytwin.text.cli", Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        List<String> missing = new ArrayList<>();
        collect(new CommandLine(new Launcher()), en, missing);
        assertThat(missing).isEmpty();
    }

    private static void collect(CommandLine command, ResourceBundle en, List<String> missing) {
        CommandSpec spec = command.getCommandSpec();
        String prefix = "cli.help." + spec.qualifiedName(".") + ".";
        for (ArgSpec arg : spec.args()) {
            if (arg instanceof OptionSpec o && (o.usageHelp() || o.versionHelp())) continue; // picocli's own keys
            String key = arg.descriptionKey() != null && !arg.descriptionKey().isEmpty() ? arg.descriptionKey() : defaultKey(arg);
            // an argument without any description shows none in either language; one with only its annotation's shows English
            if (!en.containsKey(prefix + key) && arg.description().length > 0) missing.add(prefix + key);
        }
        command.getSubcommands().values().forEach(sub -> collect(sub, en, missing));
    }

    private static String defaultKey(ArgSpec arg) {
        if (arg instanceof OptionSpec o) return o.longestName().replaceFirst("^-+", "");
        PositionalParamSpec p = (PositionalParamSpec) arg;
        return p.paramLabel() + "[" + p.index() + "]";
    }
}
