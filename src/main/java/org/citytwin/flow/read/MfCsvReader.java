package org.citytwin.flow.read;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.citytwin.flow.FlowSample;
import org.citytwin.flow.FlowSink;
import org.citytwin.flow.FlowStore;
import org.citytwin.geo.SourceCrs;
import org.citytwin.geo.UnknownCrsException;
import org.citytwin.model.IssueMessage;

/**
 * OGC Moving Features Encoding Part II, simple CSV (OGC 14-084r2):
 * <pre>
 * &#64;stboundedby,CRS,2D|3D,LOWER,UPPER,START,END,UNIT
 * &#64;columns,mfidref,trajectory,NAME,TYPE,...
 * id,startTime,endTime,"c1 c2 c1 c2 ...",attributes...
 * </pre>
 * Record times are relative to the header's START in UNIT; coordinates follow the CRS's axis order (EPSG:4326:
 * latitude first). The header box is not trusted (the OGC example's box is in Frankfurt, its data in Tokyo):
 * it is only compared with the data and noted when it does not contain it. Along one record the feature moves
 * at constant speed, so inner points get times in proportion to the distance walked.
 */
final class MfCsvReader {
    private MfCsvReader() {
    }

    static FlowReadReport read(Path file, FlowReadOptions options, FrameAnchor anchor, FlowSink target)
            throws FlowReadException {
        ReportingSink sink = new ReportingSink(file, FlowFormat.MF_CSV, target);
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String first = in.readLine();
            int lineNo = 1;
            if (first != null && first.startsWith("\uFEFF")) first = first.substring(1);
            List<String> bounded = first == null ? null : Fields.splitDelimited(first, ',');
            if (bounded == null || bounded.size() < 8 || !"@stboundedby".equalsIgnoreCase(bounded.get(0))) {
                throw new FlowReadException(file, 1, IssueMessage.of("flowread.csv.header"));
            }
            String crsName = bounded.get(1);
            int dims = "3D".equalsIgnoreCase(bounded.get(2)) ? 3 : 2;
            long start;
            try {
                start = Times.parse(bounded.get(5), ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                throw new FlowReadException(file, 1, IssueMessage.of("flowread.csv.start", bounded.get(5)));
            }
            double unitMillis = unitMillis(bounded.get(7), file);
            SourceCrs crs;
            try {
                crs = anchor.resolve(crsName);
            } catch (UnknownCrsException e) {
                throw FlowReadException.unknownCrs(file, 1, e);
            }
            sink.crs(crsName);
            PositionPlacer placer = new PositionPlacer(crs, crsName, anchor);
            List<String> attributeNames = new ArrayList<>();
            String line;
            Map<String, Long> lastEnd = new HashMap<>();
            double[] raw = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
            String source = file.getFileName().toString();
            while ((line = in.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) continue;
                List<String> f = Fields.splitDelimited(line, ',');
                if (f == null) {
                    sink.skip(lineNo, IssueMessage.of("flowread.quote.open"));
                    continue;
                }
                if ("@columns".equalsIgnoreCase(f.get(0))) {
                    for (int i = 3; i < f.size(); i += 2) attributeNames.add(f.get(i));
                    continue;
                }
                if (f.get(0).startsWith("@")) continue; // other header lines
                if (f.size() < 4) {
                    sink.skip(lineNo, IssueMessage.of("flowread.csv.fields", f.size()));
                    continue;
                }
                Map<String, String> attributes = new HashMap<>();
                for (int i = 0; i < attributeNames.size() && 4 + i < f.size(); i++) {
                    attributes.put(attributeNames.get(i), f.get(4 + i));
                }
                attributes.put(FlowStore.GROUP_ATTRIBUTE, source);
                attributes.put(FlowStore.INTERPOLATION_ATTRIBUTE, "Linear");
                record(f, dims, start, unitMillis, placer, lastEnd, raw, Map.copyOf(attributes), lineNo, sink);
            }
            noteBox(bounded, raw, sink);
        } catch (IOException e) {
            throw FlowReadException.unreadable(file, e);
        }
        return sink.report();
    }

