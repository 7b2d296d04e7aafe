package org.citytwin.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.citytwin.flow.FlowObservation;
import org.citytwin.flow.FlowSample;
import org.citytwin.flow.FlowSink;
import org.citytwin.flow.read.FlowFileReader;
import org.citytwin.flow.read.FlowReadException;
import org.citytwin.flow.read.FlowReadOptions;
import org.citytwin.flow.read.FlowReadReport;
import org.citytwin.flow.read.FrameAnchor;
import org.citytwin.geo.CrsResolver;
import org.citytwin.model.IssueMessage;
import org.citytwin.model.LocalFrame;
import org.citytwin.text.Texts;

/** The flow-file part of `inspect`: reads each recorded flow file and reports ids, samples, time range, bounds. */
final class FlowInspect {

    /**
     * One file's outcome: a report, or the reason it was refused, in English ({@code error}, for JSON) and in the
     * current language ({@code errorText}, for the plain report and stderr).
     */
    record Entry(Path path, FlowReadReport report, String error, String errorText) {
    }

    private final FlowFileReader reader;

    /** @param cityFrame the frame of CityGML files given alongside, or null to anchor at the first flow sample */
    FlowInspect(CrsResolver resolver, LocalFrame cityFrame) {
        reader = new FlowFileReader(new FrameAnchor(resolver, cityFrame));
    }

    /** Recorded flow files by name ({@link org.citytwin.flow.FlowFileTypes}); folders, .gml, .xml are cities. */
    static boolean isFlowFile(Path path) {
        return Files.isRegularFile(path) && org.citytwin.flow.FlowFileTypes.isFlowFile(path);
    }

    List<Entry> read(List<Path> files, FlowReadOptions options) {
        List<Entry> entries = new ArrayList<>();
        for (Path file : files) {
            try {
                entries.add(new Entry(file, reader.read(file, options, DISCARD), null, null));
            } catch (FlowReadException e) {
                entries.add(new Entry(file, null, e.englishMessage(), e.getMessage()));
            } catch (RuntimeException | StackOverflowError e) {
                // the readers promise only FlowReadException; should one break it, the file is still reported
                FlowReadException refused = new FlowReadException(file, 0, IssueMessage.of("flowread.unexpected"), e);
                entries.add(new Entry(file, null, refused.englishMessage(), refused.getMessage()));
            }
        }
        return entries;
    }

    static boolean anythingLoaded(List<Entry> entries) {
        return entries.stream().anyMatch(e -> e.report() != null && e.report().samples() > 0);
    }

    ArrayNode json(List<Entry> entries, ObjectMapper mapper) {
        ArrayNode flows = mapper.createArrayNode();
        for (Entry e : entries) {
            ObjectNode f = flows.addObject();
            f.put("path", e.path().toString());
            if (e.error() != null) {
                f.put("error", e.error());
                continue;
            }
            FlowReadReport r = e.report();
            f.put("format", r.format().label());
            f.put("crs", r.crs());
            f.put("movingFeatures", r.movingFeatures());
            f.put("samples", r.samples());
            ObjectNode time = f.putObject("timeRange");
            if (r.samples() > 0) {
                time.put("start", Instant.ofEpochMilli(r.startMillis()).toString());
                time.put("end", Instant.ofEpochMilli(r.endMillis()).toString());
                time.put("startMillis", r.startMillis());
                time.put("endMillis", r.endMillis());
                time.put("durationSeconds", (r.endMillis() - r.startMillis()) / 1000.0);
            }
            f.set("bounds", InspectReport.bounds(r.bounds(), (x, y) -> reader.anchor().toLatLon(x, y)));
            f.put("skipped", r.skipped());
            f.put("invalidPositions", r.invalidPositions());
            f.put("outOfOrderTimes", r.outOfOrderTimes());
            f.put("duplicateTimes", r.duplicateTimes());
            ArrayNode problems = f.putArray("problems");
            for (FlowReadReport.Problem p : r.problems()) {
                ObjectNode n = problems.addObject();
                if (p.line() > 0) n.put("line", p.line());
                if (p.count() > 1) n.put("count", p.count());
                n.put("message", p.message());
            }
        }
        return flows;
    }

    /** Totals over the flow files, and the frame they were placed in. */
    void totals(List<Entry> entries, ObjectNode root) {
        ObjectNode totals = root.putObject("flowTotals");
        totals.put("files", entries.size());
        totals.put("movingFeatures", entries.stream().filter(e -> e.report() != null)
                .mapToInt(e -> e.report().movingFeatures()).sum());
        totals.put("samples", entries.stream().filter(e -> e.report() != null).mapToLong(e -> e.report().samples()).sum());
        totals.put("errors", entries.stream().filter(e -> e.error() != null).count());
        LocalFrame frame = reader.anchor().frame();
        if (frame != null && !root.has("frame")) {
            ObjectNode n = root.putObject("frame");
            n.put("originLatitude", frame.originLatitude());
            n.put("originLongitude", frame.originLongitude());
        }
    }

    static void printText(List<Entry> entries, PrintStream out) {
        for (Entry e : entries) {
            out.println(e.path());
            if (e.error() != null) {
                out.println("  " + Texts.get("inspect.flow.error", e.errorText()));
                continue;
            }
            FlowReadReport r = e.report();
            out.println("  " + Texts.get("inspect.flow.summary", r.format().displayName(), String.valueOf(r.crs()),
                    String.valueOf(r.movingFeatures()), String.valueOf(r.samples())));
            if (r.samples() > 0) {
                out.printf("  %s .. %s (%.1f s)%n", Instant.ofEpochMilli(r.startMillis()),
                        Instant.ofEpochMilli(r.endMillis()), (r.endMillis() - r.startMillis()) / 1000.0);
                out.printf(Locale.ROOT, "  x %.2f .. %.2f, y %.2f .. %.2f, z %.2f .. %.2f m%n", r.bounds().minX(),
                        r.bounds().maxX(), r.bounds().minY(), r.bounds().maxY(), r.bounds().minZ(), r.bounds().maxZ());
            }
            if (r.skipped() > 0) {
                out.println(r.invalidPositions() > 0
                        ? "  " + Texts.get("inspect.flow.skipped-invalid", String.valueOf(r.skipped()), String.valueOf(r.invalidPositions()))
                        : "  " + Texts.get("inspect.flow.skipped", String.valueOf(r.skipped())));
            }
            if (r.outOfOrderTimes() > 0 || r.duplicateTimes() > 0) {
                out.println("  " + Texts.get("inspect.flow.times", String.valueOf(r.outOfOrderTimes()),
                        String.valueOf(r.duplicateTimes())));
            }
            r.problems().forEach(p -> out.println("  " + p.displayText()));
        }
    }

    /** inspect only counts: the samples themselves are not kept. */
    private static final FlowSink DISCARD = new FlowSink() {
        @Override
        public void accept(FlowSample sample) {
        }

        @Override
        public void accept(FlowObservation observation) {
        }
    };
}
