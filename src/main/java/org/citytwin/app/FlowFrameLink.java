package org.citytwin.app;

import org.citytwin.flow.read.FlowFileReader;
import org.citytwin.flow.read.FrameAnchor;
import org.citytwin.model.LocalFrame;

/**
 * Keeps flows and city in one local frame: flow readers use the city loader's frame when a city came first; when a
 * flow came first, its anchor becomes the city loader's frame, so a city opened later lands under the people.
 */
final class FlowFrameLink {
    private final AppContext context;
    private FrameAnchor anchor;

    FlowFrameLink(AppContext context) {
        this.context = context;
    }

    synchronized FlowFileReader reader() {
        LocalFrame city = context.loader().frame();
        if (anchor == null || anchor.frame() == null && city != null) anchor = new FrameAnchor(context.crsResolver(), city);
        return new FlowFileReader(anchor);
    }

    /** Live positions go into the city's frame (or the flows' when they came first); null while there is none. */
    synchronized org.citytwin.flow.GeoPlacement placement() {
        LocalFrame frame = context.loader().frame() != null ? context.loader().frame() : anchor == null ? null : anchor.frame();
        return frame == null ? null
                : new org.citytwin.flow.GeoPlacement(new org.citytwin.geo.LocalProjection(frame), context.crsResolver());
    }

    /** After a flow read (FX thread, no city load running): an unanchored city loader takes the flows' frame. */
    synchronized void shareWithCity() {
        if (anchor != null && anchor.frame() != null && context.loader().frame() == null) {
            context.loader().anchor(anchor.frame());
        }
    }
}
