package org.citytwin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.citytwin.scene.FxTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `bench --frames` orbits a real window over the scale city and reports what culling leaves to draw. */
class BenchFramesTest {

    @TempDir
    Path dir;

    @Test
    void anOrbitOverATwoByTwoCityDrawsOnlyTheTilesInViewWithCullingOn() throws Exception {
        FxTestSupport.requireScene3d();
        Path city = dir.resolve("niiza2.gml");
        assertThat(CliRunner.run("bench", "--generate", "2", "--out", city.toString(), BenchReloadTest.NIIZA.toString())
                .exitCode()).isZero();

        CliRunner.Run run = CliRunner.run("bench", "--frames", "--frame-count", "10", "--orbit-distance", "400",
                "--no-cache", "--json", city.toString());

        assertThat(run.exitCode()).as(run.out()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out().substring(run.out().indexOf('{')));
        long tiles = json.get("tiles").asLong(), triangles = json.get("triangles").asLong();
        assertThat(tiles).isGreaterThan(2);
        JsonNode on = json.get("culling"), off = json.get("noCulling");
        assertThat(off.get("visibleTiles").asDouble()).as("without culling every tile is drawn").isEqualTo((double) tiles);
        assertThat(off.get("trianglesDrawn").asLong()).isEqualTo(triangles);
        assertThat(on.get("visibleTiles").asDouble()).as("a 400 m orbit over a 2 km city sees part of it")
                .isGreaterThan(0).isLessThan(tiles);
        assertThat(on.get("trianglesDrawn").asLong()).isLessThan(triangles);
        assertThat(on.get("medianMs").asDouble()).isPositive();
        assertThat(on.get("p95Ms").asDouble()).isGreaterThanOrEqualTo(on.get("medianMs").asDouble());
    }
}
