package org.citytwin.flow.sim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.citytwin.flow.FlowObservation;
import org.citytwin.flow.FlowSample;
import org.citytwin.flow.FlowSink;
import org.citytwin.flow.read.FlowFileReader;
import org.citytwin.flow.read.FlowFormat;
import org.citytwin.flow.read.FlowReadOptions;
import org.citytwin.flow.read.FlowReadReport;
import org.citytwin.flow.read.FrameAnchor;
import org.citytwin.geo.CrsResolver;
import org.citytwin.pipeline.CancelToken;
import org.citytwin.pipeline.DatasetLoader;
import org.citytwin.pipeline.LoadProgress;
import org.citytwin.pipeline.LoadResult;
import org.junit.jupiter.api.Test;

/** The bundled simulated flow re-read with the MF-JSON reader: complete, labelled simulated, on the walkable surfaces. */
class RecordedFlowTest {
    private static final Path SAMPLE = Path.of("sample-citygml/hiroshima-underground");
    private static final Path FLOW = SAMPLE.resolve("simulated-flow.mf.json");

    @Test
    void bundledSimulatedFlowLoadsWithEveryAgentOnTheMallFloorsOrTheBridgeDeck() throws Exception {
        assertThat(Files.size(FLOW)).isLessThan(3_000_000);
        CrsResolver crs = new CrsResolver();
        LoadResult city;
        try (DatasetLoader loader = new DatasetLoader(crs, 2)) {
            city = loader.load(List.of(SAMPLE.resolve("udx")), LoadProgress.NONE, new CancelToken());
        }
        WalkableMesh walkable = WalkableSurfaces.of(city.files().stream().flatMap(f -> f.objects().stream()).toList());
        List<FlowSample> samples = new ArrayList<>();
        FlowReadReport report = new FlowFileReader(new FrameAnchor(crs, city.frame()))
                .read(FLOW, FlowReadOptions.DEFAULTS, new FlowSink() {
                    @Override
                    public void accept(FlowSample sample) {
                        samples.add(sample);
                    }

                    @Override
                    public void accept(FlowObservation observation) {
                    }
                });
        assertThat(report.format()).isEqualTo(FlowFormat.MF_JSON);
        assertThat(report.skipped()).isZero();
        assertThat(report.movingFeatures()).isEqualTo(200);
        assertThat(report.samples()).isEqualTo(200 * 181);
        assertThat(report.endMillis() - report.startMillis()).isEqualTo(180_000);
        long onSurface = samples.stream().filter(s -> walkable.find(s.x(), s.y(), s.z(), 0.05) >= 0).count();
        assertThat(onSurface).as("samples on a walkable triangle (1e-7 degree rounding)")
                .isGreaterThan(samples.size() * 99 / 100);
        assertThat(samples).allSatisfy(s -> assertThat(s.z()).isBetween(-22.0, 10.0));
        assertThat(samples).allSatisfy(s -> assertThat(s.attributes().get(org.citytwin.flow.FlowStore.GROUP_ATTRIBUTE))
                .as("the layer name a user sees").isEqualTo("simulated-flow.mf.json (simulated)"));

        JsonNode json = new ObjectMapper().readTree(FLOW.toFile());
        assertThat(json.at("/properties/simulated").asBoolean()).isTrue();
        assertThat(json.at("/properties/description").asText()).startsWith("SIMULATED");
        assertThat(json.get("features")).allSatisfy(f -> {
            assertThat(f.at("/properties/simulated").asBoolean()).isTrue();
            assertThat(f.at("/temporalGeometry/type").asText()).isEqualTo("MovingPoint");
        });
    }
}
