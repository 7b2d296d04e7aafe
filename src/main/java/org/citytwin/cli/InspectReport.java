package org.citytwin.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;
import org.citytwin.model.CityFile;
import org.citytwin.model.Envelope;
import org.citytwin.model.IssueCategory;
import org.citytwin.model.LoadIssue;
import org.citytwin.model.Severity;
import org.citytwin.pipeline.LoadResult;

/** Builds the JSON document `inspect --json` prints: one entry per file plus totals. */
final class InspectReport {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * Workers add issues in the order they finish, so the same file gave another order each run: the report sorts
     * them by file, position and id (then the rest, so equal positions still come out the same).
     */
    static final Comparator<LoadIssue> ISSUE_ORDER = Comparator
            .comparing(LoadIssue::file, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
            .thenComparingInt(LoadIssue::line)
            .thenComparingInt(LoadIssue::column)
            .thenComparing(LoadIssue::gmlId, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
            .thenComparing(LoadIssue::severity)
            .thenComparing(LoadIssue::category)
            .thenComparing(LoadIssue::message)
            .thenComparingInt(LoadIssue::count);

    private InspectReport() {
    }

    static ObjectNode build(LoadResult result, BiFunction<Double, Double, double[]> toLatLon) {
        return build(result, toLatLon, false);
    }

    /** @param attributes when true, each file's "objects" is the array of its objects with their attributes, not a count */
    static ObjectNode build(LoadResult result, BiFunction<Double, Double, double[]> toLatLon, boolean attributes) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode files = root.putArray("files");
        Map<String, Integer> totalCounts = new LinkedHashMap<>();
        Map<IssueCategory, Integer> totalQuality = new EnumMap<>(IssueCategory.class);
        long triangles = 0;
        int objects = 0;
        int errors = 0;
        int warnings = 0;
        for (CityFile file : result.files()) {
            ObjectNode f = files.addObject();
            f.put("path", file.path());
            f.put("citygmlVersion", file.citygmlVersion());
            f.put("srsName", file.srsName());
            f.put("crs", file.crs());
            ObjectNode counts = f.putObject("counts");
            file.counts().forEach((type, n) -> {
                counts.put(type, n);
                totalCounts.merge(type, n, Integer::sum);
            });
            ArrayNode lods = f.putArray("lods");
            file.lods().forEach(lods::add);
            if (attributes) {
                ArrayNode list = f.putArray("objects");
                file.objects().forEach(o -> list.add(ObjectAttributes.json(o)));
            } else {
                f.put("objects", file.objects().size());
            }
            f.put("triangles", file.triangleCount());
            ObjectNode byType = f.putObject("trianglesByType");
            file.objects().forEach(o -> byType.put(o.type(),
                    byType.path(o.type()).asLong(0) + o.displayMesh().triangleCount()));
            f.put("objectsWithoutGeometry", file.objects().stream().filter(o -> o.lods().isEmpty()).count());
            ObjectNode utilities = UtilityJson.summary(file);
            if (utilities != null) f.set("utilities", utilities);
            f.set("bounds", bounds(file.bounds(), toLatLon));
            ArrayNode issues = f.putArray("issues");
            for (LoadIssue issue : file.issues().stream().sorted(ISSUE_ORDER).toList()) {
                issues.add(issue(issue));
                if (issue.severity() == Severity.ERROR) errors++;
                if (issue.severity() == Severity.WARNING) warnings++;
            }
            Map<IssueCategory, Integer> quality = qualityCounts(file.issues());
            putCounts(f.putObject("qualityCounts"), quality);
            quality.forEach((c, n) -> totalQuality.merge(c, n, Integer::sum));
            triangles += file.triangleCount();
            objects += file.objects().size();
        }
        ObjectNode totals = root.putObject("totals");
        totals.put("files", result.files().size());
        totals.put("objects", objects);
        totals.put("triangles", triangles);
        ObjectNode counts = totals.putObject("counts");
        totalCounts.forEach(counts::put);
        totals.put("errors", errors);
        totals.put("warnings", warnings);
        putCounts(totals.putObject("qualityCounts"), totalQuality);
        totals.set("bounds", bounds(result.bounds(), toLatLon));
        if (result.frame() != null) {
            ObjectNode frame = root.putObject("frame");
            frame.put("originLatitude", result.frame().originLatitude());
            frame.put("originLongitude", result.frame().originLongitude());
        }
        return root;
    }

    static String toJson(ObjectNode node) throws com.fasterxml.jackson.core.JsonProcessingException {
        return MAPPER.writeValueAsString(node);
    }

    /** Occurrences per category (an aggregated issue counts as many as it stands for); zero categories absent. */
    static Map<IssueCategory, Integer> qualityCounts(Iterable<LoadIssue> issues) {
        Map<IssueCategory, Integer> counts = new EnumMap<>(IssueCategory.class);
        for (LoadIssue issue : issues) counts.merge(issue.category(), issue.count(), Integer::sum);
        return counts;
    }

    private static void putCounts(ObjectNode node, Map<IssueCategory, Integer> counts) {
        counts.forEach((category, n) -> node.put(category.name(), n));
    }

    private static ObjectNode issue(LoadIssue issue) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("severity", issue.severity().name().toLowerCase());
        n.put("category", issue.category().name());
        if (issue.count() > 1) n.put("count", issue.count());
        n.put("message", issue.message());
        if (issue.line() > 0) n.put("line", issue.line());
        if (issue.column() > 0) n.put("column", issue.column());
        if (issue.gmlId() != null) n.put("gmlId", issue.gmlId());
        return n;
    }

    static ObjectNode bounds(Envelope e, BiFunction<Double, Double, double[]> toLatLon) {
        ObjectNode n = MAPPER.createObjectNode();
        if (e == null || e.isEmpty()) return n;
        ObjectNode local = n.putObject("local");
        local.put("minX", round(e.minX(), 3)).put("minY", round(e.minY(), 3)).put("minZ", round(e.minZ(), 3));
        local.put("maxX", round(e.maxX(), 3)).put("maxY", round(e.maxY(), 3)).put("maxZ", round(e.maxZ(), 3));
        double[] sw = toLatLon.apply(e.minX(), e.minY());
        double[] ne = toLatLon.apply(e.maxX(), e.maxY());
        if (sw != null && ne != null) {
            ObjectNode geo = n.putObject("latLon");
            geo.put("south", round(sw[0], 8)).put("west", round(sw[1], 8));
            geo.put("north", round(ne[0], 8)).put("east", round(ne[1], 8));
        }
        return n;
    }

    private static double round(double v, int digits) {
        double f = Math.pow(10, digits);
        return Math.round(v * f) / f;
    }
}
