package org.citytwin.flow.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.citytwin.flow.FlowObservation;
import org.citytwin.flow.FlowSample;
import org.citytwin.flow.FlowSink;
import org.citytwin.flow.FlowStore;
import org.citytwin.geo.CrsResolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Non-finite and out-of-range positions are skipped one by one with their line, in one aggregated problem; a file
 * with no valid position is refused; times out of order or repeated are counted. Regression: an MF-CSV whose first
 * position was "NaN NaN" threw "Frame origin out of range: LocalFrame[...]".
 */
class InvalidFlowPositionsTest {

    private static final CrsResolver CRS = new CrsResolver();

    @TempDir
    Path dir;

    private final FlowStore store = new FlowStore();
    private final FlowFileReader reader = new FlowFileReader(new FrameAnchor(CRS, null));

    @Test
    void mfCsvNanPositionsAmongValidOnesAreSkippedWithTheirLine() throws Exception {
        Path file = write("walk.csv", """
                @stboundedby,urn:x-ogc:def:crs:EPSG:6.6:4326,2D,35 139,36 140,2012-01-17T12:33:41Z,2012-01-17T12:37:00Z,sec
                @columns,mfidref,trajectory,state,xsd:token
                a,10,120,NaN NaN 35.6820 139.7661,walking
                b,10,20,35.6815 139.7651 35.6820 139.7661,walking
                c,10,20,NaN NaN NaN NaN,walking
                """);

        FlowReadReport report = reader.read(file, FlowReadOptions.DEFAULTS, store);

        assertThat(report.samples()).isEqualTo(3); // a's second point, both of b's
        assertThat(report.movingFeatures()).isEqualTo(2);
        assertThat(report.invalidPositions()).isEqualTo(3);
        assertThat(report.skipped()).isEqualTo(3);
        // anchored at the first valid position, not at NaN
        assertThat(reader.anchor().frame().originLatitude()).isEqualTo(35.6820);
        FlowReadReport.Problem p = report.problems().stream().filter(x -> x.count() == 3).findFirst().orElseThrow();
        assertThat(p.line()).isEqualTo(3);
        assertThat(p.message()).isEqualTo("trajectory point 1: position (NaN, NaN) is not a pair of finite numbers;"
                + " 3 invalid positions skipped in all");
    }

    @Test
    void aFileWithoutAnyValidPositionIsRefusedSayingSo() throws Exception {
        Path file = write("allnan.csv", """
                @stboundedby,urn:x-ogc:def:crs:EPSG:6.6:4326,2D,35 139,36 140,2012-01-17T12:33:41Z,2012-01-17T12:37:00Z,sec
                a,10,120,NaN NaN NaN NaN
                """);

        assertThatThrownBy(() -> reader.read(file, FlowReadOptions.DEFAULTS, store))
                .isInstanceOf(FlowReadException.class)
                .hasMessage("allnan.csv: no valid positions: 2 record(s) or position(s) skipped, the first: line 2:"
                        + " trajectory point 1: position (NaN, NaN) is not a pair of finite numbers;"
                        + " nothing of it was loaded");
        assertThat(reader.anchor().frame()).isNull();
        assertThat(store.isEmpty()).isTrue();
    }

    @Test
    void mfJsonWithMoreCoordinatesThanDatetimesAloneIsRefused() throws Exception {
        Path file = write("short.json", """
                {"type": "Feature", "id": "short",
                 "temporalGeometry": {"type": "MovingPoint",
                   "datetimes": ["2020-01-01T00:00:00Z"], "coordinates": [[139.7, 35.6], [139.7, 35.6]]}}
                """);

        assertThatThrownBy(() -> reader.read(file, FlowReadOptions.DEFAULTS, store))
                .isInstanceOf(FlowReadException.class)
                .hasMessageStartingWith("short.json: no valid positions: 1 record(s) or position(s) skipped, the"
                        + " first: line 1: feature 'short': 1 datetimes but 2 coordinates");
    }

