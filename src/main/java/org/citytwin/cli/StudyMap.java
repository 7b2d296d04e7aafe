package org.citytwin.cli;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.citytwin.model.CityObject;
import org.citytwin.model.FeatureKind;
import org.citytwin.model.MeshPart;
import org.citytwin.scenario.Footprint;
import org.citytwin.shadow.ShadowHours;
import org.citytwin.shadow.ShadowStudy;
import org.citytwin.shadow.StudySettings;
import org.citytwin.text.Texts;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * The 日影図 of a study as a top-view PNG (north up): hours of shadow shaded in blue-greys, equal-time contours in
 * their own colours with labels, hourly outlines thin with their times, the site, the 5 m and 10 m lines dashed,
 * exceedances red with hatching, the proposal dark and the other buildings grey; north arrow, scale bar, legend with
 * the areas, and a title with the day, window and plane. Geometry is drawn without antialiasing so every line keeps
 * its exact colour (the tests look for it); text is antialiased.
 */
final class StudyMap {

    private static final org.locationtech.jts.geom.GeometryFactory GEOMETRY = new org.locationtech.jts.geom.GeometryFactory();
    static final int WIDTH = 1600, HEIGHT = 1100, LEGEND = 430, TITLE = 86, PAD = 24;
    static final Color EXCEEDANCE = new Color(0xD62728);
    static final Color[] CONTOURS = {new Color(0x2CA02C), new Color(0xFF7F0E), new Color(0x9467BD), new Color(0x8C564B),
        new Color(0xE377C2), new Color(0x17BECF), new Color(0xBCBD22)};
    /** Hours bands, palest first: cells shaded less than the first level, then between levels. */
    static final Color[] SHADES = {new Color(0xEEF2F7), new Color(0xD3DDEA), new Color(0xB5C6DB), new Color(0x95ADCB),
        new Color(0x7594BA), new Color(0x587BA8), new Color(0x3F6394), new Color(0x2B4D7C)};
    static final Color SITE = Color.BLACK, LINE5 = new Color(0x1F4E9E), LINE10 = new Color(0x0B7A75);
    static final Color PROPOSAL = new Color(0x303030), CONTEXT = new Color(0xC8C8C8), CONTEXT_EDGE = new Color(0x9A9A9A);
    static final Color HOURLY = new Color(0x6B6B6B);

    /** The buildings drawn under the study: the casting set (dark) and the rest (grey), as footprints. */
    record Context(List<Geometry> proposals, List<Geometry> others) {
        static Context of(List<CityObject> objects, List<CityObject> casting) {
            List<Geometry> proposals = new ArrayList<>(), others = new ArrayList<>();
            for (CityObject o : objects) {
                if (o.kind() != FeatureKind.BUILDING) continue;
                MeshPart m = o.displayMesh();
                if (m.isEmpty()) continue;
                (casting.contains(o) ? proposals : others).add(Footprint.of(m));
            }
            return new Context(proposals, others);
        }
    }

    private StudyMap() {
    }

    static void write(ShadowStudy.Result r, Context context, Path file) throws IOException {
        ImageIO.write(render(r, context), "png", file.toFile());
    }

    static BufferedImage render(ShadowStudy.Result r, Context context) {
        // Drawing into an image needs no screen; without this AWT looks for an X display and fails on servers.
        if (System.getProperty("java.awt.headless") == null) System.setProperty("java.awt.headless", "true");
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        View view = View.of(extent(r, context), PAD, TITLE, WIDTH - LEGEND - 2 * PAD, HEIGHT - TITLE - PAD);
        g.setClip(view.left, view.top, view.width, view.height);
        double[] levels = sorted(r.settings().levels());
        shades(g, r.grid(), levels, view);
        for (Geometry b : context.others()) fill(g, b, view, CONTEXT, CONTEXT_EDGE);
        for (ShadowStudy.Exceedance e : r.exceedances()) hatch(g, e.area(), view);
        hourly(g, r, view);
        for (int i = 0; i < levels.length; i++) {
            Geometry area = contour(r, levels[i]);
            g.setStroke(new BasicStroke(2.5f));
            g.setColor(contourColour(i));
            draw(g, area, view);
        }
        for (Geometry b : context.proposals()) fill(g, b, view, PROPOSAL, PROPOSAL);
        if (r.site() != null && !r.site().isEmpty()) {
            g.setStroke(new BasicStroke(2.5f));
            g.setColor(SITE);
            draw(g, r.site(), view);
            g.setStroke(dashed(2f, 12, 6));
            g.setColor(LINE5);
            draw(g, r.line5(), view);
            g.setStroke(dashed(2f, 4, 5));
            g.setColor(LINE10);
            draw(g, r.line10(), view);
        }
        for (int i = 0; i < levels.length; i++) labels(g, contour(r, levels[i]), levels[i], contourColour(i), view);
        g.setClip(null);
        g.setColor(Color.DARK_GRAY);
        g.setStroke(new BasicStroke(1));
        g.drawRect(view.left, view.top, view.width, view.height);
        northArrow(g, view);
        scaleBar(g, view);
        title(g, r.settings());
        legend(g, r, levels, WIDTH - LEGEND + 6, TITLE);
        g.dispose();
        return image;
    }

