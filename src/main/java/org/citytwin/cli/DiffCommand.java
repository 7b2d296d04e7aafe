package org.citytwin.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import org.citytwin.geo.CrsResolver;
import org.citytwin.model.CityObject;
import org.citytwin.pipeline.CancelToken;
import org.citytwin.pipeline.DatasetLoader;
import org.citytwin.pipeline.LoadProgress;
import org.citytwin.pipeline.LoadResult;
import org.citytwin.scenario.DiffResult;
import org.citytwin.scenario.ObjectChange;
import org.citytwin.scenario.ObjectDiff;
import org.citytwin.scenario.ObjectSizes;
import org.citytwin.scenario.ProjectFormatException;
import org.citytwin.scenario.ScenarioIndicators;
import org.citytwin.text.Texts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * `diff A B [--json]`: object-level difference of two models, each a file, a folder, or a project scenario
 * ({@code P.citytwin#SCENARIO}, "base" = the data without edits). Exit 0 when compared, 2 when a side cannot be read.
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Compares two models object by object: matched by gml:id, then PLATEAU building ID, then"
                + " footprint overlap of at least 50 %%; changed = an attribute differs or the geometry moved > 0.1 m.",
                "A and B are CityGML files, folders, or P.citytwin#SCENARIO (base = the data as loaded)."})
public final class DiffCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Parameters(index = "0", paramLabel = "A") String a;
    @Parameters(index = "1", paramLabel = "B") String b;
    @Option(names = "--json", description = "print JSON: summary, added, removed, changed, indicators") boolean json;

    @Override
    public Integer call() throws IOException {
        List<CityObject> objectsA, objectsB;
        try (DatasetLoader loader = new DatasetLoader(new CrsResolver())) {
            objectsA = side(a, loader);
            objectsB = side(b, loader);
        } catch (SideException e) {
            System.err.println(e.getMessage());
            return 2;
        }
        DiffResult diff = ObjectDiff.diff(objectsA, objectsB);
        if (json) {
            System.out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(
                    json(diff, ScenarioIndicators.of(objectsA), ScenarioIndicators.of(objectsB))));
        } else {
            DiffTable.print(diff, System.out);
        }
        return 0;
    }

    private static final class SideException extends Exception {
        SideException(String message) {
            super(message);
        }
    }

    /** One side's objects; both sides load through one loader, so they share one local frame. */
    private static List<CityObject> side(String spec, DatasetLoader loader) throws SideException {
        if (ProjectData.isProjectSpec(spec)) {
            try {
                return ProjectData.scenarioObjects(spec, loader);
            } catch (ProjectFormatException | IllegalArgumentException e) {
                throw new SideException(e.getMessage());
            } catch (IOException e) {
                throw new SideException(Texts.get("commands.common.unreadable", spec, e.getMessage()));
            }
        }
        Path path = Path.of(spec);
        if (!Files.exists(path)) throw new SideException(Texts.get("commands.common.no-such-path", spec));
        LoadResult result = loader.load(List.of(path), LoadProgress.NONE, new CancelToken());
        result.files().stream().flatMap(f -> f.issues().stream())
                .filter(i -> i.severity() == org.citytwin.model.Severity.ERROR)
                .forEach(i -> System.err.println(IssueText.describe(i)));
        if (!result.anythingLoaded()) throw new SideException(Texts.get("commands.common.nothing-loaded", spec));
        return result.files().stream().flatMap(f -> f.objects().stream()).toList();
    }

    static ObjectNode json(DiffResult diff, ScenarioIndicators a, ScenarioIndicators b) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode summary = root.putObject("summary");
        summary.put("added", diff.added());
        summary.put("removed", diff.removed());
        summary.put("changed", diff.changed());
        summary.put("unchanged", diff.unchanged());
        for (ObjectChange.Kind kind : ObjectChange.Kind.values()) {
            ArrayNode list = root.putArray(kind.name().toLowerCase(java.util.Locale.ROOT));
            diff.of(kind).stream().sorted(Comparator.comparing(ObjectChange::id)).forEach(c -> list.add(change(c)));
        }
        ObjectNode indicators = root.putObject("indicators");
        indicators.set("a", indicators(a));
        indicators.set("b", indicators(b));
        return root;
    }

    private static ObjectNode change(ObjectChange c) {
        ObjectNode n = JSON.createObjectNode();
        n.put("id", c.id());
        if (c.kind() == ObjectChange.Kind.CHANGED) {
            n.put("idA", c.idA());
            n.put("idB", c.idB());
            n.put("matchedBy", c.matchedBy());
        }
        n.put("type", c.type());
        if (c.kind() == ObjectChange.Kind.CHANGED) {
            ArrayNode attrs = n.putArray("attributes");
            for (ObjectChange.AttributeDelta d : c.attributes()) {
                attrs.addObject().put("name", d.name()).put("a", d.a()).put("b", d.b());
            }
            ObjectNode geometry = n.putObject("geometry");
            geometry.put("moved", round(c.moved()));
            size(geometry, "height", c, ObjectSizes::height);
            size(geometry, "footprint", c, ObjectSizes::footprint);
            size(geometry, "volume", c, ObjectSizes::volume);
            size(geometry, "storeys", c, ObjectSizes::storeys);
        } else {
            ObjectSizes s = c.a() != null ? c.a() : c.b();
            number(n, "height", s.height());
            number(n, "footprint", s.footprint());
            number(n, "volume", s.volume());
            number(n, "storeys", s.storeys());
        }
        return n;
    }

    private static void size(ObjectNode geometry, String key, ObjectChange c, java.util.function.ToDoubleFunction<ObjectSizes> f) {
        ObjectNode n = geometry.putObject(key);
        number(n, "a", f.applyAsDouble(c.a()));
        number(n, "b", f.applyAsDouble(c.b()));
        number(n, "delta", c.delta(f));
    }

    private static void number(ObjectNode n, String key, double value) {
        if (Double.isFinite(value)) n.put(key, round(value));
        else n.putNull(key);
    }

    private static double round(double v) {
        return Double.isFinite(v) ? Math.round(v * 1000) / 1000.0 : v;
    }

    private static ObjectNode indicators(ScenarioIndicators i) {
        ObjectNode n = JSON.createObjectNode();
        n.put("buildings", i.buildings());
        n.put("footprint", round(i.footprint()));
        n.put("grossFloorArea", round(i.grossFloorArea()));
        n.put("maxHeight", round(i.maxHeight()));
        return n;
    }
}
