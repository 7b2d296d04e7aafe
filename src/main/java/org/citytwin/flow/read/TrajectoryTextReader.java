package org.citytwin.flow.read;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citytwin.flow.FlowSample;
import org.citytwin.flow.FlowSink;
import org.citytwin.flow.FlowStore;
import org.citytwin.model.IssueMessage;

/**
 * Lab trajectories, one line per person and frame: {@code id frame x y [z]}, tabs or spaces, with or without a
 * {@code #} header (PeTrack writes "framerate: 25 fps" and "x/cm" there). Frame rate and unit come from the
 * options, else the header, else 25 fps and metres (noted in the report). The z column of these files is the
 * person's height, so agents stand at the placement's elevation unless the options say z is an elevation.
 */
final class TrajectoryTextReader {
    private static final Pattern FRAMERATE = Pattern.compile("(?i)frame\\s*rate\\s*[:=]?\\s*([0-9]+(?:\\.[0-9]+)?)");
    private static final Pattern UNIT = Pattern.compile("(?i)\\bx\\s*/\\s*(cm|mm|m)\\b|\\bunits?\\s*[:=]?\\s*(cm|mm|m)\\b");
    static final double DEFAULT_FPS = 25;

    private TrajectoryTextReader() {
    }

    static FlowReadReport read(Path file, FlowReadOptions options, FlowSink target) throws FlowReadException {
        ReportingSink sink = new ReportingSink(file, FlowFormat.TRAJECTORY_TEXT, target);
        Header header = header(file);
        double fps = options.fps() != null ? options.fps() : header.fps != null ? header.fps : DEFAULT_FPS;
        LengthUnit unit = options.units() != null ? options.units() : header.unit != null ? header.unit : LengthUnit.M;
        if (options.fps() == null && header.fps == null) {
            sink.note(0, IssueMessage.of("flowread.lab.fps", String.valueOf(DEFAULT_FPS)));
        }
        if (options.units() == null && header.unit == null) {
            sink.note(0, IssueMessage.of("flowread.lab.unit"));
        }
        LabPlacement placement = options.placementOrIdentity();
        Map<String, String> attributes = Map.of(FlowStore.GROUP_ATTRIBUTE, file.getFileName().toString());
        double metres = unit.metres();
        double[] local = new double[3];
        PositionCheck check = new PositionCheck(null, null);
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int lineNo = 0;
            boolean seenData = false;
            String[] fields = new String[8];
            while ((line = in.readLine()) != null) {
                lineNo++;
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) continue;
                int n = Fields.splitWhitespace(text, fields);
                if (n < 4) {
                    sink.skip(lineNo, IssueMessage.of("flowread.lab.fields", n));
                    continue;
                }
                double frame;
                double[] xyz = new double[3];
                try {
                    frame = Fields.number(fields[1]);
                    xyz[0] = Fields.number(fields[2]);
                    xyz[1] = Fields.number(fields[3]);
                    double z = n > 4 ? Fields.number(fields[4]) : 0;
                    xyz[2] = options.zIsElevation() ? z : 0; // else the person's height: not a position
                } catch (NumberFormatException e) {
                    // a column-name line without '#' ("PersID Frame X Y Z")
                    if (!seenData && !Fields.isNumber(fields[1])) continue;
                    sink.skip(lineNo, IssueMessage.of("flowread.lab.numbers", brief(text)));
                    continue;
                }
                seenData = true;
                long time;
                try {
                    time = Times.millis(options.startMillis() + frame * 1000 / fps);
                } catch (NumberFormatException e) {
                    sink.skip(lineNo, IssueMessage.of("flowread.lab.frame", fields[1]));
                    continue;
                }
                IssueMessage why = check.problem(xyz[0], xyz[1], xyz[2]);
                if (why != null) {
                    sink.invalidPosition(lineNo, why);
                    continue;
                }
                placement.apply(xyz[0] * metres, xyz[1] * metres, xyz[2] * metres, local);
                sink.accept(new FlowSample(fields[0], time, local[0], local[1], local[2], Double.NaN, Double.NaN,
                        attributes), lineNo);
            }
        } catch (IOException e) {
            throw FlowReadException.unreadable(file, e);
        }
        return sink.report();
    }

    /** The frame rate a lab file's # header announces ("# framerate: 25"), or null when it names none. */
    static Double headerFps(Path file) throws FlowReadException {
        return header(file).fps;
    }

    /** Frame rate and unit announced in the leading # lines. */
    private static Header header(Path file) throws FlowReadException {
        Header h = new Header();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            for (int i = 0; i < 50 && (line = in.readLine()) != null; i++) {
                String text = line.strip();
                if (text.isEmpty()) continue;
                if (!text.startsWith("#")) break;
                Matcher fps = FRAMERATE.matcher(text);
                if (fps.find()) {
                    double value = Double.parseDouble(fps.group(1));
                    if (value > 0) h.fps = value; // "framerate: 0" says nothing: the default is noted instead
                }
                Matcher unit = UNIT.matcher(text);
                if (unit.find()) {
                    String u = unit.group(1) != null ? unit.group(1) : unit.group(2);
                    h.unit = LengthUnit.parse(u.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw FlowReadException.unreadable(file, e);
        }
        return h;
    }

    /** A line for a message, cut short: a hostile file may hold one megabyte-long line. */
    private static String brief(String text) {
        return text.length() > 120 ? text.substring(0, 117) + "..." : text;
    }

    private static final class Header {
        Double fps;
        LengthUnit unit;
    }
}
