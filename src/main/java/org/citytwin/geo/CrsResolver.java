package org.citytwin.geo;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.measure.IncommensurableException;
import org.apache.sis.referencing.CRS;
import org.apache.sis.referencing.CommonCRS;
import org.apache.sis.referencing.crs.DefaultGeographicCRS;
import org.apache.sis.referencing.cs.AxesConvention;
import org.apache.sis.referencing.cs.CoordinateSystems;
import org.apache.sis.referencing.operation.transform.MathTransforms;
import org.opengis.referencing.crs.CoordinateReferenceSystem;
import org.opengis.referencing.crs.GeographicCRS;
import org.opengis.referencing.crs.ProjectedCRS;
import org.opengis.referencing.crs.SingleCRS;
import org.opengis.referencing.datum.Ellipsoid;
import org.opengis.referencing.operation.Matrix;
import org.opengis.referencing.operation.MathTransform;
import org.opengis.referencing.operation.NoninvertibleTransformException;
import org.opengis.util.FactoryException;

/**
 * srsName -> {@link SourceCrs}. Thread-safe; results (including failures) are cached per srsName.
 * SIS opens its embedded EPSG database on the first lookup, which takes seconds: call
 * {@link #warmUpAsync()} at startup so the first file does not pay for it.
 */
public final class CrsResolver {
    private final ConcurrentMap<String, Object> cache = new ConcurrentHashMap<>();
    private final AtomicBoolean warmUpStarted = new AtomicBoolean();
    private final java.util.concurrent.CompletableFuture<Void> warmedUp = new java.util.concurrent.CompletableFuture<>();

    static {
        // SIS reads the EPSG dataset from an embedded Derby database, which would otherwise leave a derby.log in
        // whatever folder the user started CityTwin from
        if (System.getProperty("derby.stream.error.file") == null) {
            System.setProperty("derby.stream.error.file",
                    java.nio.file.Path.of(System.getProperty("java.io.tmpdir"), "citytwin-derby.log").toString());
        }
    }

    public CrsResolver() {
    }

    /**
     * Starts SIS/EPSG database initialisation on a daemon thread; later calls only return the same future, done when
     * the warm-up has finished (failed or not).
     */
    public java.util.concurrent.CompletableFuture<Void> warmUpAsync() {
        if (!warmUpStarted.compareAndSet(false, true)) {
            return warmedUp;
        }
        Thread t = new Thread(() -> {
            try {
                SourceCrs crs = resolve("EPSG:6697");
                resolve("EPSG:6677"); // the first projected CRS loads more of SIS (~2 s)
                // Also loads the projection providers.
                new LocalProjection(new org.citytwin.model.LocalFrame(36, 139.8)).from(crs);
            } catch (UnknownCrsException | RuntimeException e) {
                System.getLogger(CrsResolver.class.getName())
                        .log(System.Logger.Level.WARNING, "CRS warm-up failed", e);
            } finally {
                warmedUp.complete(null);
            }
        }, "citytwin-crs-warmup");
        t.setDaemon(true);
        t.start();
        return warmedUp;
    }

    /** Null or blank srsName -> {@code SourceCrs.local(null)}. */
    public SourceCrs resolve(String srsName) throws UnknownCrsException {
        if (srsName == null || srsName.isBlank()) {
            return SourceCrs.local(srsName);
        }
        Object r = cache.computeIfAbsent(srsName, CrsResolver::lookUp);
        if (r instanceof UnknownCrsException e) {
            // Fresh exception per call: a shared instance would carry the first caller's stack.
            throw new UnknownCrsException(srsName, e.problem(), e.getCause());
        }
        return (SourceCrs) r;
    }

    private static Object lookUp(String srsName) {
        try {
            return create(srsName);
        } catch (UnknownCrsException e) {
            return e;
        }
    }

    private static SourceCrs create(String srsName) throws UnknownCrsException {
        String code = SrsNames.normalise(srsName);
        if (SrsNames.LOCAL.equals(code)) {
            return SourceCrs.local(srsName);
        }
        if (code == null) {
            throw new UnknownCrsException(srsName, "not an EPSG code nor a known CRS name");
        }
        CoordinateReferenceSystem crs;
        try {
            // SIS's EPSG factory gives the true axis order (6697 lat-first, 10169 northing-first).
            // The Japanese JGD2011 plane rectangular + height compounds (EPSG:10162..10174) are in the
            // embedded EPSG database (v12), so no hand-made mapping to EPSG:6669..6687 is needed.
            crs = CRS.forCode(code);
        } catch (FactoryException | RuntimeException e) {
            throw new UnknownCrsException(srsName, code + " is not in the EPSG database", e);
        }
        SingleCRS horizontal = CRS.getHorizontalComponent(crs);
        if (horizontal == null) {
            throw new UnknownCrsException(srsName, code + " has no horizontal component");
        }
        SourceCrs source;
        try {
            source = toFrameBase(srsName, code, horizontal, AreaOfUses.of(crs));
        } catch (FactoryException | NoninvertibleTransformException | IncommensurableException | RuntimeException e) {
            throw new UnknownCrsException(srsName, "there is no known way from " + code
                    + " to geographic coordinates", e);
        }
        // AdV defines its Gauss-Krüger CRSs easting first (Rechtswert, Hochwert); EPSG:3146x are northing first
        if (SrsNames.isAdv(srsName) && !source.isGeographic() && "northing".equals(source.firstAxis())) {
            source = source.withSwappedAxes();
        }
        return source;
    }

    /**
     * Builds the path to the frame's geographic CRS by hand where possible: CRS.findOperation towards
     * an unnamed normalised CRS makes SIS search the EPSG database (~1.5 s per CRS).
     */
    private static SourceCrs toFrameBase(String srsName, String code, SingleCRS horizontal, AreaOfUse area)
            throws FactoryException, NoninvertibleTransformException, IncommensurableException {
        GeographicCRS base;
        MathTransform toBase; // horizontal -> base, base in its own axis order
        if (horizontal instanceof GeographicCRS g) {
            base = g;
            toBase = MathTransforms.identity(2);
        } else if (horizontal instanceof ProjectedCRS p) {
            base = p.getBaseCRS();
            toBase = p.getConversionFromBase().getMathTransform().inverse();
        } else {
            throw new FactoryException("its horizontal part is neither geographic nor projected");
        }
        if (base.getDatum() == null || !isGrs80Like(base.getDatum().getEllipsoid())) {
            // Bessel, Clarke...: a real datum shift to WGS84 (both ends have EPSG codes: a quick lookup).
            GeographicCRS wgs84 = CommonCRS.WGS84.geographic();
            toBase = MathTransforms.concatenate(toBase, CRS.findOperation(base, wgs84, null).getMathTransform());
            base = wgs84;
        }
        GeographicCRS normalised = DefaultGeographicCRS.castOrCopy(base).forConvention(AxesConvention.NORMALIZED);
        Matrix swap = CoordinateSystems.swapAndScaleAxes(base.getCoordinateSystem(), normalised.getCoordinateSystem());
        toBase = MathTransforms.concatenate(toBase, MathTransforms.linear(swap));
        return new SourceCrs(srsName, code, horizontal, normalised, toBase, false, area);
    }

    /** GRS80 and WGS84 differ by 0.1 mm in the semi-minor axis: the same ellipsoid for our purpose. */
    private static boolean isGrs80Like(Ellipsoid e) {
        return Math.abs(e.getSemiMajorAxis() - 6378137.0) < 1e-3
                && Math.abs(e.getInverseFlattening() - 298.2572) < 1e-3;
    }
}
