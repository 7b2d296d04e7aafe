package org.citytwin.flow.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.citytwin.flow.AgentFrame;
import org.citytwin.flow.FlowStore;
import org.citytwin.geo.CrsResolver;
import org.citytwin.model.LocalFrame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every MF-JSON example of the OGC API - Moving Features repository: loaded, or refused saying what it is. */
class MfJsonReaderTest {

    private static final CrsResolver CRS = new CrsResolver();

    private final FlowStore store = new FlowStore();
    private final FlowFileReader reader = new FlowFileReader(new FrameAnchor(CRS, null));

    @Test
    void featureWithTrailingCommasLoadsAnchoredAtItsFirstSample() throws Exception {
        FlowReadReport report = reader.read(MfJsonReaderTest.file("movingFeature_MF_JSON.json"),
                FlowReadOptions.DEFAULTS, store);

        assertThat(report.format()).isEqualTo(FlowFormat.MF_JSON);
        assertThat(report.movingFeatures()).isEqualTo(1);
        assertThat(report.samples()).isEqualTo(5);
        assertThat(report.skipped()).isZero();
        assertThat(report.crs()).isEqualTo("urn:ogc:def:crs:OGC:1.3:CRS84");
        assertThat(report.startMillis()).isEqualTo(Instant.parse("2011-07-14T22:01:01Z").toEpochMilli());
        assertThat(report.endMillis()).isEqualTo(Instant.parse("2011-07-14T22:01:05Z").toEpochMilli());
        assertThat(store.sourceId(0)).isEqualTo("mf-1");
        assertThat(reader.anchor().frame()).isEqualTo(new LocalFrame(35.627701, 139.757083));

        AgentFrame f = store.frameAt(report.startMillis(), new AgentFrame());
        assertThat(f.x()[0]).isCloseTo(0, within(1e-6));
        assertThat(f.y()[0]).isCloseTo(0, within(1e-6));
        assertThat(f.z()[0]).isEqualTo(0.5);
        store.frameAt(report.endMillis(), f); // 139.757716 E, 35.627483 N
        assertThat(f.x()[0]).isCloseTo(57.34, within(0.05));
        assertThat(f.y()[0]).isCloseTo(-24.19, within(0.05));
        assertThat(f.z()[0]).isEqualTo(4.0);
    }

    @Test
    void aCityFrameIsUsedWhenGiven() throws Exception {
        FlowFileReader inCity = new FlowFileReader(new FrameAnchor(CRS, new LocalFrame(35.627701, 139.757399)));
        FlowReadReport report = inCity.read(file("movingFeature_MF_JSON.json"), FlowReadOptions.DEFAULTS, store);

        AgentFrame f = store.frameAt(report.startMillis(), new AgentFrame());
        assertThat(f.x()[0]).isCloseTo(-28.63, within(0.05));
        assertThat(f.y()[0]).isCloseTo(0, within(0.01));
    }

