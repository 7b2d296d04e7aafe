package org.citytwin.ui;

import org.citytwin.text.Texts;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.citytwin.pipeline.LoadResult;
import org.citytwin.scene.CityScene;
import org.citytwin.ui.draw.FootprintDrawing;
import org.citytwin.ui.load.FxSteps;
import org.citytwin.ui.load.ProgressiveShow;
import org.citytwin.ui.draw.ReferenceGround;
import org.citytwin.ui.flows.FlowFileLoader;
import org.citytwin.ui.flows.FlowTimelineView;
import org.citytwin.ui.flows.FlowsController;
import org.citytwin.ui.flows.FlowsFeature;
import org.citytwin.ui.flows.GateTool;
import org.citytwin.ui.inspect.InspectorView;
import org.citytwin.ui.inspect.InspectorViewModel;
import org.citytwin.ui.layers.LayersFeature;
import org.citytwin.ui.layers.LodViewModel;
import org.citytwin.ui.layers.ThematicViewModel;
import org.citytwin.ui.load.LoadViewModel;
import org.citytwin.ui.measure.MeasureController;
import org.citytwin.ui.measure.MeasureFeature;
import org.citytwin.ui.navigation.NavigationTools;
import org.citytwin.ui.navigation.PlacesBox;
import org.citytwin.ui.navigation.ViewKeys;
import org.citytwin.ui.quality.DataQualityView;
import org.citytwin.ui.quality.DataQualityViewModel;
import org.citytwin.ui.underground.ClearanceController;
import org.citytwin.ui.underground.ExcavationController;
import org.citytwin.ui.underground.UndergroundController;
import org.citytwin.ui.underground.UndergroundFeature;

/**
 * The main window: menus, the 3D view, the data-quality panel (load issues) and a status bar. Files and folders dropped on the
 * window load into the same scene (one shared local frame, so they sit at their true relative positions).
 */
public final class MainWindow {
    private final BorderPane root = new BorderPane();
    private final CityScene cityScene;
    private final LoadViewModel vm;
    private final org.citytwin.scene.TileFeeder feeder;
    /** The whole-load steps' pure computations run in the common pool: never queued behind the next load. */
    private final FxSteps loadSteps = new FxSteps(java.util.concurrent.ForkJoinPool.commonPool());
    private final LayersFeature layers;
    private final LodViewModel lods;
    private final ThematicViewModel thematic;
    private final UndergroundFeature undergroundFeature;
    private final UndergroundController underground;
    private final DataQualityViewModel quality;
    private final InspectorViewModel inspector = new InspectorViewModel();
    private final SelectionController selection;
    private final SidePanel side;
    private final MeasureFeature measureFeature;
    private final MeasureController measure;
    private final ExcavationController excavation;
    private final ClearanceController clearance;
    private final FlowsController flows;
    private final GateTool gateTool;
    private final FlowFileLoader flowFiles;
    private final FlowsFeature flowsFeature;
    private final org.citytwin.ui.scenarios.ScenarioTools scenarios;
    private final org.citytwin.ui.compare.CompareFeature compareFeature;
    private final org.citytwin.ui.compare.CompareController compare;
    private final org.citytwin.ui.annotations.AnnotationTools annotations;
    private final org.citytwin.ui.sun.SunTools sun;
    private final org.citytwin.ui.study.StudyTools study;
    private org.citytwin.ui.viewpoints.ViewpointTools viewpoints;
    private org.citytwin.ui.present.PresenterMode presenter;
    private MenuBar menuBar;
    private final BooleanProperty hasContent = new SimpleBooleanProperty(false);
    private final Label hint = new Label(Texts.get("main.hint"));
    private final org.citytwin.ui.start.StartPage startPage = new org.citytwin.ui.start.StartPage(startActions());
    private org.citytwin.ui.start.RecentFiles recentFiles = new org.citytwin.ui.start.RecentFiles();

    /** @param loader the pipeline (DatasetLoader::load); @param executor runs loads and analyses in the background */
    public MainWindow(CityScene cityScene, LoadViewModel.Loader loader, java.util.concurrent.Executor executor) {
        this(cityScene, loader, executor, executor);
    }

