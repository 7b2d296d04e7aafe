package org.citytwin.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.citytwin.flow.GeoPlacement;
import org.citytwin.flow.feed.FeedSettings;
import org.citytwin.flow.feed.FeedSettingsStore;
import org.citytwin.flow.feed.MqttPositionPublisher;
import org.citytwin.flow.feed.PositionEncoder;
import org.citytwin.flow.sim.CrowdSimulator;
import org.citytwin.flow.sim.MfJsonRecorder;
import org.citytwin.flow.sim.WalkableMesh;
import org.citytwin.flow.sim.WalkableSurfaces;
import org.citytwin.geo.CrsResolver;
import org.citytwin.geo.LocalProjection;
import org.citytwin.model.CityObject;
import org.citytwin.pipeline.CancelToken;
import org.citytwin.pipeline.DatasetLoader;
import org.citytwin.pipeline.LoadProgress;
import org.citytwin.pipeline.LoadResult;
import org.citytwin.pipeline.model.ProposalPlacer;
import org.citytwin.text.Texts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * `simulate --mqtt URL [--agents N] [--rate HZ] [--topic T] [--duration S] FILES...`: walks simulated pedestrians
 * over the walkable surfaces of the given CityGML (roads, squares, bridge decks, underground floors) and publishes
 * their positions as GeoJSON to an MQTT broker; with --record FILE it writes them as MF-JSON instead (simulated time,
 * as fast as the CPU allows).
 */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        // one paragraph: the command list shows a description's first line only
        description = "Walks simulated pedestrians (about 1.3 m/s) over the walkable surfaces of the given CityGML files"
                + " (roads, squares, pedestrian bridge decks, underground mall floors) and publishes their positions as"
                + " GeoJSON FeatureCollections (lon/lat/height, properties id/time/speed/heading/level, simulated=true)"
                + " to an MQTT broker, or records them to an MF-JSON file with --record.")
