package org.citytwin.geo;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.apache.sis.measure.Units;
import org.apache.sis.referencing.CommonCRS;
import org.apache.sis.referencing.crs.DefaultProjectedCRS;
import org.apache.sis.referencing.cs.DefaultCartesianCS;
import org.apache.sis.referencing.cs.DefaultCoordinateSystemAxis;
import org.apache.sis.referencing.operation.DefaultConversion;
import org.apache.sis.referencing.operation.transform.DefaultMathTransformFactory;
import org.apache.sis.referencing.operation.transform.MathTransforms;
import org.citytwin.model.LocalFrame;
import org.opengis.parameter.ParameterValueGroup;
import org.opengis.referencing.IdentifiedObject;
import org.opengis.referencing.crs.GeographicCRS;
import org.opengis.referencing.cs.AxisDirection;
import org.opengis.referencing.cs.CartesianCS;
import org.opengis.referencing.operation.MathTransform;
import org.opengis.referencing.operation.OperationMethod;
import org.opengis.referencing.operation.TransformException;
import org.opengis.util.FactoryException;

/**
 * The local metric frame: Transverse Mercator centred on the frame origin (scale 1, no false
 * easting/northing), so local metres are true ground metres near the city and x east, y north.
 * Only the horizontal part is projected; z is passed through. Thread-safe; one per {@link LocalFrame}.
 */
public final class LocalProjection {
    private static final CartesianCS EAST_NORTH = new DefaultCartesianCS(name("Local east, north"),
            new DefaultCoordinateSystemAxis(name("Easting"), "E", AxisDirection.EAST, Units.METRE),
            new DefaultCoordinateSystemAxis(name("Northing"), "N", AxisDirection.NORTH, Units.METRE));

    private final LocalFrame frame;
    private final ConcurrentMap<SourceCrs, Object> transforms = new ConcurrentHashMap<>();
    private volatile MathTransform localToWgs84;
    private volatile MathTransform wgs84ToLocal;

    public LocalProjection(LocalFrame frame) {
        this.frame = Objects.requireNonNull(frame, "frame");
        if (!(Math.abs(frame.originLatitude()) < 90) || !(Math.abs(frame.originLongitude()) <= 180)) {
            throw new IllegalArgumentException("The scene's origin must be a geographic position (latitude between -90"
                    + " and 90, longitude between -180 and 180), not " + describe(frame));
        }
    }

    public LocalFrame frame() {
        return frame;
    }

    /** Source CRS -> local frame, cached per CRS; a local CRS gives the identity. */
    public CoordinateTransform from(SourceCrs crs) throws UnknownCrsException {
        if (crs.isLocal()) {
            return CoordinateTransform.IDENTITY;
        }
        Object r = transforms.computeIfAbsent(crs, c -> {
            try {
                MathTransform tm = projection(c.frameBase()).getConversionFromBase().getMathTransform();
                return new ProjectedTransform(MathTransforms.concatenate(c.toFrameBase(), tm));
            } catch (FactoryException e) {
                return e;
            }
        });
        if (r instanceof ProjectedTransform t) {
            return t;
        }
        throw failure(crs, "cannot build the projection to the local frame", (Exception) r);
    }

    /** Local x,y -> {latitude, longitude} in degrees (WGS84; the same as JGD2011/ETRS89 at viewer scale). */
    public double[] toLatLon(double x, double y) {
        MathTransform mt = localToWgs84;
        if (mt == null) {
            try {
                mt = projection(CommonCRS.WGS84.normalizedGeographic())
                        .getConversionFromBase().getMathTransform().inverse();
            } catch (FactoryException | TransformException e) {
                throw new IllegalStateException("The scene's position at " + describe(frame)
                        + " cannot be turned back into latitude and longitude", e);
            }
            localToWgs84 = mt;
        }
        double[] p = {x, y};
        try {
            mt.transform(p, 0, p, 0, 1);
        } catch (TransformException e) {
            return new double[] {Double.NaN, Double.NaN};
        }
        return new double[] {p[1], p[0]};
    }

