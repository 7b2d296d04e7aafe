package org.citytwin.flow.read;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.citytwin.flow.FlowObservation;
import org.citytwin.flow.FlowSample;
import org.citytwin.flow.FlowSink;
import org.citytwin.model.Envelope;
import org.citytwin.model.IssueMessage;

/**
 * Forwards a reader's samples to the real sink and tallies what {@link FlowReadReport} says. Invalid positions and
 * time-order remarks are aggregated (first example and a count) so a file of a million bad rows gives one problem,
 * not a million. One file, one thread.
 */
final class ReportingSink implements FlowSink {
    private final Path file;
    private final FlowFormat format;
    private final FlowSink target;
    private final Map<String, Long> lastTime = new HashMap<>();
    private final Envelope bounds = new Envelope();
    /** Problems and aggregates in the order they first occurred. */
    private final List<Object> entries = new ArrayList<>();
    private int plain;
    private final Aggregate invalid = new Aggregate();
    private final Aggregate outOfOrder = new Aggregate();
    private final Aggregate duplicate = new Aggregate();
    private long samples;
    private long start = Long.MAX_VALUE;
    private long end = Long.MIN_VALUE;
    private int skipped;
    private FlowReadReport.Problem firstSkip;
    private String crs = "local";

    /** One kind of remark: the first occurrence and how many there were. */
    private static final class Aggregate {
        int line;
        IssueMessage first;
        long count;
    }

    ReportingSink(Path file, FlowFormat format, FlowSink target) {
        this.file = file;
        this.format = format;
        this.target = target;
    }

    @Override
    public void accept(FlowSample s) {
        accept(s, 0);
    }

    /** A sample read at {@code line}; its time is compared with the previous one of the same moving feature. */
    void accept(FlowSample s, int line) {
        target.accept(s);
        Long previous = lastTime.put(s.sourceId(), s.timeMillis());
        if (previous != null && s.timeMillis() < previous) {
            count(outOfOrder, line, IssueMessage.of("flowread.time.backwards", s.sourceId(), Times.iso(previous),
                    Times.iso(s.timeMillis())));
        } else if (previous != null && s.timeMillis() == previous) {
            count(duplicate, line, IssueMessage.of("flowread.time.repeated", s.sourceId(), Times.iso(s.timeMillis())));
        }
        samples++;
        bounds.include(s.x(), s.y(), s.z());
        start = Math.min(start, s.timeMillis());
        end = Math.max(end, s.timeMillis());
    }

    @Override
    public void accept(FlowObservation observation) {
        target.accept(observation);
    }

    /** A malformed record, skipped. */
    void skip(int line, IssueMessage message) {
        skipped++;
        if (firstSkip == null) firstSkip = new FlowReadReport.Problem(line, message);
        note(line, message);
    }

    /**
     * A position that is not finite, outside its CRS's range or absurdly far: skipped, reported in aggregate.
     * {@code message} says what is wrong with it; the report adds that it was skipped.
     */
    void invalidPosition(int line, IssueMessage message) {
        skipped++;
        if (firstSkip == null) firstSkip = new FlowReadReport.Problem(line, message);
        count(invalid, line, message);
    }

    /** An assumption or remark worth reporting (not a skipped record). */
    void note(int line, IssueMessage message) {
        if (plain < FlowReadReport.MAX_PROBLEMS) {
            entries.add(new FlowReadReport.Problem(line, message));
            plain++;
        }
    }

    private void count(Aggregate a, int line, IssueMessage message) {
        if (a.count++ == 0) {
            a.line = line;
            a.first = message;
            entries.add(a);
        }
    }

    void crs(String name) {
        crs = name;
    }

    Path file() {
        return file;
    }

    /**
     * The report.
     *
     * @throws FlowReadException when nothing of the file could be used: no valid positions
     */
    FlowReadReport report() throws FlowReadException {
        if (samples == 0) {
            throw new FlowReadException(file, 0, skipped == 0 ? IssueMessage.of("flowread.empty.none")
                    : firstSkip == null ? IssueMessage.of("flowread.empty.skipped", skipped)
                    : IssueMessage.of("flowread.empty.skippedFirst", skipped, firstSkip.located()));
        }
        return new FlowReadReport(file, format, crs, lastTime.size(), samples, start, end, bounds, skipped,
                problems(), invalid.count, outOfOrder.count, duplicate.count);
    }

    private List<FlowReadReport.Problem> problems() {
        List<FlowReadReport.Problem> out = new ArrayList<>();
        for (Object e : entries) {
            if (e instanceof FlowReadReport.Problem p) {
                out.add(p);
            } else if (e == invalid) {
                out.add(aggregate(invalid, "flowread.aggregate.invalid.once",
                        "flowread.aggregate.invalid.all"));
            } else if (e == outOfOrder) {
                out.add(aggregate(outOfOrder, "flowread.aggregate.backwards.once",
                        "flowread.aggregate.backwards.all"));
            } else if (e == duplicate) {
                out.add(aggregate(duplicate, "flowread.aggregate.repeated.once",
                        "flowread.aggregate.repeated.all"));
            }
        }
        return out;
    }

    /** The first occurrence's message with what became of it: {@code once} when alone, else {@code total} (the count). */
    private static FlowReadReport.Problem aggregate(Aggregate a, String once, String total) {
        IssueMessage text = a.count > 1 ? IssueMessage.of(total, a.first, a.count) : IssueMessage.of(once, a.first);
        return new FlowReadReport.Problem(a.line, text, a.count);
    }
}
