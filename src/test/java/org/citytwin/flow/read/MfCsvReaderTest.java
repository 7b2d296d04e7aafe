package org.citytwin.flow.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.citytwin.flow.AgentFrame;
import org.citytwin.flow.FlowStore;
import org.citytwin.geo.CrsResolver;
import org.citytwin.model.LocalFrame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The OGC MF-CSV example: lat-first EPSG:4326, times relative to the header start, a header box elsewhere. */
class MfCsvReaderTest {

    private static final long START = Instant.parse("2012-01-17T12:33:41Z").toEpochMilli();

    private final FlowStore store = new FlowStore();
    private final FlowFileReader reader = new FlowFileReader(new FrameAnchor(new CrsResolver(), null));

    @Test
    void walkDataLoadsLatitudeFirstAtRelativeTimes() throws Exception {
        FlowReadReport report = reader.read(FlowTestFiles.MF_CSV, FlowReadOptions.DEFAULTS, store);

        assertThat(report.format()).isEqualTo(FlowFormat.MF_CSV);
        assertThat(report.movingFeatures()).isEqualTo(2);
        // a: 10, 120, 150, 190 s (records join end to start); b: 10, 190 s
        assertThat(report.samples()).isEqualTo(6);
        assertThat(report.startMillis()).isEqualTo(START + 10_000);
        assertThat(report.endMillis()).isEqualTo(START + 190_000);
        assertThat(report.skipped()).isZero();
        assertThat(report.problems()).extracting(Object::toString).containsExactly(
                "line 1: the @stboundedby box (50.23 9.23 - 50.31 9.27) does not contain the data; ignored");
        // anchored at a's first point: 35.6815 N, 139.7651 E (Tokyo Station), not in Frankfurt
        assertThat(reader.anchor().frame()).isEqualTo(new LocalFrame(35.6815, 139.7651));

        AgentFrame f = store.frameAt(START + 120_000, new AgentFrame());
        assertThat(f.count()).isEqualTo(2);
        int a = store.indexOf("a");
        int i = f.agent()[0] == a ? 0 : 1;
        assertThat(f.x()[i]).isCloseTo(90.52, within(0.05)); // 35.6820 N 139.7661 E
        assertThat(f.y()[i]).isCloseTo(55.48, within(0.05));
        assertThat(store.frameAt(START + 191_000, f).count()).isZero();
    }

    @Test
    void attributesFollowTheColumnsHeader() throws Exception {
        store.setHoldMillis(0);
        reader.read(FlowTestFiles.MF_CSV, FlowReadOptions.DEFAULTS, new org.citytwin.flow.FlowSink() {
            @Override
            public void accept(org.citytwin.flow.FlowSample s) {
                assertThat(s.attributes()).containsEntry("state", "walking").containsKey("type code");
                store.accept(s);
            }

            @Override
            public void accept(org.citytwin.flow.FlowObservation o) {
            }
        });
        assertThat(store.sampleCount()).isEqualTo(6);
    }

    @Test
    void badRecordsAreSkippedWithTheirLineAndAnUnknownCrsIsAnError(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, """
                @stboundedby,urn:x-ogc:def:crs:EPSG:6.6:4326,2D,35 139,36 140,2012-01-17T12:33:41Z,2012-01-17T12:37:00Z,sec
                @columns,mfidref,trajectory,state,xsd:token
                a,10,120,35.6815 139.7651 35.6820 139.7661,walking
                a,x,130,35.6815 139.7651 35.6820 139.7661,walking
                b,10,20,35.6815 139.7651 35.6820,walking
                c,30,20,35.6815 139.7651 35.6820 139.7661,walking
                d,30
                """);
        Path unknown = dir.resolve("unknown.csv");
        Files.writeString(unknown, "@stboundedby,urn:ogc:def:crs:FOO::1,2D,0 0,1 1,2012-01-17T12:33:41Z,"
                + "2012-01-17T12:37:00Z,sec\n");

        FlowReadReport report = reader.read(bad, FlowReadOptions.DEFAULTS, store);

        assertThat(report.samples()).isEqualTo(2);
        assertThat(report.skipped()).isEqualTo(4);
        assertThat(report.problems()).extracting(FlowReadReport.Problem::line).containsExactly(4, 5, 6, 7);
        assertThat(report.problems().get(1).message())
                .isEqualTo("trajectory '35.6815 139.7651 35.6820' is not a list of 2D positions");
        assertThatThrownBy(() -> reader.read(unknown, FlowReadOptions.DEFAULTS, store))
                .isInstanceOf(FlowReadException.class)
                .hasMessageStartingWith("unknown.csv, line 1: Unknown CRS 'urn:ogc:def:crs:FOO::1'");
    }
}
