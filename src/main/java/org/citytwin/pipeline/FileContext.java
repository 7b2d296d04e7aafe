package org.citytwin.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.citytwin.geo.CoordinateTransform;
import org.citytwin.geo.SourceCrs;
import org.citytwin.geo.UnknownCrsException;
import org.citytwin.model.IssueCategory;
import org.citytwin.model.LoadIssue;
import org.citytwin.model.MeshPart;
import org.citytwin.model.Severity;
import org.citytwin.pipeline.appearance.AppearanceIndex;

/**
 * Per-file state shared by the worker threads converting its features: the resolved CRS and transform
 * (resolved once, on the first feature) and the issues found while building objects.
 */
final class FileContext {

    private final String file;
    private final FrameBinding binding;
    private final List<LoadIssue> issues = new ArrayList<>();
    private final java.util.Map<String, MeshPart> prototypes = new java.util.concurrent.ConcurrentHashMap<>();
    private boolean resolved;
    private SourceCrs crs;
    private CoordinateTransform transform;
    private final AppearanceIndex appearances;

    FileContext(String file, FrameBinding binding) {
        this(file, binding, null);
    }

    /** @param appearances the file's appearance, or null when textures and materials are not shown */
    FileContext(String file, FrameBinding binding, AppearanceIndex appearances) {
        this.file = file;
        this.binding = binding;
        this.appearances = appearances;
    }

    AppearanceIndex appearances() {
        return appearances;
    }

    String file() {
        return file;
    }

    synchronized CoordinateTransform transform(String srsName, double a, double b) {
        if (!resolved) {
            resolved = true;
            try {
                crs = binding.resolve(srsName);
                if (crs.isLocal()) {
                    addIssue(new LoadIssue(Severity.INFO, IssueCategory.OTHER, file, 0, 0, null, srsName == null
                            ? "The file names no CRS (no srsName); coordinates are used as local metres"
                            : "The CRS '" + srsName + "' is a local CRS; coordinates are used as local metres"));
                }
                transform = binding.transformFor(crs, a, b);
            } catch (UnknownCrsException e) {
                addIssue(new LoadIssue(Severity.ERROR, IssueCategory.UNKNOWN_CRS, file, 0, 0, null, e.getMessage()
                        + "; the objects are placed using their raw numbers as local metres"));
                crs = null;
                transform = FrameBinding.LOCAL_IDENTITY;
            }
        }
        return transform;
    }

    String frameOrigin() {
        var frame = binding.frame();
        return frame == null ? "none" : String.format(java.util.Locale.ROOT, "%.5f, %.5f", frame.originLatitude(), frame.originLongitude());
    }

    /** The shared tessellated prototype of an implicit geometry; built by the first instance that carries it. */
    MeshPart prototype(String key, java.util.function.Supplier<MeshPart> build) {
        MeshPart known = prototypes.get(key);
        if (known != null) return known;
        MeshPart built = build.get();
        if (built == null) return null;
        MeshPart raced = prototypes.putIfAbsent(key, built);
        return raced != null ? raced : built;
    }

    /** An implicit instance whose prototype another object defines: placed after the whole file was read. */
    record DeferredImplicit(String objectId, int lod, org.citytwin.pipeline.read.RawImplicit instance,
                            org.citytwin.geo.CoordinateTransform transform, int line) {
    }

    private final List<DeferredImplicit> deferred = new ArrayList<>();

    synchronized void deferImplicit(String objectId, int lod, org.citytwin.pipeline.read.RawImplicit instance,
                                    org.citytwin.geo.CoordinateTransform transform, int line) {
        deferred.add(new DeferredImplicit(objectId, lod, instance, transform, line));
    }

    synchronized List<DeferredImplicit> deferredImplicits() {
        return new ArrayList<>(deferred);
    }

    synchronized String crsCode() {
        return crs == null ? null : crs.code();
    }

    private final java.util.Set<String> said = new java.util.HashSet<>();

    /** True the first time {@code key} is asked for in this file: for notes said once per file. */
    synchronized boolean firstTime(String key) {
        return said.add(key);
    }

    synchronized void addIssue(LoadIssue issue) {
        issues.add(issue);
    }

    synchronized List<LoadIssue> issues() {
        return new ArrayList<>(issues);
    }
}
