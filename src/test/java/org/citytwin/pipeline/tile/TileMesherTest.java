package org.citytwin.pipeline.tile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.citytwin.model.CityObject;
import org.citytwin.model.FeatureKind;
import org.citytwin.model.MeshPart;
import org.junit.jupiter.api.Test;

class TileMesherTest {

    @Test
    void objectsOfOneKindInOneTileShareAMeshAndKeepTheirFaces() {
        CityObject a = square("a", FeatureKind.BUILDING, 10, 10);
        CityObject b = square("b", FeatureKind.BUILDING, 100, 20);
        CityObject road = square("r", FeatureKind.TRANSPORTATION, 50, 50);

        List<TileMesh> meshes = new TileMesher(500).getResult(List.of(a, b, road));

        assertThat(meshes).hasSize(2);
        TileMesh buildings = meshes.stream().filter(m -> m.kind() == FeatureKind.BUILDING).findFirst().orElseThrow();
        assertThat(buildings.objectIds()).containsExactly("a", "b");
        assertThat(buildings.triangleCount()).isEqualTo(4);
        assertThat(buildings.faceObject()).containsExactly(0, 0, 1, 1);
        // b's triangles index b's vertices (offset by a's 4 vertices), which lie at x = 100..101
        int firstVertexOfB = buildings.triangles()[6];
        assertThat(firstVertexOfB).isGreaterThanOrEqualTo(4);
        assertThat(buildings.points()[firstVertexOfB * 3]).isBetween(100f, 101f);
    }

    @Test
    void objectsInDifferentTilesGetDifferentMeshes() {
        List<TileMesh> meshes = new TileMesher(500).getResult(List.of(
                square("west", FeatureKind.BUILDING, -10, 10), square("east", FeatureKind.BUILDING, 700, 10)));

        assertThat(meshes).extracting(TileMesh::tileX).containsExactlyInAnyOrder(-1, 1);
    }

    @Test
    void objectsWithoutSurfacesAreLeftOut() {
        CityObject empty = new CityObject("e", "brid:Bridge", FeatureKind.BRIDGE, null, new TreeSet<>(), Map.of(),
                List.of(), "f.gml");

        assertThat(new TileMesher(500).getResult(List.of(empty))).isEmpty();
    }

    private static CityObject square(String id, FeatureKind kind, double x, double y) {
        double[] v = {x, y, 0, x + 1, y, 0, x + 1, y + 1, 0, x, y + 1, 0};
        int[] t = {0, 1, 2, 0, 2, 3};
        return new CityObject(id, "bldg:Building", kind, null, new TreeSet<>(List.of(1)),
                Map.of(1, new MeshPart(v, t)), List.of(), "f.gml");
    }
}
