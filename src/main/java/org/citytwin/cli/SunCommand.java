package org.citytwin.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.citytwin.geo.SunPosition;
import org.citytwin.text.Texts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** `sun --at LAT,LON --time ISO-8601 [--json]`: azimuth and elevation of the sun. Exit 0, or 2 for bad input. */
@Command(name = "sun", mixinStandardHelpOptions = true,
        description = {"Prints the sun's azimuth (degrees clockwise from north) and elevation (degrees above the"
                + " horizon, corrected for atmospheric refraction) by the NOAA solar position algorithm.",
                "--time is ISO-8601 with an offset or zone (2024-12-21T12:00+09:00, 2024-12-21T03:00Z,"
                + " 2024-12-21T12:00[Asia/Tokyo]); a date-time without offset is Japan Standard Time (UTC+9)."})
public final class SunCommand implements Callable<Integer> {

    /** A local date-time without offset is read in this zone. */
    static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Tokyo");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Option(names = "--at", required = true, paramLabel = "LAT,LON",
            description = "latitude and longitude in degrees (WGS 84, north and east positive)") String at;
    @Option(names = "--time", required = true, paramLabel = "ISO-8601",
            description = "date and time; without offset or zone it is Japan Standard Time") String time;
    @Option(names = "--json", description = "print JSON: lat, lon, time, azimuth, elevation, solarTime") boolean json;

    @Override
    public Integer call() throws Exception {
        double lat, lon;
        ZonedDateTime when;
        try {
            double[] latLon = parseLatLon(at);
            lat = latLon[0];
            lon = latLon[1];
            when = parseTime(time);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return 2;
        }
        SunPosition.Sun sun = SunPosition.at(lat, lon, when.toInstant());
        String solar = SunPosition.solarTime(when.toInstant(), lon).format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss"));
        String timeText = when.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        if (json) {
            ObjectNode root = JSON.createObjectNode();
            root.put("lat", lat);
            root.put("lon", lon);
            root.put("time", timeText);
            root.put("azimuth", round(sun.azimuth()));
            root.put("elevation", round(sun.elevation()));
            root.put("solarTime", solar);
            System.out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root));
        } else {
            String height = Texts.get("commands.sun.elevation", sun.elevation() >= 0 ? 0 : 1,
                    String.format(Locale.ROOT, "%.2f", Math.abs(sun.elevation())));
            System.out.println(Texts.get("commands.sun.position", String.format(Locale.ROOT, "%.5f", lat),
                    String.format(Locale.ROOT, "%.5f", lon), timeText, solar,
                    String.format(Locale.ROOT, "%.2f", sun.azimuth()), height));
        }
        return 0;
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }

    static double[] parseLatLon(String text) {
        String[] parts = text.split(",", -1);
        if (parts.length != 2) {
            throw new IllegalArgumentException(Texts.get("commands.sun.at.format", text));
        }
        double lat = number(parts[0], 0, text), lon = number(parts[1], 1, text);
        if (lat < -90 || lat > 90) {
            throw new IllegalArgumentException(Texts.get("commands.sun.at.latitude", text));
        }
        if (lon < -180 || lon > 180) {
            throw new IllegalArgumentException(Texts.get("commands.sun.at.longitude", text));
        }
        return new double[] {lat, lon};
    }

    /** @param what 0 for the latitude, 1 for the longitude */
    private static double number(String part, int what, String text) {
        try {
            double v = Double.parseDouble(part.trim());
            if (Double.isFinite(v)) return v;
        } catch (NumberFormatException ignored) {
            // falls through to the plain message below
        }
        throw new IllegalArgumentException(Texts.get("commands.sun.at.number", text, what, part.trim()));
    }

    static ZonedDateTime parseTime(String text) {
        String t = text.trim();
        try {
            return ZonedDateTime.parse(t, DateTimeFormatter.ISO_DATE_TIME);
        } catch (DateTimeParseException withoutZone) {
            try {
                int bracket = t.indexOf('[');
                if (bracket > 0 && t.endsWith("]")) { // a zone without offset: 2024-12-21T12:00[Asia/Tokyo]
                    return LocalDateTime.parse(t.substring(0, bracket)).atZone(ZoneId.of(t.substring(bracket + 1, t.length() - 1)));
                }
                return LocalDateTime.parse(t).atZone(DEFAULT_ZONE);
            } catch (java.time.DateTimeException e) { // a bad text or an unknown zone
                throw new IllegalArgumentException(Texts.get("commands.sun.time", text));
            }
        }
    }
}
