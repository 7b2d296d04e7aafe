package org.citytwin.flow.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.citytwin.app.Launcher;
import org.citytwin.flow.FlowBuffer;
import org.citytwin.flow.FlowSample;
import org.citytwin.flow.GeoPlacement;
import org.citytwin.flow.sim.WalkableMesh;
import org.citytwin.flow.sim.WalkableSurfaces;
import org.citytwin.geo.CrsResolver;
import org.citytwin.geo.LocalProjection;
import org.citytwin.pipeline.CancelToken;
import org.citytwin.pipeline.DatasetLoader;
import org.citytwin.pipeline.LoadProgress;
import org.citytwin.pipeline.LoadResult;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import org.testfx.util.WaitForAsyncUtils;

/** `citytwin simulate --mqtt` against a real broker: the feed receives every agent, on a walkable triangle. */
class SimulatorToFeedTest {
    private static final Path HIROSHIMA = Path.of("sample-citygml/hiroshima-underground/udx");

    @Test
    void simulatedAgentsArriveOnWalkableTriangles() throws Exception {
        LoadResult loaded;
        CrsResolver crs = new CrsResolver();
        try (DatasetLoader loader = new DatasetLoader(crs, 2)) {
            loaded = loader.load(List.of(HIROSHIMA), LoadProgress.NONE, new CancelToken());
        }
        WalkableMesh walkable = WalkableSurfaces.of(loaded.files().stream().flatMap(f -> f.objects().stream()).toList());
        GeoPlacement placement = new GeoPlacement(new LocalProjection(loaded.frame()), crs);
        FlowBuffer buffer = new FlowBuffer();
        try (TestBroker broker = new TestBroker();
             MqttFlowFeed feed = new MqttFlowFeed(FeedSettings.of(broker.url(), "citytwin/sim"),
                     new MessageDecoder(placement, Map.of()), buffer)) {
            feed.connect();
            feed.subscribed().get(20, TimeUnit.SECONDS); // connected, and the broker acknowledged the topic
            int code = new CommandLine(new Launcher()).execute("simulate", "--mqtt", broker.url(), "--topic", "citytwin/sim",
                    "--agents", "150", "--rate", "5", "--duration", "1", HIROSHIMA.toString());
            assertThat(code).isZero();
            Map<String, FlowSample> last = new HashMap<>();
            List<FlowSample> frame = new ArrayList<>();
            try {
                WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
                    frame.clear();
                    buffer.drainSamples(frame);
                    frame.forEach(s -> last.put(s.sourceId(), s));
                    return last.size() >= 150 && feed.status().messagesReceived() >= 12;
                });
            } catch (java.util.concurrent.TimeoutException e) {
                // the assertions below say what did not arrive
            }
            assertThat(last).hasSize(150);
            // 150 agents in messages of 100: 2 per tick, 6 ticks (t = 0 .. 1 s at 5 Hz)
            assertThat(feed.status().messagesReceived()).isEqualTo(12);
            assertThat(feed.status().malformedCount()).isZero();
            for (FlowSample s : last.values()) {
                // GeoJSON lon/lat (1e-8 degree) and height (mm) back in the local frame: on the surface within 2 cm
                int t = walkable.find(s.x(), s.y(), s.z(), 0.02);
                assertThat(t).as("%s at %.2f %.2f %.2f on a walkable triangle", s.sourceId(), s.x(), s.y(), s.z())
                        .isNotNegative();
                assertThat(s.attributes()).containsEntry("simulated", "true").containsEntry("level", walkable.level(t));
                assertThat(s.speed()).isBetween(0.0, 1.8);
            }
        }
    }
}
