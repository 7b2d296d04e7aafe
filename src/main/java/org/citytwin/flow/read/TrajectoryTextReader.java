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
            sink.note(0, "no frame rate in the file or options: assumed " + DEFAULT_FPS + " fps");
        }
        if (options.units() == null && header.unit == null) {
            sink.note(0, "no length unit in the file or options: assumed metres");
        }
        LabPlacement placement = options.placementOrIdentity();
        Map<String, String> attributes = Map.of(FlowStore.GROUP_ATTRIBUTE, file.getFileName().toString());
        double metres = unit.metres();
        double[] local = new double[3];
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
                    sink.skip(lineNo, "expected id frame x y [z], found " + n + " field(s)");
                    continue;
                }
                double frame;
                double x;
                double y;
                double z;
                try {
                    frame = Double.parseDouble(fields[1]);
                    x = Double.parseDouble(fields[2]);
                    y = Double.parseDouble(fields[3]);
                    z = n > 4 ? Double.parseDouble(fields[4]) : 0;
                } catch (NumberFormatException e) {
                    if (!seenData) continue; // a column-name line without '#' ("PersID Frame X Y Z")
                    sink.skip(lineNo, "frame, x, y and z must be numbers: '" + text + "'");
                    continue;
                }
                if (!Double.isFinite(x) || !Double.isFinite(y) || !Double.isFinite(frame)) {
                    sink.skip(lineNo, "frame, x or y is not a finite number: '" + text + "'");
                    continue;
                }
                seenData = true;
                placement.apply(x * metres, y * metres, options.zIsElevation() ? z * metres : 0, local);
                long time = options.startMillis() + Math.round(frame * 1000 / fps);
                sink.accept(new FlowSample(fields[0], time, local[0], local[1], local[2], Double.NaN, Double.NaN,
                        attributes));
            }
        } catch (IOException e) {
            throw new FlowReadException(file, 0, "cannot read the file (" + e.getMessage() + ")", e);
        }
        return sink.report();
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
                if (fps.find()) h.fps = Double.parseDouble(fps.group(1));
                Matcher unit = UNIT.matcher(text);
                if (unit.find()) {
                    String u = unit.group(1) != null ? unit.group(1) : unit.group(2);
                    h.unit = LengthUnit.parse(u.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new FlowReadException(file, 0, "cannot read the file (" + e.getMessage() + ")", e);
        }
        return h;
    }

    private static final class Header {
        Double fps;
        LengthUnit unit;
    }
}
