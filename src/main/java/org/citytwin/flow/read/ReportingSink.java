package org.citytwin.flow.read;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.citytwin.flow.FlowObservation;
import org.citytwin.flow.FlowSample;
import org.citytwin.flow.FlowSink;
import org.citytwin.model.Envelope;

/** Forwards a reader's samples to the real sink and tallies what {@link FlowReadReport} says. One file, one thread. */
final class ReportingSink implements FlowSink {
    private final Path file;
    private final FlowFormat format;
    private final FlowSink target;
    private final Set<String> ids = new HashSet<>();
    private final Envelope bounds = new Envelope();
    private final List<FlowReadReport.Problem> problems = new ArrayList<>();
    private long samples;
    private long start = Long.MAX_VALUE;
    private long end = Long.MIN_VALUE;
    private int skipped;
    private String crs = "local";

    ReportingSink(Path file, FlowFormat format, FlowSink target) {
        this.file = file;
        this.format = format;
        this.target = target;
    }

    @Override
    public void accept(FlowSample s) {
        target.accept(s);
        ids.add(s.sourceId());
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
    void skip(int line, String message) {
        skipped++;
        note(line, message);
    }

    /** An assumption or remark worth reporting (not a skipped record). */
    void note(int line, String message) {
        if (problems.size() < FlowReadReport.MAX_PROBLEMS) problems.add(new FlowReadReport.Problem(line, message));
    }

    void crs(String name) {
        crs = name;
    }

    Path file() {
        return file;
    }

    FlowReadReport report() {
        boolean any = samples > 0;
        return new FlowReadReport(file, format, crs, ids.size(), samples, any ? start : 0, any ? end : 0, bounds,
                skipped, problems);
    }
}