    /** {latitude, longitude} in degrees (WGS84) -> local {x, y}; the inverse of {@link #toLatLon}. */
    public double[] toLocal(double latitude, double longitude) {
        MathTransform mt = wgs84ToLocal;
        if (mt == null) {
            try {
                mt = projection(CommonCRS.WGS84.normalizedGeographic()).getConversionFromBase().getMathTransform();
            } catch (FactoryException e) {
                throw new IllegalStateException("Cannot build the local frame projection", e);
            }
            wgs84ToLocal = mt;
        }
        double[] p = {longitude, latitude};
        try {
            mt.transform(p, 0, p, 0, 1);
        } catch (TransformException e) {
            return new double[] {Double.NaN, Double.NaN};
        }
        return p;
    }

    /**
     * The geographic position {latitude, longitude} of one point given in the source CRS's axis order;
     * used to choose a frame origin from the first file loaded. Throws for a local CRS.
     */
    public static double[] latLonOf(SourceCrs crs, double a, double b) throws UnknownCrsException {
        if (crs.isLocal()) {
            throw new UnknownCrsException(crs.srsName(), "a local CRS has no geographic position");
        }
        double[] p = {a, b};
        try {
            crs.toFrameBase().transform(p, 0, p, 0, 1);
        } catch (TransformException e) {
            throw failure(crs, "point (" + a + ", " + b + ") has no geographic position", e);
        }
        return new double[] {p[1], p[0]};
    }

    private DefaultProjectedCRS projection(GeographicCRS base) throws FactoryException {
        OperationMethod method = DefaultMathTransformFactory.provider().getOperationMethod("Transverse Mercator");
        ParameterValueGroup p = method.getParameters().createValue();
        p.parameter("Latitude of natural origin").setValue(frame.originLatitude());
        p.parameter("Longitude of natural origin").setValue(frame.originLongitude());
        p.parameter("Scale factor at natural origin").setValue(1.0);
        p.parameter("False easting").setValue(0.0);
        p.parameter("False northing").setValue(0.0);
        var conversion = new DefaultConversion(name("CityTwin local TM"), method, null, p);
        return new DefaultProjectedCRS(name("CityTwin local frame"), base, conversion, EAST_NORTH);
    }

    private static UnknownCrsException failure(SourceCrs crs, String problem, Exception cause) {
        String name = crs.srsName() != null ? crs.srsName() : crs.code();
        return cause instanceof UnknownCrsException u ? u
                : new UnknownCrsException(name, crs.code() + ": " + problem, cause);
    }

    /** "35.68123, 139.76712" (latitude, longitude): frames and points in messages, never a record's toString. */
    static String describe(LocalFrame frame) {
        return String.format(java.util.Locale.ROOT, "%.5f, %.5f", frame.originLatitude(), frame.originLongitude());
    }

    private static Map<String, ?> name(String name) {
        return Map.of(IdentifiedObject.NAME_KEY, name);
    }

    /** Batch 2D transform of the (a,b) pairs; z stays where it is. */
    private record ProjectedTransform(MathTransform xy) implements CoordinateTransform {
        @Override
        public void toLocal(double[] xyz, int offset, int count) {
            Objects.checkFromIndexSize(offset, 3 * count, xyz.length);
            if (count == 0) {
                return;
            }
            double[] buf = new double[2 * count];
            for (int i = 0, j = offset; i < count; i++, j += 3) {
                buf[2 * i] = xyz[j];
                buf[2 * i + 1] = xyz[j + 1];
            }
            try {
                xy.transform(buf, 0, buf, 0, count);
            } catch (TransformException e) {
                // SIS has transformed every point it could and set the others to NaN: keep going.
            }
            for (int i = 0, j = offset; i < count; i++, j += 3) {
                xyz[j] = buf[2 * i];
                xyz[j + 1] = buf[2 * i + 1];
            }
        }
    }
}
