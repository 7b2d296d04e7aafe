package org.citytwin.flow.read;

import org.citytwin.text.Texts;

/** The recorded flow formats CityTwin reads. */
public enum FlowFormat {
    /** OGC Moving Features JSON: Feature / FeatureCollection with a temporalGeometry MovingPoint. */
    MF_JSON("OGC MF-JSON"),
    /** OGC Moving Features Encoding Part II, simple CSV: @stboundedby and @columns headers. */
    MF_CSV("OGC MF-CSV"),
    /** OpenPFLOW-style CSV: id,time,lon,lat,... */
    PFLOW_CSV("OpenPFLOW CSV"),
    /** Lab trajectories "id frame x y z" (Jülich/PeTrack), spaces or tabs, with or without a # header. */
    TRAJECTORY_TEXT("trajectory text"),
    /** Any delimited text read through a user's {@link ColumnMapping}. */
    DELIMITED("delimited text");

    private final String label;

    FlowFormat(String label) {
        this.label = label;
    }

    /** Readable name in English (JSON reports, logs). */
    public String label() {
        return label;
    }

    /** The name in the current language (the plain CLI, the status line). */
    public String displayName() {
        return switch (this) {
            case MF_JSON -> Texts.get("flowread.formatName.mfJson");
            case MF_CSV -> Texts.get("flowread.formatName.mfCsv");
            case PFLOW_CSV -> Texts.get("flowread.formatName.pflowCsv");
            case TRAJECTORY_TEXT -> Texts.get("flowread.formatName.trajectoryText");
            case DELIMITED -> Texts.get("flowread.formatName.delimited");
        };
    }
}
