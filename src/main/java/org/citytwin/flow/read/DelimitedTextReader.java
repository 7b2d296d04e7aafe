package org.citytwin.flow.read;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.citytwin.flow.FlowSample;
import org.citytwin.flow.FlowSink;
import org.citytwin.flow.FlowStore;
import org.citytwin.geo.SourceCrs;
import org.citytwin.geo.UnknownCrsException;
import org.citytwin.model.IssueMessage;

/**
 * Any delimited text through a {@link ColumnMapping}: OpenPFLOW CSV, spreadsheet exports, simulator logs.
 * Georeferenced rows are projected in batches (one SIS call per few thousand rows); lab rows are scaled and
 * placed. Rows that do not fit the mapping are counted and skipped with their line.
 */
final class DelimitedTextReader {
    private static final int BATCH = 4096;

    private final Path file;
    private final ColumnMapping mapping;
    private final FrameAnchor anchor;
    private final ReportingSink sink;
    private final Map<String, String> attributes;
    private SourceCrs crs;
    private PositionPlacer placer;
    private int idCol;
    private int timeCol;
    private int xCol;
    private int yCol;
    private int zCol;
    private int minFields;
    // the batch waiting for its coordinate transform
    private final String[] ids = new String[BATCH];
    private final long[] times = new long[BATCH];
    private final int[] lines = new int[BATCH];
    private final double[] xyz = new double[3 * BATCH];
    private int pending;

    private DelimitedTextReader(Path file, ColumnMapping mapping, FlowFormat format, FrameAnchor anchor,
                                FlowSink target) {
        this.file = file;
        this.mapping = mapping;
        this.anchor = anchor;
        this.sink = new ReportingSink(file, format, target);
        this.attributes = Map.of(FlowStore.GROUP_ATTRIBUTE, file.getFileName().toString());
    }

    static FlowReadReport read(Path file, ColumnMapping mapping, FlowFormat format, FrameAnchor anchor,
                               FlowSink target) throws FlowReadException {
        DelimitedTextReader r = new DelimitedTextReader(file, mapping, format, anchor, target);
        r.run();
        return r.sink.report();
    }

