package org.citytwin.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.citytwin.model.CityObject;
import org.citytwin.model.IssueCategory;
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
        List<CityObject> result = new ArrayList<>(objects.size());
        for (CityObject object : objects) {
            List<FileContext.DeferredImplicit> pending = byObject.get(object.id());
            result.add(pending == null ? object : withInstances(object, pending, context));
        }
        return result;
    }

    private static CityObject withInstances(CityObject object, List<FileContext.DeferredImplicit> pending,
                                            FileContext context) {
        Map<Integer, MeshPart> meshes = new TreeMap<>(object.meshes());
        for (FileContext.DeferredImplicit d : pending) {
            MeshPart placed = ImplicitInstancer.place(d.instance(), context, d.transform());
            if (placed == null) {
                context.addIssue(new LoadIssue(Severity.WARNING, IssueCategory.UNRESOLVED_XLINK, context.file(), d.line(), 0,
                        object.id(), "Implicit geometry prototype " + d.instance().prototypeKey().substring(3)
                                + " is referenced but defined nowhere in the file; this instance is not shown"));
                continue;
            }
            meshes.merge(d.lod(), placed, ImplicitInstancer::concat);
        }
        return object.withMeshes(java.util.Collections.unmodifiableMap(meshes));
    }
}