    /** Pixel of a local point, for tests that look at what was drawn where. */
    static int[] pixel(ShadowStudy.Result r, Context context, double x, double y) {
        View view = View.of(extent(r, context), PAD, TITLE, WIDTH - LEGEND - 2 * PAD, HEIGHT - TITLE - PAD);
        return new int[] {(int) Math.floor(view.x(x)), (int) Math.floor(view.y(y))};
    }

    static Color contourColour(int index) {
        return CONTOURS[index % CONTOURS.length];
    }

    /**
     * Where the regulation looks: the lowest equal-time line, the 10 m line and the proposals, with a margin; the
     * long low-sun outlines of early morning and late afternoon run off the map (their times stay on it).
     */
    private static Envelope extent(ShadowStudy.Result r, Context context) {
        Envelope e = new Envelope();
        double[] levels = sorted(r.settings().levels());
        if (levels.length > 0) e.expandToInclude(contour(r, levels[0]).getEnvelopeInternal());
        if (!r.line10().isEmpty()) e.expandToInclude(r.line10().getEnvelopeInternal());
        for (Geometry p : context.proposals()) e.expandToInclude(p.getEnvelopeInternal());
        if (e.isNull()) {
            ShadowHours.Grid grid = r.grid();
            if (grid.nx() > 0) e.init(grid.x0(), grid.x0() + grid.nx() * grid.spacing(), grid.y0(), grid.y0() + grid.ny() * grid.spacing());
            else e.init(-50, 50, -50, 50);
        }
        e.expandBy(Math.max(20, 0.3 * Math.max(e.getWidth(), e.getHeight())));
        return e;
    }

    /** Local metres to pixels, one scale both ways, centred in the map box. */
    private record View(double scale, double cx, double cy, int left, int top, int width, int height) {
        static View of(Envelope e, int left, int top, int width, int height) {
            double scale = Math.min(width / e.getWidth(), height / e.getHeight());
            return new View(scale, e.centre().x, e.centre().y, left, top, width, height);
        }

        double x(double mx) {
            return left + width / 2.0 + (mx - cx) * scale;
        }

        double y(double my) {
            return top + height / 2.0 - (my - cy) * scale;
        }

        /** The map box in local metres. */
        Envelope envelope() {
            double hw = width / 2.0 / scale, hh = height / 2.0 / scale;
            return new Envelope(cx - hw, cx + hw, cy - hh, cy + hh);
        }

        AffineTransform transform() {
            AffineTransform t = new AffineTransform();
            t.translate(left + width / 2.0, top + height / 2.0);
            t.scale(scale, -scale);
            t.translate(-cx, -cy);
            return t;
        }
    }

    private static void shades(Graphics2D g, ShadowHours.Grid grid, double[] levels, View v) {
        for (int j = 0; j < grid.ny(); j++) {
            for (int i = 0; i < grid.nx(); i++) {
                double h = grid.at(i, j);
                if (h <= 0) continue;
                int band = 0;
                for (double level : levels) if (h + 1e-9 >= level) band++;
                g.setColor(SHADES[Math.min(band, SHADES.length - 1)]);
                int x0 = (int) Math.floor(v.x(grid.x0() + i * grid.spacing()));
                int x1 = (int) Math.floor(v.x(grid.x0() + (i + 1) * grid.spacing()));
                int y0 = (int) Math.floor(v.y(grid.y0() + (j + 1) * grid.spacing()));
                int y1 = (int) Math.floor(v.y(grid.y0() + j * grid.spacing()));
                g.fillRect(x0, y0, Math.max(1, x1 - x0), Math.max(1, y1 - y0));
            }
        }
    }

    private static Geometry contour(ShadowStudy.Result r, double level) {
        for (ShadowHours.Contour c : r.contours()) if (Math.abs(c.hours() - level) < 1e-9) return c.area();
        return ShadowHours.contours(r.grid(), new double[] {level}).get(0).area();
    }

