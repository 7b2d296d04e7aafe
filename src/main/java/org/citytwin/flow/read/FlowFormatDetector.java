package org.citytwin.flow.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.citytwin.model.IssueMessage;

/** Tells the flow format of a file from its first bytes, not its name. */
public final class FlowFormatDetector {
    private static final int HEAD = 16 * 1024;

    private FlowFormatDetector() {
    }

    /**
     * MF-JSON starts with '{' or '['; MF-CSV with {@code @stboundedby}; trajectory text has '#' header lines or
     * rows of at least four numbers separated by spaces or tabs; OpenPFLOW CSV has rows
     * {@code id,date-time,lon,lat,...}.
     *
     * @throws FlowReadException naming the file and the formats expected when none fits
     */
    public static FlowFormat detect(Path file) throws FlowReadException {
        String head;
        try (InputStream in = Files.newInputStream(file)) {
            head = new String(in.readNBytes(HEAD), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw FlowReadException.unreadable(file, e);
        }
        if (head.startsWith("\uFEFF")) head = head.substring(1);
        String trimmed = head.stripLeading();
        if (trimmed.startsWith("{") || trimmed.startsWith("[")) return FlowFormat.MF_JSON;
        if (trimmed.regionMatches(true, 0, "@stboundedby", 0, 12) || trimmed.regionMatches(true, 0, "@columns", 0, 8)) {
            return FlowFormat.MF_CSV;
        }
        List<String> rows = new ArrayList<>();
        String[] lines = head.split("\r?\n");
        // the last line of the head may be cut in the middle
        int usable = head.length() == HEAD ? lines.length - 1 : lines.length;
        for (int i = 0; i < usable && rows.size() < 5; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) continue;
            if (line.startsWith("#")) continue;
            rows.add(line);
        }
        if (mostly(rows, FlowFormatDetector::isTrajectoryRow)) return FlowFormat.TRAJECTORY_TEXT;
        if (mostly(rows, FlowFormatDetector::isPflowRow)) return FlowFormat.PFLOW_CSV;
        throw new FlowReadException(file, 0, IssueMessage.of("flowread.format.unknown"));
    }

    /**
     * True when, after an optional column-name row, at least half of the rows (and the first data row) fit:
     * a stray malformed row must not hide the format, the readers will report it with its line.
     */
    private static boolean mostly(List<String> rows, Predicate<String> fits) {
        List<String> data = !rows.isEmpty() && !fits.test(rows.get(0)) ? rows.subList(1, rows.size()) : rows;
        if (data.isEmpty() || !fits.test(data.get(0))) return false;
        return data.stream().filter(fits).count() * 2 >= data.size();
    }

    /** id frame x y [z...]: at least four whitespace-separated numbers (the id may be text). */
    private static boolean isTrajectoryRow(String line) {
        if (line.indexOf(',') >= 0) return false;
        String[] f = new String[8];
        int n = Fields.splitWhitespace(line, f);
        if (n < 4) return false;
        for (int i = 1; i < Math.min(n, 5); i++) {
            if (!Fields.isNumber(f[i])) return false;
        }
        return true;
    }

    /** id,date-time,lon,lat,... with a plausible longitude and latitude. */
    private static boolean isPflowRow(String line) {
        List<String> f = Fields.splitDelimited(line, ',');
        if (f == null || f.size() < 4 || f.get(0).isEmpty()) return false;
        try {
            Times.parse(f.get(1), ZoneOffset.UTC);
            double lon = Double.parseDouble(f.get(2));
            double lat = Double.parseDouble(f.get(3));
            return Math.abs(lon) <= 180 && Math.abs(lat) <= 90;
        } catch (DateTimeParseException | NumberFormatException e) {
            return false;
        }
    }
}
