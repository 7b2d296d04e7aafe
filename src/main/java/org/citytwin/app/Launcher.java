package org.citytwin.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.citytwin.cli.BenchCommand;
import org.citytwin.cli.DiffCommand;
import org.citytwin.cli.HelpTexts;
import org.citytwin.cli.ShadowCommand;
import org.citytwin.cli.InspectCommand;
import org.citytwin.cli.ProjectCommand;
import org.citytwin.cli.SimulateCommand;
import org.citytwin.cli.ReportCommand;
import org.citytwin.cli.SnapshotCommand;
import org.citytwin.cli.SunCommand;
import org.citytwin.cli.TourCommand;
import org.citytwin.text.LanguagePreference;
import org.citytwin.text.Texts;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Plain main (does not extend Application, so the shaded jar starts without the JavaFX launcher check).
 * Without a subcommand it opens the viewer on the given files, or on the bundled sample. Help texts come from
 * {@link HelpTexts} (the {@code cli} bundle, English and Japanese); subcommands inherit it.
 */
@Command(name = "citytwin", mixinStandardHelpOptions = true, version = "CityTwin 0.1",
        resourceBundle = "org.citytwin.cli.HelpTexts",
        description = "3D viewer for CityGML / PLATEAU city models. Without a command, opens the viewer.",
        subcommands = {InspectCommand.class, SnapshotCommand.class, BenchCommand.class, SimulateCommand.class,
                ProjectCommand.class, DiffCommand.class, TourCommand.class, ReportCommand.class,
                SunCommand.class, ShadowCommand.class})
public final class Launcher implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "CityGML files or PLATEAU folders to open")
    private List<Path> paths = new ArrayList<>();

    /** Parsed before any subcommand runs or prints help, so everything after it is in the chosen language. */
    @Option(names = "--lang", paramLabel = "ja|en", converter = LanguageConverter.class,
            description = "language of messages and help: ja or en (default: Preferences, else the OS language)")
    void language(Locale language) {
        if (language != null) Texts.setLocale(language);
    }

    /** {@code --lang xx} is refused with a sentence naming the two languages there are. */
    static final class LanguageConverter implements CommandLine.ITypeConverter<Locale> {
        @Override
        public Locale convert(String value) {
            try {
                return Texts.parseLanguage(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(Texts.get("cli.lang.unknown", value));
            }
        }
    }

    @Override
    public Integer call() {
        CityTwinApp.launchWith(paths);
        return 0;
    }

    public static void main(String[] args) {
        ConsoleEncoding.utf8WhenAscii();
        org.citytwin.ui.help.LogFiles.prepare(); // before anything logs: logback reads the folder once
        routeJavaUtilLoggingToSlf4j();
        LanguagePreference.user().apply();
        CommandLine commandLine = new CommandLine(new Launcher());
        int code = commandLine.execute(args);
        // subcommand names come from the @Command list above, so a new command cannot be missed here
        if (code != 0 || (args.length > 0 && commandLine.getSubcommands().containsKey(args[0]))) {
            org.citytwin.cli.FxToolkit.stopIfStarted();
            System.exit(code);
        }
    }

    /** SIS, Derby and JavaFX log through java.util.logging; send it to Logback so one config decides. */
    private static void routeJavaUtilLoggingToSlf4j() {
        org.slf4j.bridge.SLF4JBridgeHandler.removeHandlersForRootLogger();
        org.slf4j.bridge.SLF4JBridgeHandler.install();
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.INFO);
    }
}