    @Test
    void temporalGeometrySequenceAndBareMovingPointLoad() throws Exception {
        FlowReadReport seq = reader.read(file("temporalGeometrySequence.json"), FlowReadOptions.DEFAULTS, store);
        FlowReadReport point = reader.read(file("temporalPrimitiveGeometry.json"), FlowReadOptions.DEFAULTS, store);

        assertThat(seq.movingFeatures()).isEqualTo(1);
        assertThat(seq.samples()).isEqualTo(3);
        assertThat(store.sourceId(0)).isEqualTo("tg-1");
        assertThat(point.movingFeatures()).isEqualTo(1);
        assertThat(point.samples()).isEqualTo(5);
        assertThat(store.sourceId(1)).isEqualTo("temporalPrimitiveGeometry");
        // the sequence's first point anchored the frame; the primitive's first point lies 28.6 m west of it
        AgentFrame f = store.frameAt(Instant.parse("2011-07-14T22:01:06Z").toEpochMilli(), new AgentFrame());
        assertThat(f.count()).isEqualTo(1);
        assertThat(f.x()[0]).isCloseTo(-28.63, within(0.05));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "collection.json|an OGC API collection description (id 'mfc-1')",
        "collections.json|an OGC API collections list ('collections')",
        "movingFeature.json|a GeoJSON Feature 'mf-1' without a temporalGeometry (its geometry is a static LineString)",
        "movingFeatures.json|a FeatureCollection of 1 feature(s), none with a temporalGeometry",
        "temporalProperty.json|a temporal property 'speed' (valueSequence)",
        "accelerationQuery.json|a temporal property 'acceleration' (valueSequence)",
        "velocityQuery.json|a temporal property 'velocity' (valueSequence)",
        "distanceQuery.json|a temporal property 'distance' (valueSequence)",
        "temporalProperties.json|a list of temporal properties ('temporalProperties')",
        "temporalPropertyCollection.json|a list of temporal properties ('temporalProperties')",
        "temporalPrimitiveValue.json|a temporal primitive value ('datetimes' and 'values')",
        "temporalPrimitiveValueSequence.json|a list of temporal properties ('temporalProperties')",
        "temporalProperty_MF_JSON.json|a JSON array of 2 temporal properties (datetimes with values)",
    })
    void otherDocumentsAreRefusedSayingWhatTheyAre(String name, String found) {
        assertThatThrownBy(() -> reader.read(file(name), FlowReadOptions.DEFAULTS, store))
                .isInstanceOf(FlowReadException.class)
                .hasMessage(name + ": not a moving-feature document: found " + found + "; expected an MF-JSON"
                        + " Feature or FeatureCollection with a temporalGeometry MovingPoint (or a bare MovingPoint"
                        + " / TemporalGeometrySequence)");
        assertThat(store.isEmpty()).isTrue();
    }

    @Test
    void malformedFeaturesAreSkippedWithTheirLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("mixed.json");
        Files.writeString(file, """
                {"type": "FeatureCollection",
                 "features": [
                  {"type": "Feature", "id": "ok",
                   "temporalGeometry": {"type": "MovingPoint", "interpolations": "Step",
                     "datetimes": ["2020-01-01T00:00:00Z", 1577836801000],
                     "coordinates": [[139.7, 35.6], [139.7001, 35.6]]}},
                  {"type": "Feature", "id": "short",
                   "temporalGeometry": {"type": "MovingPoint",
                     "datetimes": ["2020-01-01T00:00:00Z"], "coordinates": [[139.7, 35.6], [139.7, 35.6]]}},
                  {"type": "Feature", "id": "static", "geometry": {"type": "Point", "coordinates": [139.7, 35.6]}},
                  {"type": "Feature", "id": "badtime",
                   "temporalGeometry": {"type": "MovingPoint",
                     "datetimes": ["yesterday", "2020-01-01T00:00:02.5+09:00"], "coordinates": [[139.7, 35.6], [139.7, 35.6]]}},
                 ]
                }
                """);

        FlowReadReport report = reader.read(file, FlowReadOptions.DEFAULTS, store);

        assertThat(report.movingFeatures()).isEqualTo(2);
        assertThat(report.samples()).isEqualTo(3);
        assertThat(report.skipped()).isEqualTo(3);
        assertThat(report.problems()).extracting(Object::toString).containsExactly(
                "line 7: feature 'short': 1 datetimes but 2 coordinates",
                "line 10: feature 'static' has no temporalGeometry",
                "line 11: feature 'badtime': datetimes[0] 'yesterday' is not an ISO 8601 date-time");
        // "interpolations": "Step" (the older spelling) makes the agent jump
        AgentFrame f = store.frameAt(1577836800900L, new AgentFrame());
        assertThat(f.x()[0]).isCloseTo(0, within(1e-6));
        assertThat(store.frameAt(Instant.parse("2019-12-31T15:00:02.500Z").toEpochMilli(), f).count()).isEqualTo(1);
    }

    @Test
    void brokenJsonAndUnknownCrsAreClearErrors(@TempDir Path dir) throws IOException {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"type\": \"Feature\",\n \"temporalGeometry\": {\"type\": \"MovingPoint\"\n");
        Path unknownCrs = dir.resolve("crs.json");
        Files.writeString(unknownCrs, """
                {"type": "Feature", "id": "x",
                 "crs": {"type": "Name", "properties": {"name": "urn:ogc:def:crs:XYZ::999"}},
                 "temporalGeometry": {"type": "MovingPoint", "datetimes": ["2020-01-01T00:00:00Z"],
                   "coordinates": [[1, 2]]}}
                """);

        assertThatThrownBy(() -> reader.read(broken, FlowReadOptions.DEFAULTS, store))
                .isInstanceOf(FlowReadException.class)
                .hasMessageStartingWith("broken.json, line 3: not valid JSON at column 1:");
        assertThatThrownBy(() -> reader.read(unknownCrs, FlowReadOptions.DEFAULTS, store))
                .isInstanceOf(FlowReadException.class)
                .hasMessageStartingWith("crs.json, line 1: Unknown CRS 'urn:ogc:def:crs:XYZ::999'");
        assertThat(store.isEmpty()).isTrue();
    }

    static Path file(String name) {
        return FlowTestFiles.MF_JSON.resolve(name);
    }

    @Test
    void aTruncatedFileSaysWhereTheUnclosedObjectOpenedWithoutJacksonInternals(@TempDir Path dir) throws Exception {
        Path cut = dir.resolve("cut.json");
        Files.writeString(cut, "{\"type\":\"Feature\", \"temporalGeometry\": {");
        assertThatThrownBy(() -> reader.read(cut, FlowReadOptions.DEFAULTS, new FlowStore()))
                .isInstanceOf(FlowReadException.class)
                .hasMessageContaining("cut.json, line 1: not valid JSON at column")
                .hasMessageContaining("expected close marker for Object (opened at line 1, column")
                .hasMessageNotContaining("Source:");
    }
}
