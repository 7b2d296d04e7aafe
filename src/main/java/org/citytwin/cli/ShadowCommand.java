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
import org.citytwin.shadow.ShadowHours;
import org.citytwin.shadow.NoaaSun;
import org.citytwin.shadow.SunDirections;
import org.locationtech.jts.geom.Envelope;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * `shadow PATH...|P.citytwin#SCENARIO --date --from --to --plane [--at LAT,LON]... [--grid M --hours 2,3 --geojson F]
 * [--json]`: hours of shadow cast by all buildings on a horizontal plane above the ground (日影時間). Exit 0 when
 * computed, 2 when the input cannot be read, 1 when an option is malformed.
 */
@Command(name = "shadow", mixinStandardHelpOptions = true,
        description = {"Hours of shadow cast by all buildings on a horizontal plane METRES above the ground, over a"
                + " time window of one day (true solar time, or Japan Standard Time with --clock-time).",
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

    @Override
    public Integer call() throws IOException {
        LocalDate day;
        LocalTime start, end;
        try {
            day = LocalDate.parse(date);
            start = LocalTime.parse(from);
            end = LocalTime.parse(to);
        } catch (DateTimeParseException e) {
            System.err.println("--date must be YYYY-MM-DD and --from/--to HH:MM (got " + date + ", " + from + ", " + to + ").");
            return 1;
        }
        if (stepMinutes <= 0) {
            System.err.println("--step must be a positive number of minutes (got " + stepMinutes + ").");
            return 1;
        }
        if ((out != null || geojson != null || !hours.isEmpty()) && grid == null) {
            System.err.println("--out, --geojson and --hours need --grid METRES.");
            return 1;
        }
        List<double[]> points = new ArrayList<>();
        for (String a : at) {
            double[] p = latLon(a);
            if (p == null) {
                System.err.println("--at must be LAT,LON in degrees (got " + a + ").");
                return 1;
            }
            points.add(p);
        }
        try (DatasetLoader loader = new DatasetLoader(new CrsResolver())) {
            List<CityObject> objects;
            try {
                objects = load(inputs, loader);
            } catch (InputException e) {
                System.err.println(e.getMessage());
                return 2;
            }
            List<MeshPart> casters = objects.stream().filter(o -> o.kind() == FeatureKind.BUILDING)
                    .map(CityObject::displayMesh).filter(m -> !m.isEmpty()).toList();
            if (loader.frame() == null) {
                System.err.println(String.join(" ", inputs) + ": no georeferenced geometry, so the sun cannot be placed.");
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
            if (grid != null) {
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

    private static List<CityObject> load(List<String> specs, DatasetLoader loader) throws InputException {
        String spec = specs.get(0);
        if (ProjectData.isProjectSpec(spec)) {
            if (specs.size() > 1) throw new InputException("A project scenario is read on its own, without other paths.");
            try {
                return ProjectData.scenarioObjects(spec, loader);
            } catch (ProjectFormatException | IllegalArgumentException e) {
                throw new InputException(e.getMessage());
            } catch (IOException e) {
                throw new InputException(spec + ": cannot be read (" + e.getMessage() + ")");
            }
        }
        List<Path> paths = new ArrayList<>();
        for (String s : specs) {
            Path p = Path.of(s);
            if (!Files.exists(p)) throw new InputException(s + ": no such file or folder");
            paths.add(p);
        }
        LoadResult result = loader.load(paths, LoadProgress.NONE, new CancelToken());
        result.files().stream().flatMap(f -> f.issues().stream())
                .filter(i -> i.severity() == org.citytwin.model.Severity.ERROR)
                .forEach(i -> System.err.println(i.describe()));
        if (!result.anythingLoaded()) throw new InputException(String.join(" ", specs) + ": nothing could be loaded");
        return result.files().stream().flatMap(f -> f.objects().stream()).toList();
    }
}
