package org.citytwin.flow.read;

import java.time.ZoneId;
import java.time.ZoneOffset;
import org.citytwin.text.Texts;

/**
 * How to read positions out of any delimited text: which columns hold the id, the time (or a frame number and
 * a frame rate) and the coordinates, and how the coordinates reach the scene (a CRS, or units and a placement
 * for lab data). Columns are named by their header text (case-insensitive) or by their 1-based number.
 * Coordinates are read in the CRS's axis order: x is the CRS's first axis (longitude for CRS84, latitude for
 * EPSG:4326). Immutable; build with {@link #builder()}. A record so the fields, accessors and constructor are
 * written once.
 *
 * @param delimiter field separator; {@code '\0'} means runs of spaces and tabs
 * @param header true: first row is a header; false: no header; null: header when the first row's x is not a number
 * @param id id column
 * @param time time column, null when a frame column is used
 * @param timeFormat how the time column is written
 * @param zone zone of date-times written without an offset
 * @param frame frame-number column, null when a time column is used
 * @param fps frames per second of the frame column
 * @param x first-axis column
 * @param y second-axis column
 * @param z elevation column, null for none (then the placement's z, or 0)
 * @param units unit of lab coordinates (ignored with a CRS)
 * @param crs CRS of georeferenced coordinates; null for lab/local data
 * @param placement lab frame -> local frame; null means identity. Only without a CRS
 * @param startMillis epoch ms of frame 0 / second 0
 */
public record ColumnMapping(char delimiter, Boolean header, String id, String time, TimeFormat timeFormat,
        ZoneId zone, String frame, Double fps, String x, String y, String z, LengthUnit units, String crs,
        LabPlacement placement, long startMillis) {

    /** How the time column is written. */
    public enum TimeFormat {
        /** ISO 8601 or "yyyy-MM-dd HH:mm:ss"; without an offset, in {@link #zone()}. */
        DATE_TIME,
        /** Seconds since 1970-01-01 UTC. */
        EPOCH_SECONDS,
        /** Milliseconds since 1970-01-01 UTC. */
        EPOCH_MILLIS,
        /** Seconds after {@link #startMillis()}. */
        SECONDS
    }

    public ColumnMapping {
        if (id == null || x == null || y == null) {
            throw new IllegalArgumentException(Texts.get("flowread.mapping.columns"));
        }
        if ((time == null) == (frame == null)) {
            throw new IllegalArgumentException(Texts.get("flowread.mapping.time"));
        }
        if (frame != null && (fps == null || !(fps > 0))) {
            throw new IllegalArgumentException(Texts.get("flowread.mapping.fps", String.valueOf(fps)));
        }
        if (crs != null && placement != null) {
            throw new IllegalArgumentException(Texts.get("flowread.mapping.crsOrPlacement"));
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * OpenPFLOW-style CSV: {@code id,time,lon,lat,...}; times without an offset are Japan time, as in the
     * People Flow data.
     */
    public static ColumnMapping openPflow() {
        return builder().delimiter(',').id("1").time("2", TimeFormat.DATE_TIME).zone(ZoneId.of("Asia/Tokyo"))
                .x("3").y("4").crs(MfJsonReader.CRS84).build();
    }

    /** Fills a {@link ColumnMapping} by name, with defaults; every setter returns the builder. */
    public static final class Builder {
        private char delimiter = ',';
        private Boolean header;
        private String id;
        private String time;
        private TimeFormat timeFormat = TimeFormat.DATE_TIME;
        private ZoneId zone = ZoneOffset.UTC;
        private String frame;
        private Double fps;
        private String x;
        private String y;
        private String z;
        private LengthUnit units = LengthUnit.M;
        private String crs;
        private LabPlacement placement;
        private long startMillis;

        private Builder() {
        }

        public Builder delimiter(char value) {
            delimiter = value;
            return this;
        }

        public Builder header(Boolean value) {
            header = value;
            return this;
        }

        public Builder id(String column) {
            id = column;
            return this;
        }

        public Builder time(String column, TimeFormat format) {
            time = column;
            timeFormat = format;
            return this;
        }

        public Builder zone(ZoneId value) {
            zone = value;
            return this;
        }

        public Builder frame(String column, double framesPerSecond) {
            frame = column;
            fps = framesPerSecond;
            return this;
        }

        public Builder x(String column) {
            x = column;
            return this;
        }

        public Builder y(String column) {
            y = column;
            return this;
        }

        public Builder z(String column) {
            z = column;
            return this;
        }

        public Builder units(LengthUnit value) {
            units = value;
            return this;
        }

        public Builder crs(String value) {
            crs = value;
            return this;
        }

        public Builder placement(LabPlacement value) {
            placement = value;
            return this;
        }

        public Builder startMillis(long value) {
            startMillis = value;
            return this;
        }

        public ColumnMapping build() {
            return new ColumnMapping(delimiter, header, id, time, timeFormat, zone, frame, fps, x, y, z, units, crs,
                    placement, startMillis);
        }
    }
}
