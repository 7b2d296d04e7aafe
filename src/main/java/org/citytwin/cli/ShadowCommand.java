package org.citytwin.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.citytwin.geo.CrsResolver;
import org.citytwin.model.CityObject;
import org.citytwin.model.FeatureKind;
import org.citytwin.model.MeshPart;
import org.citytwin.pipeline.CancelToken;
import org.citytwin.pipeline.DatasetLoader;
import org.citytwin.pipeline.LoadProgress;
import org.citytwin.pipeline.LoadResult;
import org.citytwin.scenario.GroundSnap;
import org.citytwin.scenario.ProjectFormatException;
import org.citytwin.scenario.ScenarioProposals;
import org.citytwin.shadow.NoaaSun;
import org.citytwin.shadow.ShadowHours;
import org.citytwin.shadow.ShadowStudy;
import org.citytwin.shadow.SiteBoundary;
import org.citytwin.shadow.StudyGeoJson;
import org.citytwin.shadow.StudySettings;
import org.citytwin.shadow.SunDirections;
import org.citytwin.text.Texts;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * `shadow PATH...|P.citytwin#SCENARIO --date --from --to --plane [--at LAT,LON]... [--grid M --hours 2,3 --geojson F]
 * [--site LAT,LON;... [--limits 4,2.5]] [--json]`: hours of shadow on a horizontal plane above the ground (日影時間),
 * cast by all buildings of plain paths or by a scenario's proposals; with a site, the 日影規制 study (lines around the
 * site, exceedances, study map and GeoJSON). Exit 0 when computed, 2 when the input cannot be read, 1 when an option
 * is malformed.
 */
@Command(name = "shadow", mixinStandardHelpOptions = true,
        description = {"Hours of shadow on a horizontal plane METRES above the ground, over a time window of one day"
                + " (true solar time, or Japan Standard Time with --clock-time). Plain paths cast with all their buildings;"
                + " a P.citytwin#SCENARIO casts with what it proposes (placed, sketched or raised buildings).",
                "Sun below the horizon counts as no shadow. Contours are the union of grid cells shaded at least"
                + " the given hours."})