    private static void hourly(Graphics2D g, ShadowStudy.Result r, View v) {
        g.setStroke(new BasicStroke(1f));
        Font font = CaptionOverlay.font().deriveFont(Font.PLAIN, 12f);
        for (ShadowStudy.HourlyOutline h : r.hourly()) {
            if (h.shadow().isEmpty()) continue;
            g.setColor(HOURLY);
            draw(g, h.shadow(), v);
        }
        // Each time at the tip of its outline: the vertex farthest from the site (or the proposals' middle).
        Coordinate centre = r.site() != null && !r.site().isEmpty() ? r.site().getCentroid().getCoordinate()
                : r.hourly().stream().filter(h -> !h.shadow().isEmpty()).findFirst().map(h -> h.shadow().getCentroid().getCoordinate())
                .orElse(new Coordinate());
        Geometry box = GEOMETRY.toGeometry(v.envelope());
        for (ShadowStudy.HourlyOutline h : r.hourly()) {
            if (h.shadow().isEmpty()) continue;
            Geometry seen = h.shadow().intersection(box); // a tip off the map is labelled where the outline leaves it
            Coordinate tip = null;
            for (Coordinate c : seen.getCoordinates()) if (tip == null || c.distance(centre) > tip.distance(centre)) tip = c;
            if (tip == null) continue;
            String text = String.format(Locale.ROOT, "%d:%02d", h.time().getHour(), h.time().getMinute());
            halo(g, text, font, (float) v.x(tip.x) + 3, (float) v.y(tip.y) - 3, HOURLY, v);
        }
    }

    /**
     * One label per sizeable part of a contour, at its easternmost corner: nested equal-time lines meet near the
     * building on the north but spread apart east and west, so the labels do not pile up.
     */
    private static void labels(Graphics2D g, Geometry area, double level, Color colour, View v) {
        Font font = CaptionOverlay.font().deriveFont(Font.BOLD, 15f);
        List<Polygon> parts = new ArrayList<>();
        for (int i = 0; i < area.getNumGeometries(); i++) if (area.getGeometryN(i) instanceof Polygon p) parts.add(p);
        parts.sort(Comparator.comparingDouble(Polygon::getArea).reversed());
        for (Polygon p : parts.subList(0, Math.min(3, parts.size()))) {
            if (p.getArea() * v.scale * v.scale < 400) continue; // too small on the page to carry a label
            Coordinate east = null;
            for (Coordinate c : p.getExteriorRing().getCoordinates()) {
                if (east == null || c.x > east.x + 1e-9 || (Math.abs(c.x - east.x) <= 1e-9 && c.y > east.y)) east = c;
            }
            halo(g, hours(level) + " h", font, (float) v.x(east.x) + 4, (float) v.y(east.y) + 5, colour, v);
        }
    }

    /** Text with a white halo, moved inside the map box when it would run off it. */
    private static void halo(Graphics2D g, String text, Font font, float x, float y, Color colour, View v) {
        g.setFont(font);
        java.awt.FontMetrics m = g.getFontMetrics(font);
        x = Math.max(v.left + 2, Math.min(x, v.left + v.width - m.stringWidth(text) - 3));
        y = Math.max(v.top + m.getAscent() + 2, Math.min(y, v.top + v.height - m.getDescent() - 2));
        g.setColor(Color.WHITE);
        for (int dx = -1; dx <= 1; dx++) for (int dy = -1; dy <= 1; dy++) g.drawString(text, x + dx, y + dy);
        g.setColor(colour);
        g.drawString(text, x, y);
    }

    private static void fill(Graphics2D g, Geometry geometry, View v, Color fill, Color edge) {
        Shape s = shape(geometry, v);
        g.setColor(fill);
        g.fill(s);
        g.setColor(edge);
        g.setStroke(new BasicStroke(1));
        g.draw(s);
    }

    /** Exceedances: a translucent red fill with solid red diagonal hatching, and a red outline. */
    private static void hatch(Graphics2D g, Geometry area, View v) {
        if (area.isEmpty()) return;
        Shape s = shape(area, v);
        g.setColor(new Color(0xD6, 0x27, 0x28, 90));
        g.fill(s);
        Shape clip = g.getClip();
        g.clip(s);
        g.setColor(EXCEEDANCE);
        g.setStroke(new BasicStroke(2f));
        java.awt.Rectangle b = s.getBounds();
        for (int d = -b.height; d < b.width; d += 8) g.drawLine(b.x + d, b.y + b.height, b.x + d + b.height, b.y);
        g.setClip(clip);
        g.setStroke(new BasicStroke(2f));
        g.draw(s);
    }

