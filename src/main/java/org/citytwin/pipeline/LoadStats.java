package org.citytwin.pipeline;

import java.util.concurrent.atomic.LongAdder;

/**
 * Time spent per load phase, summed over threads (phases overlap: the reader thread splits chunks while
 * workers build and tessellate). Filled by a load when given one; read by the bench command.
 */
public final class LoadStats {
    public final LongAdder readNanos = new LongAdder();
    public final LongAdder buildNanos = new LongAdder();
    public final LongAdder tessellateNanos = new LongAdder();
    public final LongAdder meshNanos = new LongAdder();
    public final LongAdder bytes = new LongAdder();
    public final LongAdder objects = new LongAdder();
    /** Files read by the fast StAX path (PlateauFastReader) rather than citygml4j. */
    public final LongAdder fastFiles = new LongAdder();

    public static final LoadStats NONE = new LoadStats();
}
