package org.citytwin.flow.read;

import java.nio.file.Path;
import org.citytwin.flow.FlowSink;
import org.citytwin.model.IssueMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads recorded flow files into a {@link FlowSink} (usually the {@link org.citytwin.flow.FlowStore}), placing
 * every sample in the scene's local frame. One reader per scene; the frame anchor is shared by every file so
 * later files land at their true offset. Blocking: call it off the UI thread.
 */
public final class FlowFileReader {
    private static final Logger LOG = LoggerFactory.getLogger(FlowFileReader.class);
    private final FrameAnchor anchor;

    public FlowFileReader(FrameAnchor anchor) {
        this.anchor = anchor;
    }

    public FrameAnchor anchor() {
        return anchor;
    }

    /** Detects the format from the content and reads the file. */
    public FlowReadReport read(Path file, FlowReadOptions options, FlowSink sink) throws FlowReadException {
        return read(file, guarded(file, () -> FlowFormatDetector.detect(file)), options, sink);
    }

    /** Reads the file as {@code format} ({@link FlowFormat#DELIMITED} needs {@link #read(Path, ColumnMapping, FlowSink)}). */
    public FlowReadReport read(Path file, FlowFormat format, FlowReadOptions options, FlowSink sink)
            throws FlowReadException {
        if (format == FlowFormat.DELIMITED) throw new IllegalArgumentException("delimited text needs a column mapping");
        return guarded(file, () -> switch (format) {
            case MF_JSON -> MfJsonReader.read(file, options, anchor, sink);
            case MF_CSV -> MfCsvReader.read(file, options, anchor, sink);
            case TRAJECTORY_TEXT -> TrajectoryTextReader.read(file, options, sink);
            case PFLOW_CSV -> DelimitedTextReader.read(file, ColumnMapping.openPflow(), FlowFormat.PFLOW_CSV, anchor,
                    sink);
            case DELIMITED -> throw new IllegalStateException("unreachable");
        });
    }

    /** Reads any delimited text through a user's column mapping. */
    public FlowReadReport read(Path file, ColumnMapping mapping, FlowSink sink) throws FlowReadException {
        return guarded(file, () -> DelimitedTextReader.read(file, mapping, FlowFormat.DELIMITED, anchor, sink));
    }

    /**
     * The frame rate a lab trajectory file announces in its # header, or null when it names none (or cannot be
     * read): what a placement dialog should propose instead of a fixed guess.
     */
    public static Double labFrameRate(Path file) {
        try {
            return guarded(file, () -> TrajectoryTextReader.headerFps(file));
        } catch (FlowReadException e) {
            return null;
        }
    }

    private interface Read<T> {
        T read() throws FlowReadException;
    }

    /**
     * The readers' one promise: a file either reads or is refused with a {@link FlowReadException}. A defect they
     * did not foresee refuses that file with a plain sentence (never a Java class name); other files still load.
     */
    private static <T> T guarded(Path file, Read<T> read) throws FlowReadException {
        try {
            return read.read();
        } catch (RuntimeException | StackOverflowError e) {
            LOG.debug("unexpected failure reading {}", file, e);
            throw new FlowReadException(file, 0, IssueMessage.of("flowread.unexpected"), e);
        }
    }
}
