package org.citytwin.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.apache.sis.referencing.CRS;
import org.apache.sis.referencing.GeodeticCalculator;
import org.citytwin.model.LocalFrame;
import org.junit.jupiter.api.Test;
import org.opengis.referencing.crs.CoordinateReferenceSystem;

class LocalProjectionTest {
    private static final CrsResolver RESOLVER = new CrsResolver();
    /** Origin of JGD2011 / Japan Plane Rectangular CS IX (EPSG:6677). */
    private static final LocalFrame JPRCS_IX = new LocalFrame(36.0, 139 + 50.0 / 60);

    @Test
    void matchesJapanPlaneRectangularIxDividedByItsScale() throws Exception {
        double lat = 35.6898, lon = 139.6917, h = 40.5;
        // Reference through the EPSG database's own projection (a different path), northing first.
        CoordinateReferenceSystem jgd = CRS.forCode("EPSG:6668");
        CoordinateReferenceSystem ix = CRS.forCode("EPSG:6677");
        double[] ne = {lat, lon};
        CRS.findOperation(jgd, ix, null).getMathTransform().transform(ne, 0, ne, 0, 1);

        double[] xyz = {lat, lon, h}; // EPSG:6697 axis order
        new LocalProjection(JPRCS_IX).from(RESOLVER.resolve("http://www.opengis.net/def/crs/EPSG/0/6697"))
                .toLocal(xyz, 0, 1);

        assertThat(xyz[0]).isCloseTo(ne[1] / 0.9999, within(0.01));
        assertThat(xyz[1]).isCloseTo(ne[0] / 0.9999, within(0.01));
        assertThat(xyz[2]).isEqualTo(h);
        assertThat(xyz[0]).isBetween(-13_000.0, -12_000.0); // Tokyo is ~12.8 km west, ~34 km south of the origin
        assertThat(xyz[1]).isBetween(-35_000.0, -34_000.0);
    }

    @Test
    void northingFirstPlaneRectangularCompound() throws Exception {
        // EPSG:10169 = JGD2011 / Japan Plane Rectangular CS VIII + height: axes X (north), Y (east), H.
        LocalProjection p = new LocalProjection(new LocalFrame(36.0, 138.5));
        double[] xyz = {1000, 2000, -21};
        p.from(RESOLVER.resolve("EPSG:10169")).toLocal(xyz, 0, 1);
        assertThat(xyz[0]).isCloseTo(2000 / 0.9999, within(0.001));
        assertThat(xyz[1]).isCloseTo(1000 / 0.9999, within(0.001));
        assertThat(xyz[2]).isEqualTo(-21);
    }

    @Test
    void localDistanceEqualsGeodesicDistance() throws Exception {
        double[] tokyo = {35.6906, 139.6950}, niiza = {35.7905, 139.5700};
        LocalProjection p = new LocalProjection(new LocalFrame(tokyo[0], tokyo[1]));
        double[] xyz = {tokyo[0], tokyo[1], 0, niiza[0], niiza[1], 0};
        p.from(RESOLVER.resolve("EPSG:6697")).toLocal(xyz, 0, 2);

        GeodeticCalculator calc = GeodeticCalculator.create(CRS.forCode("EPSG:6668"));
        calc.setStartGeographicPoint(tokyo[0], tokyo[1]);
        calc.setEndGeographicPoint(niiza[0], niiza[1]);
        double geodesic = calc.getGeodesicDistance();

        assertThat(geodesic).isBetween(15_000.0, 25_000.0);
        assertThat(Math.hypot(xyz[3] - xyz[0], xyz[4] - xyz[1])).isCloseTo(geodesic, within(0.5));
        assertThat(xyz[0]).isCloseTo(0, within(1e-6));
        assertThat(xyz[1]).isCloseTo(0, within(1e-6));
        assertThat(xyz[3]).isNegative(); // Niiza is north-west
        assertThat(xyz[4]).isPositive();
    }

    @Test
    void toLatLonRoundTrips() throws Exception {
        LocalProjection p = new LocalProjection(new LocalFrame(35.7, 139.7));
        for (String code : new String[] {"EPSG:4326", "EPSG:6668"}) {
            CoordinateTransform t = p.from(RESOLVER.resolve(code));
            double[][] points = {{35.7, 139.7}, {35.6898, 139.6917}, {35.7905, 139.5700}, {35.2, 140.3}};
            for (double[] ll : points) {
                double[] xyz = {ll[0], ll[1], 7};
                t.toLocal(xyz, 0, 1);
                double[] back = p.toLatLon(xyz[0], xyz[1]);
                assertThat(back[0]).as(code).isCloseTo(ll[0], within(1e-8));
                assertThat(back[1]).as(code).isCloseTo(ll[1], within(1e-8));
            }
        }
        assertThat(p.toLatLon(0, 0)).containsExactly(new double[] {35.7, 139.7}, within(1e-9)); // SIS's inverse TM: ~10 micrometres
    }

