package org.citytwin.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.citytwin.model.CityObject;
import org.citytwin.model.IssueCategory;
import org.citytwin.model.IssueMessage;
import org.citytwin.model.LoadIssue;
import org.citytwin.model.MeshPart;
import org.citytwin.model.Severity;

/**
 * Places the implicit instances whose prototype lives in another object of the same file (CityGML reuses
 * a tree or lamp prototype through XLink). Features are built in parallel, so this runs once the whole
 * file was read and every prototype is known.
 */
final class DeferredImplicits {

    private DeferredImplicits() {
    }

    static List<CityObject> place(List<CityObject> objects, FileContext context) {
        List<FileContext.DeferredImplicit> deferred = context.deferredImplicits();
        if (deferred.isEmpty()) return objects;
        Map<String, List<FileContext.DeferredImplicit>> byObject = new HashMap<>();
        deferred.forEach(d -> byObject.computeIfAbsent(d.objectId(), k -> new ArrayList<>()).add(d));
        Missing missing = new Missing();
        List<CityObject> result = new ArrayList<>(objects.size());
        for (CityObject object : objects) {
            List<FileContext.DeferredImplicit> pending = byObject.get(object.id());
            result.add(pending == null ? object : withInstances(object, pending, context, missing));
        }
        if (missing.count > 0) {
            // one issue for the file: thousands of trees pointing at a prototype in a file that is not there stay one line
            context.addIssue(new LoadIssue(Severity.WARNING, IssueCategory.UNRESOLVED_XLINK, context.file(), missing.line, 0,
                    missing.objectId, IssueMessage.of("issues.implicit.missing-prototype", String.valueOf(missing.count),
                            missing.prototype, missing.objectId, String.valueOf(missing.line)), missing.count));
        }
        return result;
    }

    /** Instances whose prototype was not found, with the first one. */
    private static final class Missing {
        int count;
        String prototype;
        String objectId;
        int line;
    }

    private static CityObject withInstances(CityObject object, List<FileContext.DeferredImplicit> pending,
                                            FileContext context, Missing missing) {
        Map<Integer, MeshPart> meshes = new TreeMap<>(object.meshes());
        for (FileContext.DeferredImplicit d : pending) {
            MeshPart placed = ImplicitInstancer.place(d.instance(), context, d.transform());
            if (placed == null) {
                if (missing.count++ == 0) {
                    missing.prototype = d.instance().prototypeKey().substring(3);
                    missing.objectId = object.id();
                    missing.line = d.line();
                }
                continue;
            }
            meshes.merge(d.lod(), placed, ImplicitInstancer::concat);
        }
        if (meshes.values().stream().allMatch(m -> m.triangleCount() == 0)) {
            // nothing but instances of missing prototypes: an object without geometry, as the report counts it
            context.addIssue(new LoadIssue(Severity.INFO, IssueCategory.NO_GEOMETRY, context.file(), pending.get(0).line(), 0,
                    object.id(), IssueMessage.of("issues.implicit.no-geometry", object.type())));
            return new CityObject(object.id(), object.type(), object.kind(), object.name(), new java.util.TreeSet<>(),
                    java.util.Collections.unmodifiableMap(meshes), object.attributes(), object.sourceFile(), object.utility());
        }
        return object.withMeshes(java.util.Collections.unmodifiableMap(meshes));
    }
}
