package org.citytwin.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Subcommand names have one source, Launcher's {@code @Command(subcommands = ...)}: the exit after a subcommand reads
 * it, and every command in it has its help text in the {@code cli} bundle and vice versa.
 */
class LauncherSubcommandsTest {

    private static final String PREFIX = "cli.help.";
    private static final ResourceBundle CLI = ResourceBundle.getBundle("org.citytwin.text.cli", Locale.ROOT,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    @Test
    void theScriptableContractsAreAllRegistered() {
        assertThat(new CommandLine(new Launcher()).getSubcommands().keySet()).containsExactlyInAnyOrder(
                "inspect", "snapshot", "bench", "simulate", "project", "diff", "tour", "report", "sun", "shadow");
    }

    @Test
    void everyCommandHasItsDescriptionInTheHelpBundle() {
        List<String> missing = new ArrayList<>();
        for (String command : commandNames()) {
            String key = PREFIX + command + ".usage.description";
            if (!CLI.containsKey(key) && !CLI.containsKey(key + ".0")) missing.add(key);
        }
        assertThat(missing).as("help descriptions missing from cli.properties").isEmpty();
    }

    @Test
    void everyHelpDescriptionNamesARegisteredCommand() {
        Set<String> commands = commandNames();
        Set<String> described = new TreeSet<>();
        for (String key : CLI.keySet()) {
            int at = key.indexOf(".usage.description");
            if (key.startsWith(PREFIX) && at > 0) described.add(key.substring(PREFIX.length(), at));
        }
        assertThat(described).isNotEmpty();
        assertThat(commands).containsAll(described);
    }

    /** Qualified names of the launcher and every (nested) subcommand: citytwin, citytwin.project.edit, ... */
    private static Set<String> commandNames() {
        Set<String> names = new TreeSet<>();
        collect(new CommandLine(new Launcher()), names);
        return names;
    }

    private static void collect(CommandLine command, Set<String> names) {
        names.add(command.getCommandSpec().qualifiedName("."));
        command.getSubcommands().values().forEach(sub -> collect(sub, names));
    }
}