    /**
     * @param executor the load lane: loads, LOD re-meshing, flow reads
     * @param analysis the analysis lane: clearance checks and excavations, so a long check never delays a load
     */
    public MainWindow(CityScene cityScene, LoadViewModel.Loader loader, java.util.concurrent.Executor executor,
                      java.util.concurrent.Executor analysis) {
        this.cityScene = cityScene;
        // the next tiles' arrays off the FX thread; -Dcitytwin.meshArraysOnFx=true builds them in the pulse (bench comparison)
        this.feeder = new org.citytwin.scene.TileFeeder(cityScene, Boolean.getBoolean("citytwin.meshArraysOnFx") ? null
                : java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
                    Thread t = new Thread(r, "citytwin-mesh-arrays");
                    t.setDaemon(true);
                    return t;
                }));
        feeder.setTrianglesPerPulse(Long.getLong("citytwin.trianglesPerPulse", org.citytwin.scene.TileFeeder.DEFAULT_TRIANGLES_PER_PULSE));
        feeder.setScaleWithFrameTime(!"false".equals(System.getProperty("citytwin.scaleFeedByFrame")));
        this.vm = LoadViewModel.progressive(loader, executor, new ProgressiveShow(cityScene, feeder, this::show));
        feeder.onBatch(views -> { // tiles arriving during a load: seen at once, in the colours shown
            hasContent.set(true);
            thematicModel().paintAdded(views);
        });
        StackPane view = new StackPane(cityScene.viewport(), hint);
        this.layers = new LayersFeature(view, cityScene, executor, () -> {
            underground().refresh();
            selection().refresh();
        });
        this.lods = layers.lods();
        this.thematic = layers.thematic();
        this.quality = new DataQualityViewModel(vm.issues(), env -> cityScene.camera().oblique(env));

        view.setId("view3d");
        view.setMinSize(0, 0);
        hint.setId("hint");
        hint.getStyleClass().add("ct-hint");
        hint.setMouseTransparent(true);
        hint.visibleProperty().bind(hasContent.not().and(vm.runningProperty().not()).and(startPage.visibleProperty().not()));
        NavigationTools nav = NavigationTools.install(view, cityScene);
        selection = SelectionController.install(view, cityScene, inspector);
        measureFeature = new MeasureFeature(view, cityScene, selection, nav.scaleBar());
        measure = measureFeature.controller();
        FootprintDrawing drawing = new FootprintDrawing(view, cityScene, selection.picker());
        drawing.setReferenceGround(() -> ReferenceGround.of(cityScene.groundModel(), cityScene.bounds()));
        inspector.setGround(cityScene::groundModel); // hover cover depth from the drawn ground
        selection.alsoSuspendWhile(drawing::isActive);
        undergroundFeature = new UndergroundFeature(view, cityScene, layers, drawing, analysis, selection);
        underground = undergroundFeature.controller();
        excavation = undergroundFeature.excavation();
        clearance = undergroundFeature.clearance();
        flowsFeature = new FlowsFeature(view, cityScene, selection, executor, lods::allObjects, this::window);
        flows = flowsFeature.controller();
        gateTool = flowsFeature.gateTool();
        flowFiles = flowsFeature.files();

        scenarios = new org.citytwin.ui.scenarios.ScenarioTools(view, cityScene, lods, inspector, selection, drawing, executor, vm,
                vm::setMessage);
        annotations = new org.citytwin.ui.annotations.AnnotationTools(view, cityScene, selection, scenarios.viewModel(), vm::setMessage);
        study = new org.citytwin.ui.study.StudyTools(view, cityScene, drawing, analysis, lods, inspector,
                () -> scenarios.controller().loader(), vm::setMessage);
        compareFeature = new org.citytwin.ui.compare.CompareFeature(view, cityScene, executor, scenarios, layers, inspector,
                selection, loader);
        compare = compareFeature.controller();
        sun = new org.citytwin.ui.sun.SunTools(view, cityScene);
        root.setCenter(view);
        InspectorView inspectorView = new InspectorView(inspector);
        root.setRight(inspectorView);
        root.setLeft(side = new SidePanel(cityScene, lods, selection));
        NarrowWindowDocking.install(root, side, inspectorView);
        ViewKeys.install(root, view);
        menuBar = menus(nav);
        org.citytwin.ui.help.HelpMenus.install(menuBar, root, lods, cityScene, vm::setMessage);
        root.setTop(new VBox(menuBar, new javafx.scene.control.ToolBar(
                new PlacesBox(side.layers(), env -> cityScene.camera().flyTo(env)))));
        side.addToLayers(flowsFeature.layersRows());
        side.addTab(Texts.get("main.tab.scenarios"), scenarios.view());
        side.addTab(Texts.get("main.tab.annotations"), annotations.view());
        side.addTab(org.citytwin.ui.study.StudyTools.tabTitle(), study.view());
        side.addTab(Texts.get("main.tab.viewpoints"), (viewpoints = org.citytwin.ui.viewpoints.ViewpointTools.of(this)).view());
        side.layers().onRemoved(removed -> {
            if (removed.objects().contains(inspector.selected())) selection.clear();
            inspector.forget(removed.objects());
            vm.issues().removeIf(issue -> removed.path().equals(issue.file()));
            underground.refresh();
        });
        FlowTimelineView timeline = flowsFeature.timeline();
        root.setBottom(new VBox(timeline, new DataQualityView(quality), new StatusBar(vm)));
        installDragAndDrop();
        startPage.setVisible(false);
        startPage.setRecent(recentFiles, () -> scenarios.files().recent().list());
        view.getChildren().add(startPage); // over everything in the view while shown
        vm.runningProperty().addListener((o, was, running) -> {
            if (running) showView(); // whatever started a load (a project, a recent entry, the menu): show the city
        });
    }

    /**
     * Shows the start page over the 3D view with the places of the sample folder (null: no sample found); the side
     * layers panel steps aside until something is opened.
     */
    public void showStartPage(Path sampleFolder) {
        List<org.citytwin.places.Place> places = List.of();
        String note = org.citytwin.text.Texts.get("start.samples.none");
        if (sampleFolder != null) {
            try {
                places = org.citytwin.places.PlaceClusters.ofFiles(List.of(sampleFolder));
                note = org.citytwin.text.Texts.get("start.samples.from", sampleFolder.toAbsolutePath().normalize());
            } catch (java.io.IOException | java.io.UncheckedIOException e) {
                note = sampleFolder + ": " + e.getMessage();
            }
        }
        startPage.showPlaces(places, note);
        showStartPage();
    }

    /** File → Start page: the start page again, with the places it had and fresh recent lists. */
    public void showStartPage() {
        startPage.refresh();
        startPage.setVisible(true);
        startPage.toFront();
        setSidePanelsShown(false);
    }

    /** Hides the start page: the 3D view and its panels are back. */
    public void showView() {
        if (!startPage.isVisible()) return;
        startPage.setVisible(false);
        setSidePanelsShown(true);
        root.lookup("#view3d").requestFocus();
    }

    public org.citytwin.ui.start.StartPage startPage() { return startPage; }

    /** Where opened files and folders are remembered (tests pass their own preference node). */
    public void setRecentFiles(org.citytwin.ui.start.RecentFiles recent) {
        recentFiles = recent;
        startPage.setRecent(recent, () -> scenarios.files().recent().list());
    }

    private void setSidePanelsShown(boolean shown) {
        side.setVisible(shown); // the inspector on the right shows only with a selection anyway
        side.setManaged(shown);
    }

    private org.citytwin.ui.start.StartPage.Actions startActions() {
        return new org.citytwin.ui.start.StartPage.Actions() {
            public void open(List<Path> paths) { MainWindow.this.open(paths); }
            public void openPlace(org.citytwin.places.Place place) {
                showView();
                vm.load(place.files()); // the place's own files only; the sample page stays one click away
            }
            public void openProject(Path project) {
                if (scenarios.files().open(project, false)) showView();
            }
            public void chooseFiles() { MainWindow.this.chooseFiles(); }
            public void chooseFolder() { MainWindow.this.chooseFolder(); }
        };
    }

    /** At exit: cancels running analyses and closes live feeds (the pools themselves belong to AppContext). FX thread. */
    public void close() {
        undergroundFeature.close();
        flows.disconnectFeed();
    }

    public BorderPane root() { return root; }
    /** The menu bar (above the toolbar at the window's top). */
    public MenuBar menuBar() { return menuBar; }
    public LoadViewModel viewModel() { return vm; }
    /** Puts loaded tiles into the scene a few per pulse, nearest to the camera first. */
    public org.citytwin.scene.TileFeeder feeder() { return feeder; }
    public LodViewModel lodModel() { return lods; }
    public ThematicViewModel thematicModel() { return thematic; }
    public DataQualityViewModel quality() { return quality; }
    public CityScene cityScene() { return cityScene; }
    public InspectorViewModel inspector() { return inspector; }
    public SelectionController selection() { return selection; }
    public SidePanel sidePanel() { return side; }
    public MeasureController measure() { return measure; }
    public UndergroundController underground() { return underground; }
    public ExcavationController excavation() { return excavation; }
    public ClearanceController clearance() { return clearance; }
    public FlowsController flows() { return flows; }
    public GateTool gateTool() { return gateTool; }
    public FlowFileLoader flowFiles() { return flowFiles; }
    public org.citytwin.ui.scenarios.ScenarioTools scenarios() { return scenarios; }
    public org.citytwin.ui.annotations.AnnotationTools annotations() { return annotations; }
    public org.citytwin.ui.study.StudyTools study() { return study; }
    public org.citytwin.ui.viewpoints.ViewpointTools viewpoints() { return viewpoints; }
    /** View → Sun: the panel, its view model and the place the sun is seen from. */
    public org.citytwin.ui.sun.SunTools sun() { return sun; }
    public org.citytwin.ui.present.PresenterMode presenter() { return presenter; }

    /** Exit and the window's close box: asks about unsaved project changes first; true when it may close. */
    public boolean mayClose() { return scenarios.files().close(); }
    public org.citytwin.ui.compare.CompareController compare() { return compare; }

    /** Opens CityGML files/folders in the city loader and flow files (JSON, CSV, text) as recorded flows. */
    public void open(List<Path> paths) {
        if (paths.isEmpty()) return;
        recentFiles.add(paths);
        startPage.refresh();
        showView();
        List<Path> flowPaths = paths.stream().filter(FlowFileLoader::isFlowFile).toList();
        List<Path> cityPaths = paths.stream().filter(p -> !FlowFileLoader.isFlowFile(p)).toList();
        if (!cityPaths.isEmpty()) vm.load(cityPaths);
        if (!flowPaths.isEmpty()) flowFiles.load(flowPaths);
    }

    /** Where live positions (lon/lat) are placed: the city's frame; set by the app (null until something is loaded). */
    public void setGeoPlacement(java.util.function.Supplier<org.citytwin.flow.GeoPlacement> placement) {
        flowsFeature.setGeoPlacement(placement);
    }

    public void setHint(String text) { hint.setText(text); }

    /** "CityTwin — <what is loaded>" on the stage. */
    public void bindTitle(Stage stage) {
        var files = scenarios.files();
        var project = scenarios.viewModel();
        stage.titleProperty().bind(Bindings.createStringBinding(() -> Texts.get("main.title", files.file() == null ? "" : files.file().getFileName() + (project.isDirty() ? " *" : "") + " — ",
                vm.loadedNameProperty().get().isEmpty() ? Texts.get("main.title.noData") : vm.loadedNameProperty().get()),
                vm.loadedNameProperty(), files.fileProperty(), project.dirtyProperty()));
    }

    /**
     * FX thread: once every tile of a load is in the scene (see {@link ProgressiveShow}), the steps that need all of it,
     * each in its own FX event (a big city's would freeze the window together), and the framing of everything loaded
     * so far unless the user moved the camera meanwhile; then {@code done}.
     */
    private void show(LoadResult result, boolean first, boolean cameraMoved, Runnable done) {
        List<FxSteps.Step> steps = List.of(
                FxSteps.Step.prepared("ground", () -> org.citytwin.underground.GroundModel.summarize(result.meshes()), cityScene::addGround),
                FxSteps.Step.prepared("lods", () -> LodViewModel.arrivalOf(result), lods::add),
                FxSteps.Step.prepared("underground", () -> result.files().stream().flatMap(f -> f.objects().stream()).toList(), underground::loaded),
                FxSteps.Step.prepared("layers", () -> org.citytwin.ui.layers.LayersViewModel.datasetsOf(result), side.layers()::add),
                new FxSteps.Step("thematic", thematic::refresh),
                FxSteps.Step.prepared("quality", () -> org.citytwin.ui.quality.ObjectBoundsIndex.of(result), quality::index),
                FxSteps.Step.prepared("inspector", () -> InspectorViewModel.idsOf(result), inspector::index),
                new FxSteps.Step("camera", () -> {
                    if (cameraMoved) {
                        // the user took the camera while the tiles came in: leave it there
                    } else if (first) {
                        cityScene.focusDensest(); // a folder of far-apart cities would otherwise open as specks
                    } else if (result.bounds() != null && !result.bounds().isEmpty()) {
                        cityScene.camera().fitTo(result.bounds()); // show what was just added, keep the direction
                    }
                    hasContent.set(!cityScene.isEmpty());
                }),
                new FxSteps.Step("scenarios", scenarios::loaded),
                new FxSteps.Step("annotations", annotations::loaded),
                new FxSteps.Step("sun", sun::refreshPlace));
        loadSteps.run(steps, () -> cityScene.whenGroundReady(done)); // done: everything drawn, the landscape too
    }

    /** The steps after a load's tiles are in, with the times of the last run's (bench --pulses). */
    public FxSteps loadSteps() { return loadSteps; }

    private MenuBar menus(NavigationTools nav) {
        MenuItem[] navItems = nav.menuItems();
        MenuItem openFile = item(Texts.get("main.menu.openFile"), "Shortcut+O", this::chooseFiles);
        MenuItem openFolder = item(Texts.get("main.menu.openFolder"), "Shortcut+Shift+O", this::chooseFolder);
        MenuItem exit = item(Texts.get("main.menu.exit"), "Shortcut+Q", () -> {
            if (mayClose()) window().hide();
        });
        MenuItem importText = item(Texts.get("main.menu.import"), null, flowsFeature::importDelimitedText);
        MenuItem exportImage = org.citytwin.ui.export.ExportImageAction.menuItem(cityScene, () -> annotations.labels().pane(),
                this::window, vm::setMessage);
        MenuItem start = item(org.citytwin.text.Texts.get("start.menu"), null, this::showStartPage);
        start.setId("show-start-page");
        Menu file = new Menu(Texts.get("main.menu.file"), null, openFile, openFolder, importText, exportImage, new SeparatorMenuItem(), start,
                new SeparatorMenuItem(), exit);
        file.getItems().addAll(0, scenarios.fileItems());
        Menu view = new Menu(Texts.get("main.menu.view"), null,
                item(Texts.get("main.menu.fit"), null, nav::fit),
                item(Texts.get("main.menu.top"), null, cityScene::top),
                item(Texts.get("main.menu.oblique"), null, cityScene::oblique),
                navItems[0], navItems[1],
                new SeparatorMenuItem());
        view.getItems().addAll(layers.viewMenuItems());
        view.getItems().add(measureFeature.menu());
        view.getItems().addAll(undergroundFeature.viewMenuItems());
        view.getItems().addAll(new SeparatorMenuItem(), sun.menuItem());
        presenter = new org.citytwin.ui.present.PresenterMode(this);
        view.getItems().addAll(new SeparatorMenuItem(), item(Texts.get("main.menu.present"), "F5", presenter::start));
        Menu tools = new Menu(Texts.get("main.menu.tools"), null, undergroundFeature.toolsMenuItems());
        tools.getItems().addAll(compareFeature.menuItem(), annotations.menuItem(),
                study.menuItem(() -> side.showTab(org.citytwin.ui.study.StudyTools.tabTitle())));
        tools.setId("tools-menu");
        Menu flowMenu = flowsFeature.menu();
        return new MenuBar(file, scenarios.editMenu(), view, scenarios.scenarioMenu(), tools, flowMenu);
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (accelerator != null) item.setAccelerator(KeyCombination.keyCombination(accelerator));
        item.setOnAction(e -> action.run());
        return item;
    }

    private javafx.stage.Window window() {
        return root.getScene().getWindow();
    }

    private void chooseFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Texts.get("main.chooser.open"));
        List<String> cityGlobs = List.of("*.gml", "*.xml", "*.citygml", "*.GML"), flowGlobs = org.citytwin.flow.FlowFileTypes.globs();
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(Texts.get("main.chooser.all"),
                        java.util.stream.Stream.concat(cityGlobs.stream(), flowGlobs.stream()).toList()),
                new FileChooser.ExtensionFilter(Texts.get("main.chooser.citygml"), cityGlobs),
                new FileChooser.ExtensionFilter(Texts.get("main.chooser.flows"), flowGlobs),
                new FileChooser.ExtensionFilter(Texts.get("main.chooser.anyFile"), "*.*"));
        List<File> files = chooser.showOpenMultipleDialog(window());
        if (files != null) open(files.stream().map(File::toPath).toList());
    }

    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(Texts.get("main.chooser.folder"));
        File dir = chooser.showDialog(window());
        if (dir != null) open(List.of(dir.toPath()));
    }

    private void installDragAndDrop() {
        root.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) e.acceptTransferModes(TransferMode.COPY);
            e.consume();
        });
        root.setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles();
            if (ok) {
                List<Path> paths = e.getDragboard().getFiles().stream().map(File::toPath).toList();
                open(paths);
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }
}
