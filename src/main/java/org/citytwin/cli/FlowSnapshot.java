package org.citytwin.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.citytwin.flow.FlowFocus;
import org.citytwin.flow.FlowStore;
import org.citytwin.flow.read.FlowFileReader;
import org.citytwin.flow.read.FlowReadException;
import org.citytwin.flow.read.FlowReadOptions;
import org.citytwin.flow.read.FlowReadReport;
import org.citytwin.flow.read.FrameAnchor;
import org.citytwin.geo.CrsResolver;
import org.citytwin.model.Envelope;
import org.citytwin.model.FeatureKind;
import org.citytwin.model.LocalFrame;
import org.citytwin.scene.CityScene;
import org.citytwin.scene.LayerStyle;
import org.citytwin.scene.flows.AgentColouring;
import org.citytwin.scene.flows.FlowLayer;
import org.citytwin.scene.flows.FlowRenderer;
import org.citytwin.text.Texts;

/**
 * The snapshot command's flow part: reads flow files into a store in the city's frame, then draws agents, trails and
 * the heat map at one instant, optionally with the city see-through (plain ground hidden, solids translucent) so an
 * underground concourse reads from above.
 */
final class FlowSnapshot {
    static final double SHELL_OPACITY = 0.25;
    private final FlowStore store = new FlowStore();

    /** Reads every file; returns false (after printing the error naming file and line) when one cannot be read. */
    boolean read(List<Path> files, CrsResolver resolver, LocalFrame cityFrame, PrintWriter out, PrintWriter err) {
        FlowFileReader reader = new FlowFileReader(new FrameAnchor(resolver, cityFrame));
        for (Path f : files) {
            try {
                FlowReadReport r = reader.read(f, FlowReadOptions.DEFAULTS, store);
                out.println(Texts.get("commands.snapshot.flow-read", f, r.movingFeatures(), r.samples(), r.skipped()));
            } catch (FlowReadException e) {
                err.println(e.getMessage());
                return false;
            }
        }
        return !store.isEmpty();
    }

    /** The instant drawn: {@code atSeconds} after the flows' start, or their middle when null. */
    long instant(Double atSeconds) {
        return atSeconds == null ? (store.startMillis() + store.endMillis()) / 2 : store.startMillis() + Math.round(atSeconds * 1000);
    }

    /**
     * What to frame: the densest cluster of agents at {@code timeMillis} over the loaded city (a recording may
     * walk several places, kilometres apart, and their common box is sky with specks), else anywhere; without
     * agents at that instant, the flows over the city.
     */
    Envelope focus(Envelope city, long timeMillis) {
        org.citytwin.flow.AgentFrame frame = store.frameAt(timeMillis, new org.citytwin.flow.AgentFrame());
        Envelope densest = FlowFocus.densest(frame, city);
        if (densest == null) densest = FlowFocus.densest(frame, null);
        return densest != null ? densest : overlap(city);
    }

    /** The flows' box where it overlaps the city, else all of it. */
    private Envelope overlap(Envelope city) {
        Envelope f = store.bounds();
        if (city == null || city.isEmpty()) return f;
        double x0 = Math.max(f.minX(), city.minX()), y0 = Math.max(f.minY(), city.minY());
        double x1 = Math.min(f.maxX(), city.maxX()), y1 = Math.min(f.maxY(), city.maxY());
        if (x0 >= x1 || y0 >= y1) return f;
        return Envelope.of(x0, y0, Math.max(f.minZ(), city.minZ()), x1, y1, Math.min(f.maxZ(), city.maxZ()));
    }

    /** True when the framed agents walk below the plain ground (a concourse): only a see-through city shows them. */
    static boolean belowGround(Envelope focus, double groundElevation) {
        return focus.maxZ() < groundElevation - 1;
    }

    /**
     * FX thread: the city as a translucent shell without the plain ground. LayerStyle already scales the colour by
     * its alpha (Prism blends premultiplied); scaling it here again drew the shell at a sixteenth of its colour.
     */
    static void seeThrough(CityScene scene) {
        scene.ground().setVisible(false);
        LayerStyle style = new LayerStyle(scene);
        for (FeatureKind k : FeatureKind.values()) {
            if (!k.isAreal()) style.setOpacity(k, SHELL_OPACITY);
        }
    }

    /**
     * FX thread: draws the flows at {@code timeMillis} ({@link #instant}), trails and heat over the
     * {@code windowSeconds} before it; see-through makes the city a translucent shell without the plain ground.
     */
    void draw(CityScene scene, Envelope focus, long timeMillis, double windowSeconds, AgentColouring colouring, boolean seeThrough) {
        if (seeThrough) seeThrough(scene);
        FlowLayer layer = new FlowLayer(scene);
        FlowRenderer renderer = new FlowRenderer(store, layer);
        renderer.setColouring(colouring);
        renderer.setHeatArea(focus);
        renderer.draw(timeMillis, Math.round(windowSeconds * 1000), Long.MAX_VALUE);
    }
}
