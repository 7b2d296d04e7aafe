package org.citytwin.flow.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citytwin.flow.FlowObservation;
import org.citytwin.flow.FlowSample;
import org.citytwin.flow.FlowSink;
import org.citytwin.geo.CrsResolver;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Small mutations of a valid file of every flow format (cut at every few bytes, each number replaced by NaN,
 * infinities, huge or empty values, single bytes replaced by syntax characters): each read either succeeds with
 * finite samples or is refused with a {@link FlowReadException} naming the file in plain words. Nothing else is
 * thrown, and the readers' safety net for unforeseen failures never has to catch anything. Bounded and seeded.
 */
class FlowReadersFuzzTest {

    private static final CrsResolver CRS = new CrsResolver();
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?([eE][+-]?[0-9]+)?");
    private static final String[] BAD_NUMBERS = {"NaN", "1e308", "-Infinity", "nan", "", "4.9e-324",
        "99999999999999999999", "-1e400"};
    private static final String SPECIALS = "\"',{}[]\n\r#@ \t:;\\\u0000";

    /** A reader and a valid file of its format. */
    enum Format {
        MF_JSON("f.json", """
                {"type": "FeatureCollection",
                 "features": [
                  {"type": "Feature", "id": "a", "properties": {"name": "x"},
                   "temporalGeometry": {"type": "MovingPoint", "interpolation": "Linear",
                     "datetimes": ["2020-01-01T00:00:00Z", 1577836801000, "2020-01-01T00:00:02.5+09:00"],
                     "coordinates": [[139.7, 35.6, 3], [139.7001, 35.6], [139.7002, 35.6001]]}},
                  {"type": "Feature", "id": "b",
                   "temporalGeometry": {"type": "MovingPoint",
                     "datetimes": ["2020-01-01T00:00:00Z", "2020-01-01T00:00:04Z"],
                     "coordinates": [[139.71, 35.61], [139.7101, 35.6102]]}},
                 ]
                }
                """),
        MF_CSV("f.csv", """
                @stboundedby,urn:x-ogc:def:crs:EPSG:6.6:4326,3D,35 139 0,36 140 10,2012-01-17T12:33:41Z,2012-01-17T12:37:00Z,sec
                @columns,mfidref,trajectory,state,xsd:token,"type code",xsd:integer
                a,10,120,35.6815 139.7651 1 35.6820 139.7661 2,walking,1
                a,120,150,35.6820 139.7661 2 35.6822 139.7670 2,walking,1
                b,10,190,35.6794 139.7666 0 35.6803 139.7681 0,"walk, slow",2
                """),
        PFLOW_CSV("p.csv", """
                1,2013-10-01 08:00:00,139.7000,35.6800,1,2
                1,2013-10-01 08:01:00,139.7010,35.6800,1,2
                2,2013-10-01 08:00:30,139.7000,35.6810,2,1
                2,2013-10-01 08:01:30,139.7005,35.6815,2,1
                """),
        TRAJECTORY_TEXT("t.txt", """
                # framerate: 16 fps
                # PersID Frame X/cm Y/cm Z/cm
                1 0 100.5 200.0 170.0
                1 1 101.5 200.5 170.0
                2 0 300.0 -50.25 165.5
                2 1 301.0 -49.0 165.5
                """),
        DELIMITED("d.tsv", """
                id;t;east;north;up
                a;0.0;385000.5;3940000.0;12.5
                a;1.5;385001.5;3940000.5;12.5
                b;0.5;385010.0;3940010.0;13.0
                """);

        final String name;
        final String content;

        Format(String name, String content) {
            this.name = name;
            this.content = content;
        }

        FlowReadReport read(Path file, FrameAnchor anchor, FlowSink sink) throws FlowReadException {
            FlowFileReader reader = new FlowFileReader(anchor);
            if (this == DELIMITED) {
                ColumnMapping mapping = ColumnMapping.builder().delimiter(';').id("id")
                        .time("t", ColumnMapping.TimeFormat.SECONDS).x("east").y("north").z("up")
                        .crs("EPSG:32654").build();
                return reader.read(file, mapping, sink);
            }
            return reader.read(file, FlowReadOptions.DEFAULTS, sink);
        }
    }

