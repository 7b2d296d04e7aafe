package org.citytwin.shadow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.citytwin.model.MeshPart;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

class CastShadowsTest {

    private static final CasterSolid.Mode COLUMNS = CasterSolid.Mode.COLUMNS;

    private static CasterSolid solid(String id, MeshPart mesh) {
        return CasterSolid.of(id, mesh, COLUMNS);
    }

    @Test
    void boxAtFortyFiveDegreesFromTheSouthThrowsItsHeightNorth() {
        CasterSolid box = solid("box", Solids.box(0, 0, 10, 10, 0, 20));
        Geometry shadow = CastShadows.onGround(List.of(box), CastShadows.Ray.of(new SunDirections.Direction(180, 45)));
        Envelope e = shadow.getEnvelopeInternal();
        assertThat(e.getMinX()).isCloseTo(0, within(1e-9));
        assertThat(e.getMaxX()).isCloseTo(10, within(1e-9));
        assertThat(e.getMinY()).isCloseTo(0, within(1e-9));
        assertThat(e.getMaxY()).isCloseTo(30, within(1e-9)); // 20 m tall at 45°: 20 m north of the north wall
        assertThat(shadow.getArea()).isCloseTo(300, within(1e-6));
        assertThat(shadow.getNumGeometries()).isEqualTo(1);
    }

    @Test
    void boxInTheSouthEastSunIsTheSquareSweptAlongTheRay() {
        CasterSolid box = solid("box", Solids.box(0, 0, 10, 10, 0, 20));
        Geometry shadow = CastShadows.onGround(List.of(box), CastShadows.Ray.of(new SunDirections.Direction(135, 45)));
        double reach = 20 * Math.sqrt(0.5); // per axis
        // the square swept along (−reach, +reach): its area plus a parallelogram per axis
        assertThat(shadow.getArea()).isCloseTo(100 + 10 * reach * 2, within(1e-6));
        Envelope e = shadow.getEnvelopeInternal();
        assertThat(e.getMinX()).isCloseTo(-reach, within(1e-9));
        assertThat(e.getMaxY()).isCloseTo(10 + reach, within(1e-9));
    }

    @Test
    void lowSunLengthensTheShadowByTheCotangent() {
        CasterSolid box = solid("box", Solids.box(0, 0, 10, 10, 5, 25)); // standing on ground at 5 m
        Geometry shadow = CastShadows.onGround(List.of(box), CastShadows.Ray.of(new SunDirections.Direction(90, 30)));
        double reach = 20 / Math.tan(Math.toRadians(30));
        assertThat(shadow.getEnvelopeInternal().getMinX()).isCloseTo(-reach, within(1e-9)); // sun in the east: west
        assertThat(shadow.getArea()).isCloseTo(10 * (10 + reach), within(1e-6));
    }

    @Test
    void noSunNoShadow() {
        assertThat(CastShadows.Ray.of(new SunDirections.Direction(180, -2))).isNull();
        assertThat(CastShadows.Ray.of(null)).isNull();
    }

    @Test
    void columnsGiveTheSameShadowAsEveryTriangleProjected() {
        // an L of two heights and a gable house: the fast columns against ShadowCaster's per-triangle union
        MeshPart ell = Solids.join(Solids.box(0, 0, 30, 10, 0, 12), Solids.box(0, 10, 10, 30, 0, 25));
        MeshPart house = Solids.gable(50, 0, 62, 10, 0, 6, 9.5);
        for (SunDirections.Direction sun : List.of(new SunDirections.Direction(150, 30), new SunDirections.Direction(230, 55),
                new SunDirections.Direction(10, 20))) {
            for (MeshPart mesh : List.of(ell, house)) {
                Geometry fast = CastShadows.onGround(List.of(solid("m", mesh)), CastShadows.Ray.of(sun));
                Geometry exact = ShadowCaster.shadow(List.of(mesh), sun, 0);
                assertThat(fast.symDifference(exact).getArea()).as("%s", sun).isLessThan(1e-6 * exact.getArea());
                assertThat(fast.getArea()).isGreaterThan(0);
            }
        }
    }

    @Test
    void gableRidgeCastsFurtherThanTheEaves() {
        CasterSolid house = solid("house", Solids.gable(0, 0, 12, 10, 0, 6, 9.5));
        Geometry shadow = CastShadows.onGround(List.of(house), CastShadows.Ray.of(new SunDirections.Direction(270, 45)));
        assertThat(shadow.getEnvelopeInternal().getMaxX()).isCloseTo(12 + 9.5, within(1e-9)); // ridge, not eaves
    }

    @Test
    void lowerRoofNextToATowerGetsTheClippedPiece() {
        CasterSolid tower = solid("tower", Solids.box(0, 0, 10, 10, 0, 60));
        CasterSolid low = solid("low", Solids.box(-5, 12, 15, 32, 0, 10));
        Geometry shade = CastShadows.onRoof(low, List.of(tower, low), CastShadows.Ray.of(new SunDirections.Direction(180, 45)));
        // the tower's 50 m above the roof reach 50 m north over it: its whole width, the roof's whole depth
        assertThat(shade.getArea()).isCloseTo(10 * 20, within(1e-6));
        Envelope e = shade.getEnvelopeInternal();
        assertThat(e.getMinX()).isCloseTo(0, within(1e-9));
        assertThat(e.getMaxX()).isCloseTo(10, within(1e-9));
        assertThat(e.getMinY()).isCloseTo(12, within(1e-9));
        assertThat(e.getMaxY()).isCloseTo(32, within(1e-9));
        assertThat(low.roofZ()).isEqualTo(10);
        assertThat(low.flatRoof()).isTrue();
        // the short building casts nothing onto the tower's roof
        assertThat(CastShadows.onRoof(tower, List.of(tower, low), CastShadows.Ray.of(new SunDirections.Direction(0, 45))).isEmpty()).isTrue();
    }

    @Test
    void roofPartlyReachedIsCutWhereTheShadowEnds() {
        CasterSolid tower = solid("tower", Solids.box(0, 0, 10, 10, 0, 30));
        CasterSolid low = solid("low", Solids.box(0, 12, 10, 52, 0, 10));
        Geometry shade = CastShadows.onRoof(low, List.of(tower), CastShadows.Ray.of(new SunDirections.Direction(180, 45)));
        // 20 m above the roof: the shade ends 20 m north of the tower (y = 30), so 18 m of the roof's 40
        assertThat(shade.getArea()).isCloseTo(10 * 18, within(1e-6));
    }

    @Test
    void deckCastsItselfNotAColumnOntoTheGroundBelow() {
        CasterSolid deck = CasterSolid.of("deck", Solids.box(0, 0, 10, 10, 10, 11), CasterSolid.Mode.SURFACES).onGroundAt(0);
        Geometry shadow = CastShadows.onGround(List.of(deck), CastShadows.Ray.of(new SunDirections.Direction(180, 45)));
        Envelope e = shadow.getEnvelopeInternal();
        assertThat(e.getMinY()).isCloseTo(10, within(1e-9)); // the street under the deck's south edge is lit
        assertThat(e.getMaxY()).isCloseTo(21, within(1e-9));
        assertThat(shadow.getArea()).isCloseTo(10 * 11, within(1e-6));
        assertThat(deck.receives()).isFalse();
    }
}
