package org.citytwin.ui;

import javafx.scene.layout.Region;
import org.citytwin.ui.inspect.InspectorView;

/**
 * Keeps the 3D view large in a narrow window (a 1280 or 1366 px laptop screen): below {@link #NARROW} px the side
 * panel docks to its toggle strip and the inspector slims down; widened again, both come back. Only the change
 * across the threshold acts, so a panel the user reopens in a narrow window stays open.
 */
final class NarrowWindowDocking {
    /** Side panel (280) + inspector (400) + a 3D view of 900 px need about this much; narrower windows dock. */
    static final double NARROW = 1380;
    private Boolean narrow; // unknown until the window has a width

    private NarrowWindowDocking() {
    }

    static void install(Region root, SidePanel side, InspectorView inspector) {
        NarrowWindowDocking d = new NarrowWindowDocking();
        root.widthProperty().addListener((o, was, now) -> d.widthChanged(now.doubleValue(), side, inspector));
        d.widthChanged(root.getWidth(), side, inspector);
    }

    private void widthChanged(double width, SidePanel side, InspectorView inspector) {
        if (width <= 0) return; // not laid out yet
        boolean now = width < NARROW;
        if (narrow != null && narrow == now) return;
        narrow = now;
        side.collapsedProperty().set(now);
        inspector.setCompact(now);
    }
}