public final class ShadowCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "CityGML files, folders, or one P.citytwin#SCENARIO")
    List<String> inputs;
    @Option(names = "--date", required = true, description = "YYYY-MM-DD") String date;
    @Option(names = "--from", required = true, description = "HH:MM") String from;
    @Option(names = "--to", required = true, description = "HH:MM") String to;
    @Option(names = "--clock-time", description = "read --from/--to as Japan Standard Time, not true solar time")
    boolean clockTime;
    @Option(names = "--plane", required = true, paramLabel = "METRES", description = "plane height above the ground")
    double plane;
    @Option(names = "--at", paramLabel = "LAT,LON", description = "a point to report (repeatable)")
    List<String> at = new ArrayList<>();
    @Option(names = "--step", paramLabel = "MINUTES", defaultValue = "5",
            description = "time step in minutes (default 5; 1 is the strict reading, 5x slower)") int stepMinutes;
    @Option(names = "--grid", paramLabel = "METRES", description = "grid spacing of the hours raster") Double grid;
    @Option(names = "--hours", split = ",", description = "contour hours, e.g. 2,3,4,5") List<Double> hours = new ArrayList<>();
    @Option(names = "--out", description = "PNG map of the hours raster (needs --grid)") Path out;
    @Option(names = "--geojson", description = "contours as a GeoJSON FeatureCollection in lon/lat (needs --grid)")
    Path geojson;
    @Option(names = "--json", description = "print JSON: points and, with --grid, contours") boolean json;
    @Option(names = "--site", paramLabel = "LAT,LON;LAT,LON;...",
            description = "site boundary: makes it a 日影規制 study (5 m and 10 m lines, exceedances)") String site;
    @Option(names = "--limits", paramLabel = "NEAR,FAR",
            description = "hours allowed 5-10 m and beyond 10 m from the site (default 4,2.5; needs --site)") String limits;

    @Override
    public Integer call() throws IOException {
        LocalDate day;
        LocalTime start, end;
        try {
            day = LocalDate.parse(date);
            start = LocalTime.parse(from);
            end = LocalTime.parse(to);
        } catch (DateTimeParseException e) {
            System.err.println(Texts.get("commands.shadow.date", date, from, to));
            return 1;
        }
        if (stepMinutes <= 0) {
            System.err.println(Texts.get("commands.shadow.step", stepMinutes));
            return 1;
        }
        if ((out != null || geojson != null || !hours.isEmpty()) && grid == null && site == null) {
            System.err.println(Texts.get("commands.shadow.grid"));
            return 1;
        }
        List<double[]> points = new ArrayList<>();
        for (String a : at) {
            double[] p = latLon(a);
            if (p == null) {
                System.err.println(Texts.get("commands.shadow.at", a));
                return 1;
            }
            points.add(p);
        }
        List<double[]> siteRing = null;
        if (site != null) {
            siteRing = siteRing(site);
            if (siteRing == null) {
                System.err.println(Texts.get("study.cli.siteFormat", site));
                return 1;
            }
        }
        double[] limitHours = null;
        if (limits != null) {
            limitHours = limits(limits);
            if (limitHours == null) {
                System.err.println(Texts.get("study.cli.limitsFormat", limits));
                return 1;
            }
            if (site == null) {
                System.err.println(Texts.get("study.cli.limitsNeedSite"));
                return 1;
            }
        }
        try (DatasetLoader loader = new DatasetLoader(new CrsResolver())) {
            Input input;
            try {
                input = load(inputs, loader);
            } catch (InputException e) {
                System.err.println(e.getMessage());
                return 2;
            }
            List<CityObject> objects = input.objects();
            List<MeshPart> casters = input.casting().stream().map(CityObject::displayMesh).filter(m -> !m.isEmpty()).toList();
            if (loader.frame() == null) {
                System.err.println(Texts.get("commands.shadow.no-frame", String.join(" ", inputs)));
                return 2;
            }
            // A scenario that demolished every building casts nothing: 0 hours, not an error.
            Envelope extent = new Envelope(0, 0, 0, 0);
            if (!casters.isEmpty()) extent.setToNull();
            for (MeshPart m : casters) {
                double[] v = m.vertices();
                for (int i = 0; i < v.length; i += 3) extent.expandToInclude(v[i], v[i + 1]);
            }
            double[] site = loader.toLatLon(extent.centre().x, extent.centre().y);
            SunDirections sun = new NoaaSun();
            Duration step = Duration.ofMinutes(stepMinutes);
            ShadowHours shadow;
            try {
                shadow = new ShadowHours(casters, sun, site[0], site[1],
                        ShadowHours.steps(day, start, end, step, clockTime, site[1], sun), step);
            } catch (IllegalArgumentException e) {
                System.err.println(e.getMessage());
                return 1;
            }
            ObjectNode root = JSON.createObjectNode();
            ArrayNode pointsJson = root.putArray("points");
            for (double[] p : points) {
                double[] xy = loader.toLocal(p[0], p[1]);
                double h = shadow.hoursAt(xy[0], xy[1], GroundSnap.heightAt(objects, xy[0], xy[1]) + plane);
                pointsJson.addObject().put("lat", p[0]).put("lon", p[1]).put("hours", round(h));
                if (!json) System.out.printf(Locale.ROOT, "%.6f,%.6f  %.2f h%n", p[0], p[1], h);
            }
            if (siteRing != null) {
                Integer code = study(loader, input, casters, siteRing, limitHours, day, start, end, step, root);
                if (code != null) return code;
            } else if (grid != null) {
                // One plane for the whole raster: the given height above the ground under the buildings' centre.
                double z = GroundSnap.heightAt(objects, extent.centre().x, extent.centre().y) + plane;
                ShadowHours.Grid raster = shadow.grid(z, grid);
                double[] levels = hours.stream().mapToDouble(Double::doubleValue).toArray();
                List<ShadowHours.Contour> contours = ShadowHours.contours(raster, levels);
                ArrayNode list = root.putArray("contours");
                for (ShadowHours.Contour c : contours) {
                    list.addObject().put("hours", c.hours()).put("area", round(c.area().getArea()));
                    if (!json) System.out.printf(Locale.ROOT, ">= %s h  %.1f m²%n", c.hours(), c.area().getArea());
                }
                if (geojson != null) {
                    Files.writeString(geojson, org.citytwin.shadow.StudyGeoJson.text(
                            org.citytwin.shadow.StudyGeoJson.contours(contours, (x, y) -> loader.toLatLon(x, y))));
                }
                if (out != null) ShadowMap.write(raster, levels, out);
            }
            if (json) System.out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root));
        }
        return 0;
    }

    /** The 日影規制 study of the casting set around the drawn site; null when done, else the exit code. */
    private Integer study(DatasetLoader loader, Input input, List<MeshPart> casters, List<double[]> ring, double[] limitHours,
            LocalDate day, LocalTime start, LocalTime end, Duration step, ObjectNode root) throws IOException {
        Polygon sitePolygon;
        try {
            sitePolygon = SiteBoundary.local(ring, loader::toLocal);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return 1;
        }
        Point centre = sitePolygon.getCentroid();
        double[] ll = loader.toLatLon(centre.getX(), centre.getY());
        double groundZ = GroundSnap.heightAt(input.objects(), centre.getX(), centre.getY());
        StudySettings defaults = StudySettings.defaults(day.getYear());
        ShadowStudy.Result result;
        try {
            StudySettings settings = new StudySettings(day, start, end, clockTime, plane, grid != null ? grid : defaults.gridSpacing(),
                    hours.isEmpty() ? defaults.levels() : hours.stream().mapToDouble(Double::doubleValue).toArray(), step,
                    limitHours != null ? limitHours[0] : defaults.limitNear(), limitHours != null ? limitHours[1] : defaults.limitFar());
            result = ShadowStudy.run(casters, ll[0], ll[1], groundZ, sitePolygon, settings, new NoaaSun(), new CancelToken(CancelToken.Work.STUDY));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return 1;
        }
        ArrayNode list = root.putArray("contours");
        for (ShadowHours.Contour c : result.contours()) {
            list.addObject().put("hours", c.hours()).put("area", round(c.area().getArea()));
            if (!json) System.out.println(Texts.get("study.cli.contour", c.hours(), c.area().getArea()));
        }
        ObjectNode siteJson = root.putObject("site");
        ArrayNode corners = siteJson.putArray("points");
        for (double[] p : ring) corners.addObject().put("lat", p[0]).put("lon", p[1]);
        siteJson.put("area", round(sitePolygon.getArea()));
        ArrayNode ex = root.putArray("exceedances");
        for (ShadowStudy.Exceedance e : result.exceedances()) {
            ex.addObject().put("zone", e.zone()).put("limit", e.limitHours()).put("area", round(e.areaM2()));
            if (!json) System.out.println(Texts.get("study.cli.exceedance", StudyMap.zone(e.zone()), e.limitHours(), e.areaM2()));
        }
        root.put("castingObjects", input.casting().size());
        if (geojson != null) Files.writeString(geojson, StudyGeoJson.text(StudyGeoJson.study(result, loader::toLatLon)));
        if (out != null) StudyMap.write(result, StudyMap.Context.of(input.objects(), input.casting()), out);
        return null;
    }

    /** "LAT,LON;LAT,LON;..." with at least three corners, or null. */
    static List<double[]> siteRing(String text) {
        List<double[]> ring = new ArrayList<>();
        for (String corner : text.split(";")) {
            if (corner.isBlank()) continue;
            double[] p = latLon(corner);
            if (p == null) return null;
            ring.add(p);
        }
        return ring.size() >= 3 ? ring : null;
    }

    /** "NEAR,FAR" hours, both positive, or null. */
    static double[] limits(String text) {
        String[] parts = text.split(",");
        if (parts.length != 2) return null;
        try {
            double near = Double.parseDouble(parts[0].trim()), far = Double.parseDouble(parts[1].trim());
            return near > 0 && far > 0 && Double.isFinite(near) && Double.isFinite(far) ? new double[] {near, far} : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static double[] latLon(String text) {
        String[] parts = text.split(",");
        if (parts.length != 2) return null;
        try {
            double lat = Double.parseDouble(parts[0].trim()), lon = Double.parseDouble(parts[1].trim());
            return Math.abs(lat) <= 90 && Math.abs(lon) <= 180 ? new double[] {lat, lon} : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    private static final class InputException extends Exception {
        InputException(String message) {
            super(message);
        }
    }

    /** What was loaded, and the buildings that cast. */
    private record Input(List<CityObject> objects, List<CityObject> casting) {
        static Input allBuildings(List<CityObject> objects) {
            return new Input(objects, objects.stream().filter(o -> o.kind() == FeatureKind.BUILDING).toList());
        }
    }

    /**
     * A scenario casts with what it proposes (placed, sketched or raised buildings); base, or a scenario that only
     * demolishes, casts with all its buildings. Plain paths cast with all buildings.
     */
    private static Input load(List<String> specs, DatasetLoader loader) throws InputException {
        String spec = specs.get(0);
        if (ProjectData.isProjectSpec(spec)) {
            if (specs.size() > 1) throw new InputException(Texts.get("commands.shadow.scenario-alone"));
            try {
                ProjectData.ScenarioObjects s = ProjectData.scenarioOf(spec, loader);
                List<CityObject> proposals = ScenarioProposals.of(s.objects(), s.scenario());
                return proposals.isEmpty() ? Input.allBuildings(s.objects()) : new Input(s.objects(), proposals);
            } catch (ProjectFormatException | IllegalArgumentException e) {
                throw new InputException(e.getMessage());
            } catch (IOException e) {
                throw new InputException(Texts.get("commands.common.unreadable", spec, e.getMessage()));
            }
        }
        List<Path> paths = new ArrayList<>();
        for (String s : specs) {
            Path p = Path.of(s);
            if (!Files.exists(p)) throw new InputException(Texts.get("commands.common.no-such-path", s));
            paths.add(p);
        }
        LoadResult result = loader.load(paths, LoadProgress.NONE, new CancelToken());
        result.files().stream().flatMap(f -> f.issues().stream())
                .filter(i -> i.severity() == org.citytwin.model.Severity.ERROR)
                .forEach(i -> System.err.println(i.describe()));
        if (!result.anythingLoaded()) throw new InputException(Texts.get("commands.common.nothing-loaded", String.join(" ", specs)));
        return Input.allBuildings(result.files().stream().flatMap(f -> f.objects().stream()).toList());
    }
}