    private static void draw(Graphics2D g, Geometry geometry, View v) {
        if (!geometry.isEmpty()) g.draw(shape(geometry, v));
    }

    /** Polygons (with holes, even-odd) and lines as one AWT path in pixels. */
    private static Shape shape(Geometry geometry, View v) {
        Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        for (int i = 0; i < geometry.getNumGeometries(); i++) {
            Geometry part = geometry.getGeometryN(i);
            if (part instanceof Polygon p) {
                ring(path, p.getExteriorRing(), true);
                for (int k = 0; k < p.getNumInteriorRing(); k++) ring(path, p.getInteriorRingN(k), true);
            } else if (part instanceof LineString l) {
                ring(path, l, l.isClosed());
            }
        }
        return v.transform().createTransformedShape(path);
    }

    private static void ring(Path2D.Double path, LineString line, boolean close) {
        Coordinate[] c = line.getCoordinates();
        if (c.length < 2) return;
        path.moveTo(c[0].x, c[0].y);
        for (int i = 1; i < c.length; i++) path.lineTo(c[i].x, c[i].y);
        if (close) path.closePath();
    }

    private static Stroke dashed(float width, float on, float off) {
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10, new float[] {on, off}, 0);
    }

    private static void northArrow(Graphics2D g, View v) {
        int x = v.left + v.width - 36, y = v.top + v.height - 90; // bottom right: the hourly times sit on the top edge
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        Path2D.Double arrow = new Path2D.Double();
        arrow.moveTo(x, y);
        arrow.lineTo(x + 12, y + 44);
        arrow.lineTo(x, y + 34);
        arrow.lineTo(x - 12, y + 44);
        arrow.closePath();
        g.setColor(Color.WHITE);
        g.fillRect(x - 20, y - 4, 40, 76);
        g.setColor(Color.BLACK);
        g.fill(arrow);
        g.setFont(CaptionOverlay.font().deriveFont(Font.BOLD, 16f));
        g.drawString("N", x - 5, y + 64);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
    }

    /** A bar of a round length near a fifth of the map's width. */
    private static void scaleBar(Graphics2D g, View v) {
        double target = v.width / 5.0 / v.scale;
        double metres = 1;
        for (double m : new double[] {1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000}) if (m <= target) metres = m;
        int px = (int) Math.round(metres * v.scale);
        int x = v.left + 16, y = v.top + v.height - 22;
        g.setColor(Color.WHITE);
        g.fillRect(x - 6, y - 24, px + 12 + 60, 38);
        g.setColor(Color.BLACK);
        g.fillRect(x, y, px / 2, 6);
        g.drawRect(x, y, px, 6);
        g.setFont(CaptionOverlay.font().deriveFont(Font.PLAIN, 13f));
        g.drawString("0", x - 3, y - 5);
        g.drawString(Texts.get("study.map.metres", hours(metres)), x + px - 8, y - 5);
    }

    private static void title(Graphics2D g, StudySettings s) {
        g.setColor(Color.BLACK);
        g.setFont(CaptionOverlay.font().deriveFont(Font.BOLD, 24f));
        g.drawString(Texts.get("study.map.title"), PAD, 36);
        g.setFont(CaptionOverlay.font().deriveFont(Font.PLAIN, 15f));
        g.drawString(subtitle(s), PAD, 64);
    }

    /** "2026-12-22, 8:00–16:00 true solar time, plane 4 m above the ground, grid 2 m". */
    static String subtitle(StudySettings s) {
        return Texts.get("study.map.subtitle", s.date().toString(), s.from().toString(), s.to().toString(),
                Texts.get(s.clockTime() ? "study.clockTime" : "study.solarTime"), hours(s.plane()), hours(s.gridSpacing()));
    }

    private static void legend(Graphics2D g, ShadowStudy.Result r, double[] levels, int x, int top) {
        int y = top + 6;
        Font head = CaptionOverlay.font().deriveFont(Font.BOLD, 15f), body = CaptionOverlay.font().deriveFont(Font.PLAIN, 14f);
        g.setColor(Color.BLACK);
        g.setFont(head);
        g.drawString(Texts.get("study.map.legend.hours"), x, y += 16);
        g.setFont(body);
        for (int b = 0; b <= levels.length && b < SHADES.length; b++) {
            y += 22;
            g.setColor(SHADES[b]);
            g.fillRect(x, y - 13, 28, 16);
            g.setColor(Color.GRAY);
            g.drawRect(x, y - 13, 28, 16);
            g.setColor(Color.BLACK);
            String label = b == 0 ? Texts.get("study.map.legend.below", hours(levels.length > 0 ? levels[0] : 0))
                    : b == levels.length ? Texts.get("study.map.legend.above", hours(levels[b - 1]))
                    : Texts.get("study.map.legend.band", hours(levels[b - 1]), hours(levels[b]));
            g.drawString(label, x + 38, y);
        }
        y += 16;
        g.setFont(head);
        g.drawString(Texts.get("study.map.legend.contours"), x, y += 20);
        g.setFont(body);
        for (int i = 0; i < levels.length; i++) {
            y += 22;
            g.setColor(contourColour(i));
            g.setStroke(new BasicStroke(3f));
            g.drawLine(x, y - 5, x + 28, y - 5);
            g.setColor(Color.BLACK);
            g.drawString(Texts.get("study.map.legend.contour", hours(levels[i]), area(contour(r, levels[i]).getArea())), x + 38, y);
        }
        y += 22;
        g.setColor(HOURLY);
        g.setStroke(new BasicStroke(1f));
        g.drawLine(x, y - 5, x + 28, y - 5);
        g.setColor(Color.BLACK);
        g.drawString(Texts.get("study.map.legend.hourly"), x + 38, y);
        if (r.site() != null && !r.site().isEmpty()) {
            y += 16;
            g.setFont(head);
            g.drawString(Texts.get("study.map.legend.regulation"), x, y += 20);
            g.setFont(body);
            y = legendLine(g, x, y, new BasicStroke(2.5f), SITE, Texts.get("study.map.legend.site", area(r.site().getArea())));
            y = legendLine(g, x, y, dashed(2f, 12, 6), LINE5, Texts.get("study.map.legend.line5"));
            y = legendLine(g, x, y, dashed(2f, 4, 5), LINE10, Texts.get("study.map.legend.line10"));
            for (ShadowStudy.Exceedance e : r.exceedances()) {
                y += 24;
                g.setColor(new Color(0xF2B8B8));
                g.fillRect(x, y - 14, 28, 18);
                g.setColor(EXCEEDANCE);
                g.setStroke(new BasicStroke(2f));
                Shape clip = g.getClip();
                g.clipRect(x, y - 14, 28, 18);
                for (int d = -18; d < 28; d += 8) g.drawLine(x + d, y + 4, x + d + 18, y - 14);
                g.setClip(clip);
                g.drawRect(x, y - 14, 28, 18);
                g.setColor(e.area().isEmpty() ? Color.BLACK : EXCEEDANCE);
                g.drawString(Texts.get("study.map.legend.exceedance", zone(e.zone()), hours(e.limitHours()), area(e.areaM2())), x + 38, y);
            }
        }
        y += 16;
        g.setFont(head);
        g.setColor(Color.BLACK);
        g.drawString(Texts.get("study.map.legend.buildings"), x, y += 20);
        g.setFont(body);
        y += 22;
        g.setColor(PROPOSAL);
        g.fillRect(x, y - 13, 28, 16);
        g.setColor(Color.BLACK);
        g.drawString(Texts.get("study.map.legend.proposal"), x + 38, y);
        y += 22;
        g.setColor(CONTEXT);
        g.fillRect(x, y - 13, 28, 16);
        g.setColor(CONTEXT_EDGE);
        g.drawRect(x, y - 13, 28, 16);
        g.setColor(Color.BLACK);
        g.drawString(Texts.get("study.map.legend.context"), x + 38, y);
    }

    private static int legendLine(Graphics2D g, int x, int y, Stroke stroke, Color colour, String text) {
        y += 22;
        g.setStroke(stroke);
        g.setColor(colour);
        g.drawLine(x, y - 5, x + 28, y - 5);
        g.setColor(Color.BLACK);
        g.drawString(text, x + 38, y);
        return y;
    }

    /** "5–10 m" / "beyond 10 m" in the reader's language for the zone keys "5-10m" and "10m+". */
    static String zone(String key) {
        return Texts.get(key.equals("5-10m") ? "study.zone.near" : "study.zone.far");
    }

    static String hours(double v) {
        return Math.abs(v - Math.rint(v)) < 1e-9 ? String.valueOf((long) Math.rint(v)) : String.format(Locale.ROOT, "%s", v);
    }

    static String area(double m2) {
        return String.format(Locale.ROOT, "%,.0f", m2);
    }

    private static double[] sorted(double[] levels) {
        double[] s = levels.clone();
        java.util.Arrays.sort(s);
        return s;
    }
}
