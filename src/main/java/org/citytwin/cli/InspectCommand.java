package org.citytwin.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.citytwin.geo.CrsResolver;
import org.citytwin.model.CityFile;
import org.citytwin.model.CityObject;
import org.citytwin.model.LodChoice;
import org.citytwin.underground.Clearance;
import org.citytwin.underground.ClearanceCheck;
import org.citytwin.model.LoadIssue;
import org.citytwin.pipeline.CancelToken;
import org.citytwin.pipeline.DatasetLoader;
import org.citytwin.pipeline.LoadProgress;
import org.citytwin.pipeline.LoadResult;
import org.citytwin.query.Expression;
import org.citytwin.query.ExpressionException;
import org.citytwin.query.ExpressionParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `inspect PATH... [--json] [--attributes] [--clearance M]`: what each file holds, in which CRS, and what went wrong. Exit 2 if nothing loaded. */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = "Reads CityGML files or PLATEAU folders and reports per file: CityGML version, CRS, object counts"
                + " by type, LODs, triangles, bounds and issues. Exits 0 if anything loaded, 2 if nothing did.")
public final class InspectCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "CityGML files or folders")
    private List<Path> paths;

    @Option(names = "--json", description = "print JSON instead of text")
    private boolean json;

    @Option(names = "--attributes", description = "also list every object with its attributes (code labels resolved)")
    private boolean attributes;

    @Option(names = "--where", paramLabel = "EXPR",
            description = "list only the ids of objects matching EXPR, e.g. 'measuredHeight > 60 and usage = \"業務施設\"'"
                    + " (names with or without prefix; = != < <= > >= ~; and, or, not, parentheses; codes or labels)")
    private String where;

    @Option(names = "--clearance", paramLabel = "METRES",
            description = "also list pairs of utilities closer than METRES (exact mesh distance; 0 = touching)")
    private Double clearance;

    @Option(names = "--clearance-lod", paramLabel = "LOD",
            description = "LOD whose meshes the clearance check measures (default: each object's highest)")
    private Integer clearanceLod;

    @Override
    public Integer call() throws Exception {
        if (clearance != null && !(clearance >= 0)) {
            System.err.println("--clearance must be 0 or more metres, was " + clearance);
            return 2;
        }
        Expression filter = null;
        if (where != null) {
            try {
                filter = ExpressionParser.parse(where);
            } catch (ExpressionException e) {
                System.err.println(e.getMessage());
                return 2;
            }
        }
        LoadResult result;
        try (DatasetLoader loader = new DatasetLoader(new CrsResolver())) {
            result = loader.load(paths, LoadProgress.NONE, new CancelToken());
            if (filter != null) {
                WhereReport.print(result, where, filter, json);
            } else if (json) {
                var report = InspectReport.build(result, loader::toLatLon, attributes);
                if (clearance != null) ClearanceReport.addTo(report, clearances(result));
                System.out.println(InspectReport.toJson(report));
            } else {
                printText(result, attributes);
                if (clearance != null) ClearanceReport.print(clearances(result), clearance, System.out);
            }
        }
        return result.anythingLoaded() ? 0 : 2;
    }

    private List<Clearance> clearances(LoadResult result) {
        LodChoice lod = clearanceLod == null ? LodChoice.HIGHEST : LodChoice.exactly(clearanceLod);
        List<CityObject> objects = result.files().stream().flatMap(f -> f.objects().stream()).toList();
        return new ClearanceCheck(clearance, lod, ClearanceCheck.Progress.NONE, new CancelToken()).betweenUtilities(objects);
    }

    private static void printText(LoadResult result, boolean attributes) {
        for (CityFile file : result.files()) {
            System.out.println(file.path());
            System.out.printf("  CityGML %s, CRS %s (srsName %s)%n", nullToDash(file.citygmlVersion()),
                    nullToDash(file.crs()), nullToDash(file.srsName()));
            file.counts().forEach((type, n) -> System.out.printf("  %-34s %6d%n", type, n));
            System.out.printf("  LODs %s, %d triangles%n", file.lods(), file.triangleCount());
            for (LoadIssue issue : file.issues()) System.out.println("  " + issue.describe());
            if (attributes) file.objects().forEach(o -> ObjectAttributes.print(o, System.out, "  "));
        }
        System.out.printf("Total: %d files, %d triangles%n", result.files().size(), result.triangleCount());
    }

    private static String nullToDash(String s) {
        return s == null ? "-" : s;
    }
}
