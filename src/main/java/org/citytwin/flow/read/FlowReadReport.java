package org.citytwin.flow.read;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.citytwin.model.Envelope;
import org.citytwin.model.IssueMessage;

/**
 * What reading one flow file delivered: distinct moving features, samples, time range, bounds in the local
 * frame, and the records that were skipped with their line numbers.
 *
 * @param file             the file read
 * @param format           the format it was read as
 * @param crs              the CRS of its coordinates as named in the file or options, "local" for lab/local metres
 * @param movingFeatures   distinct ids
 * @param samples          samples delivered to the sink
 * @param startMillis      earliest sample (epoch ms), 0 when none
 * @param endMillis        latest sample (epoch ms), 0 when none
 * @param bounds           box of the delivered samples in the local frame
 * @param skipped          malformed records and invalid positions skipped
 * @param problems         the first {@value #MAX_PROBLEMS} skipped records' problems, and notes on assumptions made;
 *                         invalid positions and time-order remarks are one aggregated problem each
 * @param invalidPositions positions skipped as non-finite, outside the CRS's range or absurdly far (part of skipped)
 * @param outOfOrderTimes  delivered samples earlier than the previous sample of the same moving feature
 * @param duplicateTimes   delivered samples at the same instant as the previous sample of the same moving feature
 */
public record FlowReadReport(Path file, FlowFormat format, String crs, int movingFeatures, long samples,
                             long startMillis, long endMillis, Envelope bounds, int skipped, List<Problem> problems,
                             long invalidPositions, long outOfOrderTimes, long duplicateTimes) {

    public static final int MAX_PROBLEMS = 50;

    /**
     * A skipped record or an assumption, at a 1-based line (0: the file as a whole); {@code count} &gt; 1 when it
     * stands for that many occurrences of one kind (the line and message are the first one's).
     *
     * @param message the message in English (JSON, {@link #toString()})
     * @param text    the message as a bundle key with arguments, for {@link #displayText()}
     */
    public record Problem(int line, String message, long count, IssueMessage text) {
        public Problem {
            Objects.requireNonNull(text, "text");
        }

        public Problem(int line, IssueMessage text, long count) {
            this(line, text.english(), count, text);
        }

        public Problem(int line, IssueMessage text) {
            this(line, text, 1);
        }

        /** "line N: message" as a bundle key, so it can be nested in another message. */
        public IssueMessage located() {
            return line > 0 ? IssueMessage.of("flowread.problem.line", line, text) : text;
        }

        /** "line N: message" in the current language (the plain CLI, the status line). */
        public String displayText() {
            return located().text();
        }

        /** "line N: message" in English. */
        @Override
        public String toString() {
            return located().english();
        }
    }

    public FlowReadReport {
        problems = List.copyOf(problems);
    }
}
