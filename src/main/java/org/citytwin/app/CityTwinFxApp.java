package org.citytwin.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.citytwin.scene.CityScene;
import org.citytwin.ui.load.LoadViewModel;
import org.citytwin.ui.MainWindow;
import org.citytwin.ui.layers.TexturePreference;

/** The JavaFX application: opens the main window and loads the paths given on the command line. */
public final class CityTwinFxApp extends Application {
    static final String SAMPLE_FOLDER = "sample-citygml";
    private AppContext context;
    private MainWindow window;

    @Override
    public void start(Stage stage) {
        context = new AppContext().warmUp();
        List<Path> paths = getParameters().getRaw().stream().map(Path::of).toList();
        window = open(stage, context);
        org.citytwin.ui.help.ErrorReporter.install(() -> stage); // unexpected errors: logged, then a dialog naming the log
        if (!Platform.isSupported(ConditionalFeature.SCENE3D)) {
            window.setHint("3D rendering is not supported here — under Xvfb run with -Dprism.forceGPU=true");
            return;
        }
        openInitial(window, paths, Path.of(""), jarFolder());
    }

    /**
     * Paths given on the command line open directly; without any, the start page shows the bundled sample's places
     * (looked for under the working directory, then beside the jar) instead of loading all of it at once.
     */
    static void openInitial(MainWindow window, List<Path> given, Path workingDir, Path jarFolder) {
        if (!given.isEmpty()) {
            openPaths(window, given);
        } else {
            window.showStartPage(sampleFolder(workingDir, jarFolder).orElse(null));
        }
    }

    /**
     * Command-line paths go where File → Open sends them: CityGML files and folders to the city loader, flow files
     * (MF-JSON, MF-CSV, lab trajectory text) to the flow loader, never "not an XML file".
     */
    static void openPaths(MainWindow window, List<Path> paths) {
        window.open(paths);
    }

    /** Builds and shows the main window (1400x900) on the stage; used by the app and the UI tests. */
    public static MainWindow open(Stage stage, AppContext context) {
        CityScene cityScene = new CityScene(1400, 760);
        MainWindow window = new MainWindow(cityScene, new LoadViewModel.Loader() {
            @Override
            public org.citytwin.pipeline.LoadResult load(List<Path> inputs, org.citytwin.pipeline.LoadProgress progress,
                                                         org.citytwin.pipeline.CancelToken cancel) {
                return load(inputs, progress, cancel, org.citytwin.pipeline.TileStream.NONE);
            }

            @Override
            public org.citytwin.pipeline.LoadResult load(List<Path> inputs, org.citytwin.pipeline.LoadProgress progress,
                                                         org.citytwin.pipeline.CancelToken cancel, org.citytwin.pipeline.TileStream tiles) {
                // appearances always, images only while shown: textures switched on later are built from what was read
                context.loader().setTextures(true);
                context.loader().setAtlases(TexturePreference.isOn()); // the View menu's choice, read per load
                return context.loader().load(inputs, progress, cancel, org.citytwin.pipeline.LoadStats.NONE, tiles);
            }
        }, context.loadExecutor(), context.analysisExecutor());
        window.measure().viewModel().setToLatLon(context.loader()::toLatLon); // cursor read-out in latitude/longitude
        window.sun().setToLatLon(context.loader()::toLatLon); // View → Sun: the sun over the data's place
        FlowFrameLink frames = new FlowFrameLink(context); // flows and city share one local frame, whichever comes first
        window.flowFiles().setReaders(frames::reader);
        window.flowFiles().setAfterRead(frames::shareWithCity);
        window.setGeoPlacement(frames::placement);
        window.scenarios().controller().setLoader(context.loader()); // placed models: lat/lon in the city's frame
        window.annotations().setLoader(context.loader());
        stage.setOnCloseRequest(e -> {
            if (!window.mayClose()) e.consume(); // unsaved project changes: the user cancelled
        });
        stage.setScene(new Scene(window.root(), 1400, 900));
        window.bindTitle(stage);
        stage.show();
        window.root().lookup("#view3d").requestFocus();
        return window;
    }

    /** The bundled sample folder under the working directory, else beside the program's jar, else none. */
    static java.util.Optional<Path> sampleFolder(Path workingDir) {
        return sampleFolder(workingDir, jarFolder());
    }

    /**
     * As above with the jar's folder given: the installed app image keeps the sample in lib/app/ next to
     * citytwin.jar, and a launcher started from a desktop menu has some other working directory.
     */
    static java.util.Optional<Path> sampleFolder(Path workingDir, Path jarFolder) {
        for (Path dir : jarFolder == null ? List.of(workingDir) : List.of(workingDir, jarFolder)) {
            Path sample = dir.resolve(SAMPLE_FOLDER);
            if (Files.isDirectory(sample)) return java.util.Optional.of(sample);
        }
        return java.util.Optional.empty();
    }

    static Path jarFolder() {
        try {
            Path code = Path.of(CityTwinFxApp.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(code) ? code.getParent() : null; // classes folder in a build: no sample there
        } catch (Exception unknownLocation) {
            return null;
        }
    }

    @Override
    public void stop() {
        if (window != null) window.close();
        if (context != null) context.close();
    }
}
