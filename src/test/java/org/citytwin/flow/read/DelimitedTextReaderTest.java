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

/** OpenPFLOW-style CSV and the generic column mapping. */
class DelimitedTextReaderTest {

    @TempDir
    Path dir;

    private final FlowStore store = new FlowStore();
    private final FlowFileReader reader = new FlowFileReader(new FrameAnchor(new CrsResolver(), null));

    @Test
    void openPflowCsvIsDetectedAndReadInJapanTime() throws Exception {
        Path file = dir.resolve("pflow.csv");
        Files.writeString(file, """
                1,2013-10-01 08:00:00,139.7000,35.6800,1,2
                1,2013-10-01 08:01:00,139.7010,35.6800,1,2
                2,2013-10-01 08:00:30,139.7000,35.6810,2,1
                3,2013-10-01 08:00:00,abc,35.68,1,1
                """);

        FlowReadReport report = reader.read(file, FlowReadOptions.DEFAULTS, store);

        assertThat(report.format()).isEqualTo(FlowFormat.PFLOW_CSV);
        assertThat(report.movingFeatures()).isEqualTo(2);
        assertThat(report.samples()).isEqualTo(3);
        assertThat(report.problems()).extracting(Object::toString)
                .containsExactly("line 4: x, y and z must be numbers: 'abc', '35.68'");
        assertThat(report.startMillis()).isEqualTo(Instant.parse("2013-09-30T23:00:00Z").toEpochMilli());
        assertThat(reader.anchor().frame()).isEqualTo(new LocalFrame(35.68, 139.70));

        AgentFrame f = store.frameAt(Instant.parse("2013-09-30T23:01:00Z").toEpochMilli(), new AgentFrame());
        assertThat(f.count()).isEqualTo(1);
        assertThat(f.x()[0]).isCloseTo(90.53, within(0.05));
        assertThat(f.y()[0]).isCloseTo(0, within(0.01));
        store.frameAt(Instant.parse("2013-09-30T23:00:30Z").toEpochMilli(), f);
        assertThat(f.count()).isEqualTo(2);
    }

    @Test
    void aMappingReadsNamedColumnsOfLabData() throws Exception {
        Path file = dir.resolve("sim.txt");
        Files.writeString(file, """
                t;who;east;north;level
                0;p1;100;0;0
                2;p1;300;0;0
                1;p2;0;50;-1500
                """);
        ColumnMapping mapping = ColumnMapping.builder().delimiter(';').id("who")
                .time("t", ColumnMapping.TimeFormat.SECONDS).startMillis(5_000)
                .x("east").y("north").z("level").units(LengthUnit.CM)
                .placement(new LabPlacement(10, 20, 0, 0, 1)).build();

        FlowReadReport report = reader.read(file, mapping, store);

        assertThat(report.format()).isEqualTo(FlowFormat.DELIMITED);
        assertThat(report.movingFeatures()).isEqualTo(2);
        assertThat(report.samples()).isEqualTo(3);
        AgentFrame f = store.frameAt(6_000, new AgentFrame());
        assertThat(f.count()).isEqualTo(2);
        int p1 = f.agent()[0] == store.indexOf("p1") ? 0 : 1;
        assertThat(f.x()[p1]).isEqualTo(12.0); // halfway between 1 m and 3 m, moved 10 m east
        assertThat(f.y()[p1]).isEqualTo(20.0);
        assertThat(f.z()[1 - p1]).isEqualTo(-15.0);
        assertThat(f.speed()[p1]).isEqualTo(1.0);
    }

    @Test
    void aMappingReadsTheJuelichFileByColumnNumbers() throws Exception {
        ColumnMapping mapping = ColumnMapping.builder().delimiter('\0').id("1").frame("2", 16).x("3").y("4")
                .units(LengthUnit.CM).build();

        FlowReadReport report = reader.read(FlowTestFiles.JUELICH.resolve("uo-050-180-180.txt"), mapping, store);

        assertThat(report.movingFeatures()).isEqualTo(61);
        assertThat(report.samples()).isEqualTo(9_712);
        assertThat(report.startMillis()).isEqualTo(2688);
    }

    @Test
    void aMissingColumnNameIsAClearError() throws Exception {
        Path file = dir.resolve("named.csv");
        Files.writeString(file, "time,id,x,y\n2020-01-01T00:00:00Z,a,1,2\n");
        ColumnMapping mapping = ColumnMapping.builder().id("id").time("time", ColumnMapping.TimeFormat.DATE_TIME)
                .x("lon").y("y").build();

        assertThatThrownBy(() -> reader.read(file, mapping, store))
                .isInstanceOf(FlowReadException.class)
                .hasMessage("named.csv, line 1: column 'lon' is not in the header [time, id, x, y]"
                        + " (name a header column or give a 1-based column number)");
    }

    @Test
    void anIncompleteMappingIsRefused() {
        assertThatThrownBy(() -> ColumnMapping.builder().id("1").x("2").y("3").build())
                .hasMessage("a column mapping needs either a time column or a frame column");
        assertThatThrownBy(() -> ColumnMapping.builder().id("1").x("2").y("3").time("4",
                ColumnMapping.TimeFormat.SECONDS).crs("EPSG:4326").placement(LabPlacement.IDENTITY).build())
                .hasMessage("give either a CRS (georeferenced data) or a placement (lab data), not both");
    }
}