    private void run() throws FlowReadException {
        if (mapping.crs() != null) {
            try {
                crs = anchor.resolve(mapping.crs());
            } catch (UnknownCrsException e) {
                throw FlowReadException.unknownCrs(file, 0, e);
            }
            sink.crs(mapping.crs());
        }
        placer = new PositionPlacer(crs, mapping.crs(), anchor);
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int lineNo = 0;
            boolean first = true;
            while ((line = in.readLine()) != null) {
                lineNo++;
                if (first && line.startsWith("\uFEFF")) line = line.substring(1);
                if (line.isBlank() || line.startsWith("#")) continue;
                List<String> f = split(line);
                if (f == null) {
                    sink.skip(lineNo, IssueMessage.of("flowread.quote.open"));
                    continue;
                }
                if (first) {
                    first = false;
                    if (resolveColumns(f, lineNo)) continue; // it was the header
                }
                row(f, lineNo);
                if (pending == BATCH) flush();
            }
            flush();
        } catch (IOException e) {
            throw FlowReadException.unreadable(file, e);
        }
    }

    /** Resolves column references against the first row; returns true when that row is a header. */
    private boolean resolveColumns(List<String> firstRow, int lineNo) throws FlowReadException {
        boolean byName = !isIndex(mapping.id()) || !isIndex(mapping.x()) || !isIndex(mapping.y());
        boolean header = mapping.header() != null ? mapping.header()
                : byName || !Fields.isNumber(field(firstRow, index(mapping.x())));
        List<String> names = header ? firstRow : List.of();
        idCol = column(mapping.id(), names, lineNo);
        timeCol = column(mapping.time() != null ? mapping.time() : mapping.frame(), names, lineNo);
        xCol = column(mapping.x(), names, lineNo);
        yCol = column(mapping.y(), names, lineNo);
        zCol = mapping.z() == null ? -1 : column(mapping.z(), names, lineNo);
        minFields = Math.max(Math.max(idCol, timeCol), Math.max(Math.max(xCol, yCol), zCol)) + 1;
        return header;
    }

    private int column(String ref, List<String> header, int lineNo) throws FlowReadException {
        if (isIndex(ref)) return Integer.parseInt(ref.strip()) - 1;
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).strip().equalsIgnoreCase(ref.strip())) return i;
        }
        throw new FlowReadException(file, lineNo, IssueMessage.of("flowread.text.column", ref, header.toString()));
    }

    private void row(List<String> f, int lineNo) {
        if (f.size() < minFields) {
            sink.skip(lineNo, IssueMessage.of("flowread.text.fields", minFields, f.size()));
            return;
        }
        long t;
        try {
            t = time(f.get(timeCol));
        } catch (NumberFormatException | DateTimeParseException e) {
            sink.skip(lineNo, mapping.time() != null
                    ? IssueMessage.of("flowread.text.time", f.get(timeCol), describe(mapping.timeFormat()))
                    : IssueMessage.of("flowread.text.frame", f.get(timeCol)));
            return;
        }
        double x;
        double y;
        double z;
        try {
            x = Fields.number(f.get(xCol));
            y = Fields.number(f.get(yCol));
            z = zCol < 0 || f.get(zCol).isEmpty() ? 0 : Fields.number(f.get(zCol));
        } catch (NumberFormatException e) {
            sink.skip(lineNo, zCol < 0 ? IssueMessage.of("flowread.text.xy", f.get(xCol), f.get(yCol))
                    : IssueMessage.of("flowread.text.xyz", f.get(xCol), f.get(yCol), f.get(zCol)));
            return;
        }
        String id = f.get(idCol);
        if (id.isEmpty()) {
            sink.skip(lineNo, IssueMessage.of("flowread.text.emptyId"));
            return;
        }
        int i = pending++;
        ids[i] = id;
        times[i] = t;
        lines[i] = lineNo;
        xyz[3 * i] = x;
        xyz[3 * i + 1] = y;
        xyz[3 * i + 2] = z;
    }

    /** @throws NumberFormatException also for a number that is not finite or lies beyond any plausible time */
    private long time(String text) {
        if (mapping.frame() != null) {
            return Times.millis(mapping.startMillis() + Fields.number(text) * 1000 / mapping.fps());
        }
        return switch (mapping.timeFormat()) {
            case DATE_TIME -> Times.parse(text, mapping.zone());
            case EPOCH_SECONDS -> Times.millis(Fields.number(text) * 1000);
            case EPOCH_MILLIS -> Times.millis(Fields.number(text));
            case SECONDS -> Times.millis(mapping.startMillis() + Fields.number(text) * 1000);
        };
    }

    private void flush() throws FlowReadException {
        if (pending == 0) return;
        IssueMessage[] why;
        try {
            why = placer.place(xyz, pending);
        } catch (UnknownCrsException e) {
            throw FlowReadException.unknownCrs(file, lines[0], e);
        }
        LabPlacement p = mapping.placement() == null ? LabPlacement.IDENTITY : mapping.placement();
        double m = mapping.units().metres();
        double[] out = new double[3];
        for (int i = 0; i < pending; i++) {
            if (why[i] != null) {
                sink.invalidPosition(lines[i], why[i]);
                continue;
            }
            if (crs == null) {
                p.apply(xyz[3 * i] * m, xyz[3 * i + 1] * m, xyz[3 * i + 2] * m, out);
                System.arraycopy(out, 0, xyz, 3 * i, 3);
            }
            sink.accept(new FlowSample(ids[i], times[i], xyz[3 * i], xyz[3 * i + 1], xyz[3 * i + 2], Double.NaN,
                    Double.NaN, attributes), lines[i]);
        }
        Arrays.fill(ids, 0, pending, null);
        pending = 0;
    }

    private List<String> split(String line) {
        if (mapping.delimiter() != '\0') return Fields.splitDelimited(line, mapping.delimiter());
        String[] out = new String[64];
        int n = Math.min(Fields.splitWhitespace(line.strip(), out), out.length);
        return Arrays.asList(out).subList(0, n);
    }

    private static IssueMessage describe(ColumnMapping.TimeFormat format) {
        return switch (format) {
            case DATE_TIME -> IssueMessage.of("flowread.timeFormat.dateTime");
            case EPOCH_SECONDS -> IssueMessage.of("flowread.timeFormat.epochSeconds");
            case EPOCH_MILLIS -> IssueMessage.of("flowread.timeFormat.epochMillis");
            case SECONDS -> IssueMessage.of("flowread.timeFormat.seconds");
        };
    }

    private static String field(List<String> row, int index) {
        return index >= 0 && index < row.size() ? row.get(index) : "";
    }

    private static int index(String ref) {
        return isIndex(ref) ? Integer.parseInt(ref.strip()) - 1 : -1;
    }

    private static boolean isIndex(String ref) {
        return ref != null && ref.strip().matches("[1-9][0-9]{0,4}");
    }
}
