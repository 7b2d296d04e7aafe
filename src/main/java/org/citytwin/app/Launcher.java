package org.citytwin.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.citytwin.cli.BenchCommand;
import org.citytwin.cli.DiffCommand;
import org.citytwin.cli.ShadowCommand;
import org.citytwin.cli.InspectCommand;
import org.citytwin.cli.ProjectCommand;
import org.citytwin.cli.SimulateCommand;
import org.citytwin.cli.ReportCommand;
import org.citytwin.cli.SnapshotCommand;
import org.citytwin.cli.SunCommand;
import org.citytwin.cli.TourCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * Plain main (does not extend Application, so the shaded jar starts without the JavaFX launcher check).
 * Without a subcommand it opens the viewer on the given files, or on the bundled sample.
 */
@Command(name = "citytwin", mixinStandardHelpOptions = true, version = "CityTwin 0.1",
        description = "3D viewer for CityGML / PLATEAU city models. Without a command, opens the viewer.",
        subcommands = {InspectCommand.class, SnapshotCommand.class, BenchCommand.class, SimulateCommand.class,
                ProjectCommand.class, DiffCommand.class, TourCommand.class, ReportCommand.class,
                SunCommand.class, ShadowCommand.class})
public final class Launcher implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "CityGML files or PLATEAU folders to open")
    private List<Path> paths = new ArrayList<>();

    @Override
    public Integer call() {
        CityTwinApp.launchWith(paths);
        return 0;
    }

    public static void main(String[] args) {
        routeJavaUtilLoggingToSlf4j();
        int code = new CommandLine(new Launcher()).execute(args);
        if (code != 0 || (args.length > 0 && isSubcommand(args[0]))) {
            System.exit(code);
        }
    }

    /** SIS, Derby and JavaFX log through java.util.logging; send it to Logback so one config decides. */
    private static void routeJavaUtilLoggingToSlf4j() {
        org.slf4j.bridge.SLF4JBridgeHandler.removeHandlersForRootLogger();
        org.slf4j.bridge.SLF4JBridgeHandler.install();
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.INFO);
    }

    private static boolean isSubcommand(String arg) {
        return arg.equals("inspect") || arg.equals("snapshot") || arg.equals("bench") || arg.equals("simulate")
                || arg.equals("project") || arg.equals("diff")
                || arg.equals("tour") || arg.equals("report") || arg.equals("sun") || arg.equals("shadow");
    }
}
