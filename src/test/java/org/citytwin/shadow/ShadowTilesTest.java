package org.citytwin.shadow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.concurrent.CancellationException;
import org.citytwin.pipeline.CancelToken;
import org.junit.jupiter.api.Test;

class ShadowTilesTest {

    private static CasterSolid box(String id, double x0, double y0, double x1, double y1, double h) {
        return CasterSolid.of(id, Solids.box(x0, y0, x1, y1, 0, h), CasterSolid.Mode.COLUMNS);
    }

    @Test
    void shadowCrossingATileBorderIsKeptInTheNeighbourAndNotDoubled() {
        // stands in tile (0, 0) only; the evening sun in the west throws it 20 m east, 10 m past the border at 250
        ShadowTiles tiles = new ShadowTiles(List.of(box("b", 230, 100, 240, 110, 20)));
        List<ShadowTiles.Tile> out = tiles.compute(new SunDirections.Direction(270, 45), new CancelToken());
        assertThat(out).extracting(t -> t.x() + "," + t.y()).containsExactly("0,0", "1,0");
        assertThat(out.get(0).groundArea()).isCloseTo(20 * 10, within(1e-6)); // 230..250
        assertThat(out.get(1).groundArea()).isCloseTo(10 * 10, within(1e-6)); // 250..260
        assertThat(out.get(1).ground().getEnvelopeInternal().getMaxX()).isCloseTo(260, within(1e-9));
        assertThat(out.get(0).roofs()).isEmpty();
    }

    @Test
    void overlappingShadowsOfNeighboursAreOneArea() {
        ShadowTiles tiles = new ShadowTiles(List.of(box("a", 0, 0, 10, 10, 20), box("b", 0, 15, 10, 25, 20)));
        List<ShadowTiles.Tile> out = tiles.compute(new SunDirections.Direction(180, 45), new CancelToken());
        assertThat(out).hasSize(1);
        // a's shade (y 0..30) runs into b; b's reaches y = 45: one strip 0..45, no double count
        assertThat(out.get(0).groundArea()).isCloseTo(10 * 45, within(1e-6));
        // and b's roof (at 20 m) is not reached by a, which is no taller
        assertThat(out.get(0).roofs()).isEmpty();
    }

    @Test
    void towerShadesTheRoofOfItsLowerNeighbourInTheTile() {
        ShadowTiles tiles = new ShadowTiles(List.of(box("tower", 0, 0, 10, 10, 60), box("low", -5, 12, 15, 32, 10)));
        ShadowTiles.Tile t = tiles.compute(new SunDirections.Direction(180, 45), new CancelToken()).stream()
                .filter(x -> !x.roofs().isEmpty()).findFirst().orElseThrow();
        assertThat(t.roofs()).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo("low");
            assertThat(r.z()).isEqualTo(10);
            assertThat(r.area().getArea()).isCloseTo(200, within(1e-6));
        });
    }

    @Test
    void shadeOnAPitchedRoofLiesOnItsFaces() {
        CasterSolid tower = box("tower", 0, 0, 12, 10, 60);
        CasterSolid house = CasterSolid.of("house", Solids.gable(0, 12, 12, 22, 0, 6, 9.5), CasterSolid.Mode.COLUMNS);
        assertThat(house.flatRoof()).isFalse();
        ShadowTiles.Tile t = new ShadowTiles(List.of(tower, house)).compute(new SunDirections.Direction(180, 45), new CancelToken())
                .get(0);
        // the tower covers the whole house: one piece per roof face (two triangles each), on that face's plane
        assertThat(t.roofs()).hasSize(2).allSatisfy(r -> assertThat(r.id()).isEqualTo("house"));
        assertThat(t.roofs().stream().mapToDouble(r -> r.area().getArea()).sum()).isCloseTo(12 * 10, within(1e-6));
        for (ShadowTiles.RoofShade r : t.roofs()) {
            var c = r.area().getCentroid();
            double expected = c.getY() < 17 ? 6 + (c.getY() - 12) / 5 * 3.5 : 6 + (22 - c.getY()) / 5 * 3.5;
            assertThat(r.heightAt(c.getX(), c.getY())).isCloseTo(expected, within(1e-6));
        }
    }

    @Test
    void nightHasNoTilesAndACancelStops() {
        ShadowTiles tiles = new ShadowTiles(List.of(box("b", 0, 0, 10, 10, 20)));
        assertThat(tiles.compute(new SunDirections.Direction(0, -5), new CancelToken())).isEmpty();
        CancelToken cancelled = new CancelToken();
        cancelled.cancel();
        assertThatThrownBy(() -> tiles.compute(new SunDirections.Direction(180, 45), cancelled))
                .isInstanceOf(CancellationException.class);
    }
}
