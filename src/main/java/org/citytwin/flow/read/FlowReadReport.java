package org.citytwin.flow.read;

import java.nio.file.Path;
import java.util.List;
import org.citytwin.model.Envelope;

/**
 * What reading one flow file delivered: distinct moving features, samples, time range, bounds in the local
 * frame, and the records that were skipped with their line numbers.
 *
 * @param file           the file read
 * @param format         the format it was read as
 * @param crs            the CRS of its coordinates as named in the file or options, "local" for lab/local metres
 * @param movingFeatures distinct ids
 * @param samples        samples delivered to the sink
 * @param startMillis    earliest sample (epoch ms), 0 when none
 * @param endMillis      latest sample (epoch ms), 0 when none
 * @param bounds         box of the delivered samples in the local frame
 * @param skipped        malformed records skipped
 * @param problems       the first {@value #MAX_PROBLEMS} skipped records' problems, and notes on assumptions made
 */
public record FlowReadReport(Path file, FlowFormat format, String crs, int movingFeatures, long samples,
                             long startMillis, long endMillis, Envelope bounds, int skipped, List<Problem> problems) {

    public static final int MAX_PROBLEMS = 50;

    /** A skipped record or an assumption, at a 1-based line (0: the file as a whole). */
    public record Problem(int line, String message) {
        @Override
        public String toString() {
            return line > 0 ? "line " + line + ": " + message : message;
        }
    }

    public FlowReadReport {
        problems = List.copyOf(problems);
    }
}