    @Test
    void mfJsonNanAsPythonWritesItIsSkippedPerSample() throws Exception {
        Path file = write("python.json", """
                {"type": "Feature", "id": "p",
                 "temporalGeometry": {"type": "MovingPoint",
                   "datetimes": ["2020-01-01T00:00:00Z", "2020-01-01T00:00:01Z", "2020-01-01T00:00:02Z"],
                   "coordinates": [[NaN, NaN], [139.7, 35.6], [139.7, -Infinity]]}}
                """);

        FlowReadReport report = reader.read(file, FlowReadOptions.DEFAULTS, store);

        assertThat(report.samples()).isEqualTo(1);
        assertThat(report.invalidPositions()).isEqualTo(2);
        assertThat(report.problems()).singleElement().satisfies(p -> {
            assertThat(p.count()).isEqualTo(2);
            assertThat(p.message()).startsWith("feature 'p': coordinates[0]: position (NaN, NaN) is not a pair");
        });
    }

    @Test
    void openPflowInfinityAndLatitude95AreSkippedWithTheirLines() throws Exception {
        Path file = write("pflow.csv", """
                1,2013-10-01 08:00:00,139.70,35.60
                1,2013-10-01 08:01:00,Infinity,35.60
                1,2013-10-01 08:02:00,139.70,95.0
                1,2013-10-01 08:03:00,139.71,35.61
                """);

        FlowReadReport report = reader.read(file, FlowReadOptions.DEFAULTS, store);

        assertThat(report.format()).isEqualTo(FlowFormat.PFLOW_CSV);
        assertThat(report.samples()).isEqualTo(2);
        assertThat(report.invalidPositions()).isEqualTo(2);
        assertThat(report.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.count()).isEqualTo(2);
            assertThat(p.message()).startsWith("position (Infinity, 35.6) is not a pair of finite numbers");
        });

        Path lat95 = write("lat95.csv", """
                1,2013-10-01 08:00:00,139.70,35.60
                1,2013-10-01 08:02:00,139.70,95.0
                1,2013-10-01 08:03:00,139.71,35.61
                """);
        FlowReadReport second = reader.read(lat95, FlowReadOptions.DEFAULTS, store);
        assertThat(second.problems()).extracting(Object::toString).containsExactly(
                "line 2: position (139.7, 95.0) lies outside the range of urn:ogc:def:crs:OGC:1.3:CRS84:"
                        + " latitude 95.0 is not within ±90°; skipped");
    }

    @Test
    void latitudeFirstEpsg4326IsCheckedInItsOwnAxisOrder() throws Exception {
        ColumnMapping mapping = ColumnMapping.builder().id("id").time("t", ColumnMapping.TimeFormat.EPOCH_SECONDS)
                .x("lat").y("lon").crs("EPSG:4326").build();
        Path file = write("latlon.csv", """
                id,t,lat,lon
                a,0,35.6,139.7
                a,1,139.7,35.6
                a,2,35.6,190
                """);

        FlowReadReport report = reader.read(file, mapping, store);

        assertThat(report.samples()).isEqualTo(1);
        assertThat(report.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).startsWith("position (139.7, 35.6) lies outside the range of EPSG:4326:"
                    + " latitude 139.7 is not within ±90°");
        });
    }

    @Test
    void trajectoryTextNanAndInfAreInvalidPositionsEvenOnTheFirstLine() throws Exception {
        Path file = write("t.txt", "1 0 nan nan 1.7\n1 1 1.0 2.0 1.7\n1 2 -inf 2.0 1.7\n1 3 1.2 2.0 1.7\n");

        FlowReadReport report = reader.read(file, FlowReadOptions.DEFAULTS, store);

        assertThat(report.samples()).isEqualTo(2);
        assertThat(report.invalidPositions()).isEqualTo(2);
        assertThat(report.skipped()).isEqualTo(2);
        assertThat(report.problems()).filteredOn(p -> p.line() > 0).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.count()).isEqualTo(2);
            assertThat(p.message()).isEqualTo("position (NaN, NaN) is not a pair of finite numbers;"
                    + " 2 invalid positions skipped in all");
        });
    }

    @Test
    void absurdProjectedAndLabValuesAreSkipped() throws Exception {
        Path file = write("big.txt", "1 0 1.0 2.0\n1 1 1e308 2.0\n1 2 3.0 2.0\n");

        FlowReadReport report = reader.read(file, FlowReadOptions.DEFAULTS, store);

        assertThat(report.samples()).isEqualTo(2);
        assertThat(report.bounds().maxX()).isEqualTo(3.0);
        assertThat(report.problems()).filteredOn(p -> p.line() > 0).extracting(Object::toString).containsExactly(
                "line 2: position (1.0E308, 2.0) is absurdly far from the origin of the local frame"
                        + " (more than 100,000 km); skipped");

        ColumnMapping utm = ColumnMapping.builder().id("1").time("2", ColumnMapping.TimeFormat.EPOCH_SECONDS)
                .x("3").y("4").crs("EPSG:32654").header(false).build();
        Path projected = write("utm.csv", "a,0,385000,3940000\na,1,1e300,3940000\na,2,385010,3940000\n");
        FlowReadReport r = reader.read(projected, utm, store);
        assertThat(r.samples()).isEqualTo(2);
        assertThat(r.invalidPositions()).isEqualTo(1);
        assertThat(r.problems().get(0).line()).isEqualTo(2);
    }

    @Test
    void timesOutOfOrderAndRepeatedAreCountedAndKept() throws Exception {
        Path file = write("order.csv", """
                1,2013-10-01 08:00:00,139.70,35.60
                1,2013-10-01 08:02:00,139.70,35.61
                1,2013-10-01 08:01:00,139.70,35.62
                1,2013-10-01 08:01:00,139.70,35.62
                2,2013-10-01 08:01:00,139.70,35.62
                2,2013-10-01 08:00:00,139.70,35.62
                """);

        FlowReadReport report = reader.read(file, FlowReadOptions.DEFAULTS, store);

        assertThat(report.samples()).isEqualTo(6);
        assertThat(report.outOfOrderTimes()).isEqualTo(2);
        assertThat(report.duplicateTimes()).isEqualTo(1);
        assertThat(report.problems()).extracting(Object::toString).containsExactly(
                "line 3: moving feature '1' goes back in time from 2013-09-30T23:02:00Z to 2013-09-30T23:01:00Z;"
                        + " 2 samples in all are earlier than the sample before them (kept at their own time)",
                "line 4: moving feature '1' has a second sample at 2013-09-30T23:01:00Z");
    }

    @Test
    void absurdTimesAreSkippedNotWrappedAround() throws Exception {
        Path file = write("time.csv", """
                @stboundedby,urn:x-ogc:def:crs:EPSG:6.6:4326,2D,35 139,36 140,2012-01-17T12:33:41Z,2012-01-17T12:37:00Z,sec
                a,10,1e308,35.6815 139.7651 35.6820 139.7661
                b,NaN,20,35.6815 139.7651 35.6820 139.7661
                c,10,20,35.6815 139.7651 35.6820 139.7661
                """);

        FlowReadReport report = reader.read(file, FlowReadOptions.DEFAULTS, store);

        assertThat(report.samples()).isEqualTo(2);
        assertThat(report.problems()).extracting(FlowReadReport.Problem::line).containsExactly(2, 3);
        assertThat(report.endMillis() - report.startMillis()).isEqualTo(10_000);
    }

    @Test
    void anUnforeseenFailureRefusesThatFileInPlainWords() throws Exception {
        Path file = write("pflow.csv", "1,2013-10-01 08:00:00,139.70,35.60\n");
        FlowSink broken = new FlowSink() {
            @Override
            public void accept(FlowSample s) {
                throw new IllegalStateException("LocalFrame[originLatitude=NaN] broke");
            }

            @Override
            public void accept(FlowObservation o) {
            }
        };

        assertThatThrownBy(() -> reader.read(file, FlowReadOptions.DEFAULTS, broken))
                .isInstanceOf(FlowReadException.class)
                .hasMessage("pflow.csv: reading stopped at an unexpected problem in the file's content;"
                        + " the file is refused");
    }

    private Path write(String name, String content) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return file;
    }
}