public final class SimulateCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "FILES", description = "CityGML files or PLATEAU folders (or --project)")
    private List<Path> paths = List.of();

    @Option(names = "--project", paramLabel = "P.citytwin",
            description = "walk on a project's data with a scenario's edits: placed buildings block walkers, a deck carries them")
    private Path project;

    @Option(names = "--scenario", paramLabel = "NAME", defaultValue = "base",
            description = "with --project: the scenario (default: ${DEFAULT-VALUE}, the data as loaded)")
    private String scenario;

    @Option(names = "--mqtt", paramLabel = "URL", description = "broker, tcp://host:port or ssl://host:port")
    private String mqtt;

    @Option(names = "--topic", defaultValue = FeedSettingsStore.DEFAULT_TOPIC,
            description = "topic to publish to (default ${DEFAULT-VALUE})")
    private String topic;

    @Option(names = "--agents", defaultValue = "100", description = "number of agents (default ${DEFAULT-VALUE})")
    private int agents;

    @Option(names = "--rate", defaultValue = "2", paramLabel = "HZ",
            description = "position updates per second (default ${DEFAULT-VALUE})")
    private double rate;

    @Option(names = "--duration", defaultValue = "0", paramLabel = "S",
            description = "seconds to run; 0 = until stopped (MQTT) or 180 (--record)")
    private double duration;

    @Option(names = "--record", paramLabel = "FILE", description = "write an MF-JSON file instead of publishing")
    private Path record;

    @Option(names = "--start", paramLabel = "ISO", description = "with --record: start time (default 2025-06-02T08:00:00Z)")
    private Instant start = Instant.parse("2025-06-02T08:00:00Z");

    @Option(names = "--seed", defaultValue = "1", description = "random seed (default ${DEFAULT-VALUE})")
    private long seed;

    @Override
    public Integer call() throws Exception {
        if ((mqtt == null) == (record == null)) {
            System.err.println(Texts.get("commands.simulate.target"));
            return 2;
        }
        if (agents < 1 || !(rate > 0)) {
            System.err.println(Texts.get("commands.simulate.counts"));
            return 2;
        }
        FeedSettings settings = null;
        if (mqtt != null) {
            settings = FeedSettings.of(mqtt, topic);
            try {
                settings.endpoint();
            } catch (IllegalArgumentException e) {
                System.err.println("simulate: " + e.getMessage());
                return 2;
            }
        }
        if (project == null && paths.isEmpty()) {
            System.err.println(Texts.get("commands.simulate.needs-input"));
            return 2;
        }
        CrsResolver crs = new CrsResolver();
        LoadResult loaded;
        List<CityObject> objects;
        try (DatasetLoader loader = new DatasetLoader(crs)) {
            if (project != null) {
                ProjectData data = ProjectData.load(project, loader);
                data.reportMissing();
                loaded = data.base;
                objects = data.objects(scenario, new ProposalPlacer(loader, project.toAbsolutePath().getParent(), data.baseObjects()));
            } else {
                loaded = loader.load(paths, LoadProgress.NONE, new CancelToken());
                objects = loaded.files().stream().flatMap(f -> f.objects().stream()).toList();
            }
        } catch (org.citytwin.scenario.ProjectFormatException | IllegalArgumentException e) {
            System.err.println("simulate: " + e.getMessage());
            return 2;
        } catch (java.nio.file.NoSuchFileException e) {
            System.err.println("simulate: " + Texts.get("commands.common.no-such-project", project));
            return 2;
        }
        WalkableMesh surface = WalkableSurfaces.of(objects);
        if (loaded.frame() == null || surface.triangleCount() == 0) {
            System.err.println(Texts.get("commands.simulate.no-surface", project != null ? project + "#" + scenario : paths));
            return 2;
        }
        System.err.println(Texts.get("commands.simulate.walkable", String.format(java.util.Locale.ROOT, "%.0f", surface.area()),
                surface.levels(), agents, String.format(java.util.Locale.ROOT, "%.1f", rate)));
        GeoPlacement placement = new GeoPlacement(new LocalProjection(loaded.frame()), crs);
        CrowdSimulator sim = new CrowdSimulator(surface, agents, seed, "sim-");
        return record != null ? record(sim, placement) : publish(sim, placement, settings);
    }

    private int record(CrowdSimulator sim, GeoPlacement placement) throws java.io.IOException {
        double seconds = duration > 0 ? duration : 180;
        MfJsonRecorder recorder = new MfJsonRecorder(placement);
        long t0 = start.toEpochMilli();
        int ticks = (int) Math.round(seconds * rate);
        for (int i = 0; i <= ticks; i++) {
            if (i > 0) sim.step(1 / rate);
            recorder.record(sim.samples(t0 + Math.round(i * 1000 / rate)));
        }
        recorder.write(record, "SIMULATED pedestrian flow (not observed data): " + sim.agentCount()
                + " agents random-walking at about 1.3 m/s on the walkable surfaces of "
                + (project != null ? project.getFileName() + "#" + scenario : paths)
                + ", written by 'citytwin simulate --record' (seed " + seed + ")");
        System.err.println(Texts.get("commands.simulate.wrote", record, sim.agentCount(), recorder.sampleCount(),
                String.format(java.util.Locale.ROOT, "%.0f", seconds)));
        return 0;
    }

    private int publish(CrowdSimulator sim, GeoPlacement placement, FeedSettings settings) throws InterruptedException {
        PositionEncoder encoder = new PositionEncoder(placement, java.util.Map.of("simulated", "true"));
        long periodNanos = Math.round(1e9 / rate);
        long begin = System.nanoTime();
        long ticks = duration > 0 ? Math.round(duration * rate) : Long.MAX_VALUE;
        try (MqttPositionPublisher publisher = new MqttPositionPublisher(settings, topic, encoder)) {
            System.err.println(Texts.get("commands.simulate.publishing", settings.url(), topic, duration > 0 ? 0 : 1));
            for (long i = 0; i <= ticks; i++) {
                if (i > 0) sim.step(1 / rate);
                publisher.publish(sim.samples(System.currentTimeMillis()));
                long wait = begin + (i + 1) * periodNanos - System.nanoTime();
                if (wait > 0) Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
        } catch (RuntimeException e) {
            System.err.println(Texts.get("commands.simulate.broker", settings.url(), e.getMessage()));
            return 1;
        }
        return 0;
    }
}