    private static void record(List<String> f, int dims, long start, double unitMillis, PositionPlacer placer,
                               Map<String, Long> lastEnd, double[] raw, Map<String, String> attributes, int lineNo,
                               ReportingSink sink) throws FlowReadException {
        String id = f.get(0);
        long from;
        long to;
        try {
            double t0 = Fields.number(f.get(1));
            double t1 = Fields.number(f.get(2));
            from = Times.millis(start + t0 * unitMillis);
            to = Times.millis(start + t1 * unitMillis);
        } catch (NumberFormatException e) {
            sink.skip(lineNo, IssueMessage.of("flowread.csv.times", f.get(1), f.get(2)));
            return;
        }
        if (to < from) {
            sink.skip(lineNo, IssueMessage.of("flowread.csv.endBeforeStart", f.get(2), f.get(1)));
            return;
        }
        String[] numbers = f.get(3).strip().split("\\s+");
        if (numbers.length < dims || numbers.length % dims != 0) {
            sink.skip(lineNo, IssueMessage.of("flowread.csv.trajectory", f.get(3), dims));
            return;
        }
        int n = numbers.length / dims;
        double[] xyz = new double[3 * n];
        try {
            for (int i = 0; i < n; i++) {
                xyz[3 * i] = Fields.number(numbers[dims * i]);
                xyz[3 * i + 1] = Fields.number(numbers[dims * i + 1]);
                xyz[3 * i + 2] = dims == 3 ? Fields.number(numbers[dims * i + 2]) : 0;
            }
        } catch (NumberFormatException e) {
            sink.skip(lineNo, IssueMessage.of("flowread.csv.notNumber", f.get(3)));
            return;
        }
        IssueMessage[] why;
        double[] original = xyz.clone();
        try {
            why = placer.place(xyz, n);
        } catch (UnknownCrsException e) {
            throw FlowReadException.unknownCrs(sink.file(), lineNo, e);
        }
        // constant speed along the record between its valid points: time in proportion to the distance walked
        double[] along = new double[n];
        int previous = -1;
        for (int i = 0; i < n; i++) {
            if (why[i] != null) continue;
            raw[0] = Math.min(raw[0], original[3 * i]);
            raw[1] = Math.min(raw[1], original[3 * i + 1]);
            raw[2] = Math.max(raw[2], original[3 * i]);
            raw[3] = Math.max(raw[3], original[3 * i + 1]);
            along[i] = previous < 0 ? 0 : along[previous]
                    + Math.hypot(xyz[3 * i] - xyz[3 * previous], xyz[3 * i + 1] - xyz[3 * previous + 1]);
            previous = i;
        }
        double total = previous < 0 ? 0 : along[previous];
        Long previousEnd = lastEnd.get(id);
        for (int i = 0; i < n; i++) {
            if (why[i] != null) {
                sink.invalidPosition(lineNo, IssueMessage.of("flowread.csv.point", i + 1, why[i]));
                continue;
            }
            double share = n == 1 ? 0 : total > 0 ? along[i] / total : (double) i / (n - 1);
            long t = from + Math.round(share * (to - from));
            if (i == 0 && previousEnd != null && previousEnd == t) continue; // where the previous record ended
            sink.accept(new FlowSample(id, t, xyz[3 * i], xyz[3 * i + 1], xyz[3 * i + 2], Double.NaN, Double.NaN,
                    attributes), lineNo);
        }
        lastEnd.put(id, to);
    }

    private static double unitMillis(String unit, Path file) throws FlowReadException {
        return switch (unit.strip().toLowerCase(Locale.ROOT)) {
            case "sec", "s", "second", "seconds" -> 1000;
            case "msec", "ms", "millisecond", "milliseconds" -> 1;
            case "min", "minute", "minutes" -> 60_000;
            case "hour", "h", "hours" -> 3_600_000;
            default -> throw new FlowReadException(file, 1, IssueMessage.of("flowread.csv.unit", unit));
        };
    }

    /** Says so when the header box does not hold the data (it is never used). */
    private static void noteBox(List<String> header, double[] raw, ReportingSink sink) {
        try {
            String[] lo = header.get(3).strip().split("\\s+");
            String[] hi = header.get(4).strip().split("\\s+");
            double a0 = Double.parseDouble(lo[0]);
            double b0 = Double.parseDouble(lo[1]);
            double a1 = Double.parseDouble(hi[0]);
            double b1 = Double.parseDouble(hi[1]);
            if (raw[0] <= raw[2] && (raw[0] < a0 || raw[1] < b0 || raw[2] > a1 || raw[3] > b1)) {
                sink.note(1, IssueMessage.of("flowread.csv.boxOutside", header.get(3), header.get(4)));
            }
        } catch (RuntimeException e) {
            sink.note(1, IssueMessage.of("flowread.csv.boxUnreadable", header.get(3), header.get(4)));
        }
    }
}
