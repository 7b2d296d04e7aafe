package org.citytwin.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.citytwin.geo.AxisOrder;
import org.citytwin.geo.CoordinateTransform;
import org.citytwin.geo.SourceCrs;
import org.citytwin.geo.UnknownCrsException;
import org.citytwin.model.IssueCategory;
import org.citytwin.model.IssueMessage;
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
    private SourceCrs declared;
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

    /** The CRS (null when unknown: raw numbers as local metres) and transform a file's coordinates are read with. */
    record Placement(SourceCrs crs, CoordinateTransform transform) {
    }

    /** Every point comes out NaN: no position of the file has been found to anchor the frame on yet. */
    private static final CoordinateTransform UNPLACED = (xyz, offset, count) -> {
        for (int i = 0; i < count; i++) {
            xyz[offset + 3 * i] = Double.NaN;
            xyz[offset + 3 * i + 1] = Double.NaN;
        }
    };

    /** The transform for the file, deciding its axis order on the point (a, b) as written. */
    synchronized CoordinateTransform transform(String srsName, double a, double b) {
        return placement(srsName, new double[] {a, b}, 2, List.of()).transform();
    }

    /**
     * Resolves the file's CRS once and decides its axis order on the first point that is a position on Earth:
     * {@code first} (stride 2, may be null), else the vertices of {@code rings} (xyz triples). While no point
     * is a position and no frame exists, nothing is decided and the points come out unplaced (NaN).
     */
    synchronized Placement placement(String srsName, double[] first, int firstStride, List<double[]> rings) {
        if (resolved) return new Placement(crs, transform);
        if (declared == null) {
            try {
                declared = binding.resolve(srsName);
            } catch (UnknownCrsException e) {
                addIssue(new LoadIssue(Severity.ERROR, IssueCategory.UNKNOWN_CRS, file, 0, 0, null,
                        IssueMessage.of("issues.crs.unknown", e.getMessage())));
                return settle(null, FrameBinding.LOCAL_IDENTITY);
            }
            if (declared.isLocal()) {
                addIssue(new LoadIssue(Severity.INFO, IssueCategory.OTHER, file, 0, 0, null, srsName == null
                        ? IssueMessage.of("issues.crs.none") : IssueMessage.of("issues.crs.local", srsName)));
            }
        }
        if (declared.isLocal()) return settle(declared, FrameBinding.LOCAL_IDENTITY);
        double[] point = new double[2];
        AxisOrder.Choice choice = firstPosition(first, firstStride, point);
        for (int r = 0; choice == null && r < rings.size(); r++) {
            choice = firstPosition(rings.get(r), 3, point);
        }
        try {
            if (choice == null) {
                if (binding.frame() == null) return new Placement(declared, UNPLACED);
                return settle(declared, binding.transformFor(declared, Double.NaN, Double.NaN));
            }
            AxisOrderNotes.report(this, declared, choice, point[0], point[1]);
            return settle(choice.crs(), binding.transformFor(choice.crs(), point[0], point[1]));
        } catch (UnknownCrsException e) {
            addIssue(new LoadIssue(Severity.ERROR, IssueCategory.UNKNOWN_CRS, file, 0, 0, null,
                        IssueMessage.of("issues.crs.unknown", e.getMessage())));
            return settle(null, FrameBinding.LOCAL_IDENTITY);
        }
    }

    private static final int MAX_TRIES = 16;

    /** The axis-order choice on the first point of {@code xy} (given stride) that is a position; copies it to {@code point}. */
    private AxisOrder.Choice firstPosition(double[] xy, int stride, double[] point) {
        if (xy == null) return null;
        // a few vertices suffice: each try costs two SIS transforms, and a ring of bad values would cost thousands
        for (int i = 0, tries = 0; i + 1 < xy.length && tries < MAX_TRIES; i += stride, tries++) {
            AxisOrder.Choice c = AxisOrder.choose(declared, xy[i], xy[i + 1]);
            if (c.reason() != AxisOrder.Reason.NO_POSITION) {
                point[0] = xy[i];
                point[1] = xy[i + 1];
                return c;
            }
        }
        return null;
    }

    private Placement settle(SourceCrs chosen, CoordinateTransform chosenTransform) {
        resolved = true;
        crs = chosen;
        transform = chosenTransform;
        return new Placement(crs, transform);
    }

    /** The scene's origin as "35.68123°N 139.76712°E", or null while no frame exists. */
    String frameOriginWords() {
        var frame = binding.frame();
        return frame == null ? null : AxisOrderNotes.latLon(new double[] {frame.originLatitude(), frame.originLongitude()});
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
