package org.citytwin.flow.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import org.citytwin.flow.AgentFrame;
import org.citytwin.flow.FlowStore;
import org.citytwin.geo.CrsResolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Jülich corridor experiments: id frame x y z, cm or m, 16 or 25 fps, with or without a header. */
class TrajectoryTextReaderTest {

    private final FlowStore store = new FlowStore();
    private final FlowFileReader reader = new FlowFileReader(new FrameAnchor(new CrsResolver(), null));

    @Test
    void uniCorridor500Has148PedestriansInMetresAt25Fps() throws Exception {
        FlowReadReport report = reader.read(FlowTestFiles.JUELICH.resolve("traj_UNI_CORR_500_01.txt"),
                FlowReadOptions.DEFAULTS, store);

        assertThat(report.format()).isEqualTo(FlowFormat.TRAJECTORY_TEXT);
        assertThat(report.movingFeatures()).isEqualTo(148);
        assertThat(report.samples()).isEqualTo(25_536);
        assertThat(report.skipped()).isZero();
        // the frame rate comes from "# framerate: 25.00"; the header names no unit, so metres are assumed aloud
        assertThat(report.problems()).extracting(Object::toString)
                .containsExactly("no length unit in the file or options: assumed metres");
        assertThat(report.endMillis() - report.startMillis()).isEqualTo((1986 - 98) * 40L); // frames 98..1986 at 25 fps
    }

    @Test
    void uo050Has61PedestriansInCentimetresAt16Fps() throws Exception {
        FlowReadOptions options = FlowReadOptions.DEFAULTS.withFps(16.0).withUnits(LengthUnit.CM);
        FlowReadReport report = reader.read(FlowTestFiles.JUELICH.resolve("uo-050-180-180.txt"), options, store);

        assertThat(report.movingFeatures()).isEqualTo(61);
        assertThat(report.samples()).isEqualTo(9_712);
        assertThat(report.problems()).isEmpty();
        // first row "1 43 79.035 774.009 183.02": frame 43 at 16 fps, (0.79035 m, 7.74009 m); z is the person's height
        assertThat(report.startMillis()).isEqualTo(2688);
        AgentFrame f = store.frameAt(2688, new AgentFrame());
        int i = indexOf(f, store.indexOf("1"));
        assertThat(f.x()[i]).isCloseTo(0.79035, within(1e-9));
        assertThat(f.y()[i]).isCloseTo(7.74009, within(1e-9));
        assertThat(f.z()[i]).isZero();
    }

    @Test
    void placementRotatesScalesAndMovesIntoTheLocalFrame() throws Exception {
        FlowReadOptions options = FlowReadOptions.DEFAULTS.withFps(16.0).withUnits(LengthUnit.CM)
                .withPlacement(LabPlacement.parse("100,200,-15,90,1")).withStartMillis(1_000_000);
        reader.read(FlowTestFiles.JUELICH.resolve("uo-050-180-180.txt"), options, store);

        AgentFrame f = store.frameAt(1_002_688, new AgentFrame());
        int i = indexOf(f, store.indexOf("1"));
        // lab x axis turned to north: (0.79035, 7.74009) -> (-7.74009, 0.79035), then moved by (100, 200, -15)
        assertThat(f.x()[i]).isCloseTo(92.25991, within(1e-9));
        assertThat(f.y()[i]).isCloseTo(200.79035, within(1e-9));
        assertThat(f.z()[i]).isEqualTo(-15.0);
    }

    @Test
    void petrackHeaderGivesUnitAndFrameRate() throws Exception {
        FlowReadReport report = reader.read(FlowTestFiles.JUELICH.resolve("bi_corr_400_b_03.txt"),
                FlowReadOptions.DEFAULTS, store);

        assertThat(report.movingFeatures()).isEqualTo(480);
        assertThat(report.samples()).isEqualTo(120_790);
        assertThat(report.problems()).isEmpty();
        // "1 94 -554.56 309.452 176" in cm at 25 fps
        assertThat(report.startMillis()).isLessThanOrEqualTo(3760);
        AgentFrame f = store.frameAt(3760, new AgentFrame());
        int i = indexOf(f, store.indexOf("1"));
        assertThat(f.x()[i]).isCloseTo(-5.5456, within(1e-9));
        assertThat(f.y()[i]).isCloseTo(3.09452, within(1e-9));
    }

    @Test
    void uo145Has175Pedestrians() throws Exception {
        FlowReadReport report = reader.read(FlowTestFiles.JUELICH.resolve("uo-145-180-180.txt"),
                FlowReadOptions.DEFAULTS.withFps(16.0).withUnits(LengthUnit.CM), store);

        assertThat(report.movingFeatures()).isEqualTo(175);
        assertThat(report.samples()).isEqualTo(41_133);
    }

    @Test
    void malformedRowsAreCountedWithTheirLines(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("t.txt");
        Files.writeString(file, "PersID\tFrame\tX\tY\tZ\n1\t0\t1.0\t2.0\t1.7\n1\t1\tx\t2.0\t1.7\n2 5\n1 2 1.2 2.0 1.7\n");

        FlowReadReport report = reader.read(file, FlowReadOptions.DEFAULTS, store);

        assertThat(report.movingFeatures()).isEqualTo(1);
        assertThat(report.samples()).isEqualTo(2);
        assertThat(report.skipped()).isEqualTo(2);
        assertThat(report.problems()).extracting(Object::toString).containsExactly(
                "no frame rate in the file or options: assumed 25.0 fps",
                "no length unit in the file or options: assumed metres",
                "line 3: frame, x, y and z must be numbers: '1\t1\tx\t2.0\t1.7'",
                "line 4: expected id frame x y [z], found 2 field(s)");
    }

    private static int indexOf(AgentFrame f, int agent) {
        for (int i = 0; i < f.count(); i++) if (f.agent()[i] == agent) return i;
        throw new AssertionError("agent " + agent + " not in the frame");
    }
}