    @Test
    void projectedSourceWithFrameAtItsOwnLocation() throws Exception {
        SourceCrs utm32 = RESOLVER.resolve("urn:ogc:def:crs,crs:EPSG::25832,crs:EPSG::5783");
        double e = 797_000, n = 5_827_000; // Berlin in ETRS89 / UTM 32N
        double[] ll = LocalProjection.latLonOf(utm32, e, n);
        assertThat(ll[0]).isBetween(52.4, 52.6);
        assertThat(ll[1]).isBetween(13.3, 13.5);

        LocalProjection p = new LocalProjection(new LocalFrame(ll[0], ll[1]));
        double[] xyz = {e, n, 34.2, e, n + 1000, 35};
        p.from(utm32).toLocal(xyz, 0, 2);
        assertThat(xyz[0]).isCloseTo(0, within(1e-6));
        assertThat(xyz[1]).isCloseTo(0, within(1e-6));
        assertThat(xyz[2]).isEqualTo(34.2);

        // 1000 m of UTM northing 300 km off its central meridian is less on the ground (scale ~1.0007).
        double[] ll2 = LocalProjection.latLonOf(utm32, e, n + 1000);
        GeodeticCalculator calc = GeodeticCalculator.create(CRS.forCode("EPSG:4258"));
        calc.setStartGeographicPoint(ll[0], ll[1]);
        calc.setEndGeographicPoint(ll2[0], ll2[1]);
        assertThat(Math.hypot(xyz[3], xyz[4])).isCloseTo(calc.getGeodesicDistance(), within(0.01));
        assertThat(Math.hypot(xyz[3], xyz[4])).isBetween(999.0, 999.6);
        // Grid north of UTM 32 is ~3.5 degrees east of true north here (meridian convergence).
        assertThat(Math.toDegrees(Math.atan2(xyz[3], xyz[4]))).isBetween(3.3, 3.6);
        assertThat(xyz[5]).isEqualTo(35);
    }

    @Test
    void anOriginThatIsNoPositionIsRefusedInPlainWords() {
        // lon-lat given as lat-lon: the message gives the numbers, not the record's toString
        assertThatThrownBy(() -> new LocalProjection(new LocalFrame(139.74, 35.65)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("139.74000, 35.65000")
                .hasMessageContaining("latitude between -90 and 90")
                .hasMessageNotContaining("LocalFrame");
    }

    @Test
    void besselDatumIsShiftedToTheSameGround() throws Exception {
        // The same Berlin spot in DHDN / Gauss-Krueger 4 and in ETRS89 / UTM 33 lands within metres.
        SourceCrs gk4 = RESOLVER.resolve("urn:adv:crs:DE_DHDN_3GK4*DE_DHHN92_NH");
        SourceCrs utm33 = RESOLVER.resolve("EPSG:25833");
        double[] ll = LocalProjection.latLonOf(utm33, 389_880, 5_819_710);
        LocalProjection p = new LocalProjection(new LocalFrame(ll[0], ll[1]));
        double[] gk = {ll[0], ll[1]};
        CRS.findOperation(CRS.forCode("EPSG:4258"), CRS.forCode("EPSG:31468"), null)
                .getMathTransform().transform(gk, 0, gk, 0, 1); // includes the datum shift
        double[] xyz = {gk[1], gk[0], 0}; // EPSG:31468 is northing first, the AdV URN easting first
        p.from(gk4).toLocal(xyz, 0, 1);
        assertThat(Math.hypot(xyz[0], xyz[1])).isLessThan(5.0);
        assertThat(gk[1]).isBetween(4_580_000.0, 4_610_000.0); // sanity: GK zone 4 easting, northing-first axes
    }

    @Test
    void batchRespectsOffsetAndLeavesOtherValuesAlone() throws Exception {
        LocalProjection p = new LocalProjection(JPRCS_IX);
        CoordinateTransform t = p.from(RESOLVER.resolve("EPSG:6697"));
        double[] a = {1, 2, 3, 36.0, 139 + 50.0 / 60, 5, 36.001, 139 + 50.0 / 60, 6, 9, 9, 9};
        t.toLocal(a, 3, 2);
        assertThat(a).startsWith(1, 2, 3).endsWith(9, 9, 9);
        assertThat(a[3]).isCloseTo(0, within(1e-6));
        assertThat(a[4]).isCloseTo(0, within(1e-6));
        assertThat(a[5]).isEqualTo(5);
        assertThat(a[6]).isCloseTo(0, within(1e-6));
        assertThat(a[7]).isCloseTo(110.94, within(0.05)); // 0.001 degree of latitude at 36 N
        assertThat(a[8]).isEqualTo(6);
        t.toLocal(a, 12, 0); // empty range at the end is fine
        assertThat(p.from(RESOLVER.resolve("EPSG:6697"))).isSameAs(t);
    }

    @Test
    void localCrsIsIdentityAndHasNoLatLon() throws Exception {
        SourceCrs local = RESOLVER.resolve("#local-CRS-1");
        CoordinateTransform t = new LocalProjection(JPRCS_IX).from(local);
        double[] xyz = {12.5, -3, 4};
        t.toLocal(xyz, 0, 1);
        assertThat(t.isIdentity()).isTrue();
        assertThat(xyz).containsExactly(12.5, -3, 4);
        assertThatThrownBy(() -> LocalProjection.latLonOf(local, 1, 2))
                .isInstanceOf(UnknownCrsException.class).hasMessageContaining("#local-CRS-1");
    }

    @Test
    void latLonOfReadsTheFileAxisOrder() throws Exception {
        assertThat(LocalProjection.latLonOf(RESOLVER.resolve("EPSG:6697"), 35.6898, 139.6917))
                .containsExactly(new double[] {35.6898, 139.6917}, within(1e-12));
        // CS IX origin in EPSG:6677 (X north, Y east) is the frame origin.
        assertThat(LocalProjection.latLonOf(RESOLVER.resolve("EPSG:6677"), 0, 0))
                .containsExactly(new double[] {36.0, 139 + 50.0 / 60}, within(1e-9));
    }
}