    @TempDir
    Path dir;

    /** Anchored by the first read that places anything; most reads share it, as files of one scene do. */
    private final FrameAnchor shared = new FrameAnchor(CRS, null);

    @ParameterizedTest
    @EnumSource(Format.class)
    void everyMutationReadsOrIsRefusedInPlainWords(Format format) throws Exception {
        byte[] valid = format.content.getBytes(StandardCharsets.UTF_8);
        assertThat(read(format, valid, "the valid file", true)).as("the valid file loads").isTrue();

        List<String> labels = new ArrayList<>();
        List<byte[]> mutations = new ArrayList<>();
        int step = Math.max(1, valid.length / 40);
        for (int cut = 0; cut < valid.length; cut += step) {
            labels.add("cut after " + cut + " bytes");
            mutations.add(java.util.Arrays.copyOf(valid, cut));
        }
        int numbers = mutations.size();
        Matcher m = NUMBER.matcher(format.content);
        for (int k = 0; m.find(); k++) {
            for (int j = 0; j < 3; j++) { // three of the bad values per number, each value on every third number
                String bad = BAD_NUMBERS[(3 * k + j) % BAD_NUMBERS.length];
                String text = format.content.substring(0, m.start()) + bad + format.content.substring(m.end());
                labels.add("number at " + m.start() + " replaced by '" + bad + "'");
                mutations.add(text.getBytes(StandardCharsets.UTF_8));
            }
        }
        int bytes = mutations.size();
        Random random = new Random(format.ordinal() * 7919L + 1);
        for (int i = 0; i < 40; i++) {
            byte[] b = valid.clone();
            int at = random.nextInt(b.length);
            b[at] = i % 8 == 7 ? (byte) 0xFF : (byte) SPECIALS.charAt(random.nextInt(SPECIALS.length()));
            labels.add("byte " + at + " replaced by " + (b[at] & 0xFF));
            mutations.add(b);
        }

        int loaded = 0;
        for (int i = 0; i < mutations.size(); i++) {
            // a bad number may be the first position: it must not anchor the frame, so those get a fresh frame
            if (read(format, mutations.get(i), labels.get(i), i >= numbers && i < bytes)) loaded++;
        }
        // most mutations still leave something readable: the test really exercised the readers, not the detector
        assertThat(loaded).isGreaterThan(mutations.size() / 4);
    }

    /** True when it loaded; fails the test on anything but success or a plain refusal. */
    private boolean read(Format format, byte[] content, String label, boolean freshFrame) throws Exception {
        Path file = dir.resolve(format.name);
        Files.write(file, content);
        List<FlowSample> samples = new ArrayList<>();
        try {
            FlowReadReport report = format.read(file, freshFrame ? new FrameAnchor(CRS, null) : shared, new FlowSink() {
                @Override
                public void accept(FlowSample s) {
                    samples.add(s);
                }

                @Override
                public void accept(FlowObservation o) {
                }
            });
            assertThat(report.samples()).as(label).isPositive().isEqualTo(samples.size());
            for (FlowSample s : samples) {
                assertThat(Double.isFinite(s.x()) && Double.isFinite(s.y()) && Double.isFinite(s.z()))
                        .as(label + ": finite sample " + s).isTrue();
                assertThat(Math.abs((double) s.timeMillis())).as(label).isLessThanOrEqualTo(Times.MAX_ABS_MILLIS);
            }
            return true;
        } catch (FlowReadException e) {
            assertThat(e.getMessage()).as(label).matches("(?s)" + Pattern.quote(format.name) + "(, line [0-9]+)?: .+")
                    .doesNotContain("LocalFrame", "Exception", "com.fasterxml", "java.", "org.")
                    .doesNotContain("unexpected problem"); // the safety net in FlowFileReader stayed unused
            return false;
        } catch (Throwable t) {
            fail(format + ", " + label + ": threw " + t, t);
            return false;
        }
    }
}
