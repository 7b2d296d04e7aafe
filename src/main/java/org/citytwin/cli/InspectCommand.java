package org.citytwin.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.citytwin.flow.read.FlowReadOptions;
import org.citytwin.flow.read.LabPlacement;
import org.citytwin.flow.read.LengthUnit;
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
import org.citytwin.text.Texts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * `inspect PATH... [--json] [--attributes] [--clearance M] [--clearance-all]`: what each file holds, in which CRS, and what went wrong.
 * Recorded flow files (.json, .csv, .txt...) are recognised by content and reported separately. Exit 2 if nothing loaded.
 */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = {"Reads CityGML files or PLATEAU folders and reports per file: CityGML version, CRS, object counts"
                + " by type, LODs, triangles, bounds and issues. Exits 0 if anything loaded, 2 if nothing did.",
                "Flow files (OGC MF-JSON, MF-CSV, OpenPFLOW CSV, id-frame-x-y-z trajectory text) are detected by content"
                        + " and reported with movingFeatures, samples, time range and bounds."})
public final class InspectCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "CityGML files or folders, or flow files")
    private List<Path> paths;

    @Option(names = "--fps", paramLabel = "FPS",
            description = "flow trajectories: frames per second (default: from the file header, else 25)")
    private Double fps;

    @Option(names = "--units", paramLabel = "m|cm|mm",
            description = "flow trajectories: unit of x, y, z (default: from the file header, else m)")
    private String units;

    @Option(names = "--placement", paramLabel = "X,Y[,Z],ROT,SCALE",
            description = "flow trajectories: lab origin in the local frame (m), rotation (degrees counter-clockwise)"
                    + " and scale")
    private String placement;

    @Option(names = "--json", description = "print JSON instead of text")
    private boolean json;

    @Option(names = "--attributes", description = "also list every object with its attributes (code labels resolved)")
    private boolean attributes;

    @Option(names = "--where", paramLabel = "EXPR",
            description = "list only the ids of objects matching EXPR, e.g. 'measuredHeight > 60 and usage = \"業務施設\"'"
                    + " (names with or without prefix; = != < <= > >= ~; and, or, not, parentheses; codes or labels)")
    private String where;

    @Option(names = "--clearance", paramLabel = "METRES",
            description = "also list conflicting pairs of utilities closer than METRES (exact mesh distance; 0 = touching);"
                    + " parts of one network that connect or nest in one another are left out")
    private Double clearance;

    @Option(names = "--clearance-all",
            description = "the clearance check also lists connected and nested parts of one network"
                    + " (threshold: --clearance, else " + ClearanceCheck.DEFAULT_THRESHOLD_M + " m)")
    private boolean clearanceAll;

    @Option(names = "--clearance-lod", paramLabel = "LOD",
            description = "LOD whose meshes the clearance check measures (default: each object's highest)")
    private Integer clearanceLod;

    @Override
    public Integer call() throws Exception {
        if (clearanceAll && clearance == null) clearance = ClearanceCheck.DEFAULT_THRESHOLD_M;
        if (clearance != null && !(clearance >= 0)) {
            System.err.println(Texts.get("inspect.clearance.negative", String.valueOf(clearance)));
            return 2;
        }
        FlowReadOptions flowOptions;
        try {
            flowOptions = flowOptions();
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return 2;
        }
        List<Path> flowFiles = paths.stream().filter(FlowInspect::isFlowFile).toList();
        List<Path> cityPaths = paths.stream().filter(p -> !FlowInspect.isFlowFile(p)).toList();
        if (cityPaths.isEmpty()) {
            return inspectFlows(flowFiles, flowOptions);
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
        List<FlowInspect.Entry> flows;
        CrsResolver resolver = new CrsResolver();
        try (DatasetLoader loader = new DatasetLoader(resolver)) {
            result = loader.load(cityPaths, LoadProgress.NONE, new CancelToken());
            FlowInspect flowInspect = new FlowInspect(resolver, loader.frame());
            flows = flowInspect.read(flowFiles, flowOptions);
            if (filter != null) {
                WhereReport.print(result, where, filter, json);
            } else if (json) {
                ObjectNode root = InspectReport.build(result, loader::toLatLon, attributes);
                AreaOfUseJson.addTo(root, result, resolver);
                if (clearance != null) {
                    ClearanceCheck check = check();
                    ClearanceReport.addTo(root, clearances(check, result), check);
                }
                if (!flows.isEmpty()) {
                    root.set("flows", flowInspect.json(flows, JSON));
                    flowInspect.totals(flows, root);
                }
                System.out.println(InspectReport.toJson(root));
            } else {
                printText(result, attributes);
                if (clearance != null) {
                    ClearanceCheck check = check();
                    ClearanceReport.print(clearances(check, result), clearance, check, System.out);
                }
                FlowInspect.printText(flows, System.out);
            }
        }
        return result.anythingLoaded() || FlowInspect.anythingLoaded(flows) ? 0 : 2;
    }

    /** Only flow files given: no CityGML loader, the frame is anchored at the first georeferenced sample. */
    private int inspectFlows(List<Path> files, FlowReadOptions options) throws Exception {
        FlowInspect flowInspect = new FlowInspect(new CrsResolver(), null);
        List<FlowInspect.Entry> flows = flowInspect.read(files, options);
        if (json) {
            ObjectNode root = JSON.createObjectNode();
            root.set("flows", flowInspect.json(flows, JSON));
            flowInspect.totals(flows, root);
            System.out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root));
        } else {
            FlowInspect.printText(flows, System.out);
        }
        flows.stream().filter(e -> e.error() != null).forEach(e -> System.err.println(e.errorText()));
        return FlowInspect.anythingLoaded(flows) ? 0 : 2;
    }

    private FlowReadOptions flowOptions() {
        FlowReadOptions o = FlowReadOptions.DEFAULTS;
        if (fps != null) o = o.withFps(fps);
        if (units != null) o = o.withUnits(LengthUnit.parse(units));
        if (placement != null) o = o.withPlacement(LabPlacement.parse(placement));
        return o;
    }

    private ClearanceCheck check() {
        LodChoice lod = clearanceLod == null ? LodChoice.HIGHEST : LodChoice.exactly(clearanceLod);
        return new ClearanceCheck(clearance, lod, ClearanceCheck.Progress.NONE, new CancelToken(CancelToken.Work.CLEARANCE), clearanceAll);
    }

    private static List<Clearance> clearances(ClearanceCheck check, LoadResult result) {
        List<CityObject> objects = result.files().stream().flatMap(f -> f.objects().stream()).toList();
        return check.betweenUtilities(objects);
    }

    private static void printText(LoadResult result, boolean attributes) {
        for (CityFile file : result.files()) {
            System.out.println(file.path());
            System.out.println("  " + Texts.get("inspect.file.summary", nullToDash(file.citygmlVersion()),
                    nullToDash(file.crs()), nullToDash(file.srsName())));
            file.counts().forEach((type, n) -> System.out.printf("  %-34s %6d%n", type, n));
            System.out.println("  " + Texts.get("inspect.file.lods", String.valueOf(file.lods()), String.valueOf(file.triangleCount())));
            for (LoadIssue issue : file.issues()) System.out.println("  " + IssueText.describe(issue));
            if (attributes) file.objects().forEach(o -> ObjectAttributes.print(o, System.out, "  "));
        }
        System.out.println(Texts.get("inspect.total", String.valueOf(result.files().size()),
                String.valueOf(result.triangleCount())));
    }

    private static String nullToDash(String s) {
        return s == null ? "-" : s;
    }
}
