package org.citytwin.ui.flows;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The placement dialog proposes the frame rate the lab file announces, not a fixed 16 fps. */
class LabPlacementDialogTest {
    @Test
    void proposesTheJuelichHeaderFrameRate() throws Exception {
        Path file = Path.of(getClass().getResource(
                "/data/flows/juelich-pedestrian-trajectories/traj_UNI_CORR_500_01.txt").toURI());
        assertEquals("25", LabPlacementDialog.proposedFps(file));
    }

    @Test
    void proposesAnOddHeaderFrameRateAsWritten(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("lab.txt");
        Files.writeString(file, "# framerate: 12.5\n# PersID Frame X Y Z\n1 1 0.5 0.5 1.7\n");
        assertEquals("12.5", LabPlacementDialog.proposedFps(file));
    }

    @Test
    void withoutAHeaderProposesTheReadersDefault(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bare.txt");
        Files.writeString(file, "1 1 0.5 0.5 1.7\n1 2 0.6 0.5 1.7\n");
        assertEquals("25", LabPlacementDialog.proposedFps(file));
    }

    @Test
    void aBlankStartTimeMeansTheLayersOwnClock() {
        assertEquals(0, LabPlacementDialog.startMillis("  ", java.time.ZoneOffset.UTC));
    }

    @Test
    void aStartTimeIsReadAsTheTimelineShowsItOrAsIso() {
        long expected = java.time.Instant.parse("2024-05-01T08:30:00Z").toEpochMilli();
        assertEquals(expected, LabPlacementDialog.startMillis("2024-05-01 08:30:00", java.time.ZoneOffset.UTC));
        assertEquals(expected, LabPlacementDialog.startMillis("2024-05-01 17:30", java.time.ZoneId.of("Asia/Tokyo")));
        assertEquals(expected, LabPlacementDialog.startMillis("2024-05-01T17:30:00+09:00", java.time.ZoneOffset.UTC));
    }

    @Test
    void aStartTimeThatIsNoDateIsRefusedQuotingIt() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> LabPlacementDialog.startMillis("tomorrow", java.time.ZoneOffset.UTC));
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("'tomorrow'"), e.getMessage());
    }
}
