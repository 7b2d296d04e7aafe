package org.citytwin.ui.flows;

import java.util.function.Supplier;
import org.citytwin.flow.read.FlowFileReader;
import org.citytwin.flow.read.FrameAnchor;
import org.citytwin.geo.CrsResolver;

/**
 * Flow readers for a window used without the app's composition root (tests with a stub loader): one CRS resolver,
 * made on first use, and one anchor at the first georeferenced sample. The app replaces this with readers sharing
 * the city loader's frame.
 */
public final class DefaultFlowReaders implements Supplier<FlowFileReader> {
    private FlowFileReader reader;

    @Override
    public synchronized FlowFileReader get() {
        if (reader == null) reader = new FlowFileReader(new FrameAnchor(new CrsResolver(), null));
        return reader;
    }
}
