package org.citytwin.pipeline.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import org.citytwin.model.CityFile;
import org.citytwin.model.CityObject;
import org.citytwin.model.Envelope;
import org.citytwin.model.LoadIssue;
import org.citytwin.model.MeshPart;
import org.citytwin.model.UtilityInfo;
import org.citytwin.pipeline.LoadResult;
import org.citytwin.pipeline.tile.TileMesh;

/** Asserts that two loads produced the same model, value for value (arrays compared element by element). */
final class SameLoad {

    private SameLoad() {
    }

    static void assertSame(LoadResult expected, LoadResult actual) {
        assertThat(actual.frame()).isEqualTo(expected.frame());
        assertThat(actual.files()).hasSameSizeAs(expected.files());
        for (int i = 0; i < expected.files().size(); i++) file(expected.files().get(i), actual.files().get(i));
        assertThat(actual.meshes()).hasSameSizeAs(expected.meshes());
        for (int i = 0; i < expected.meshes().size(); i++) tileMesh(expected.meshes().get(i), actual.meshes().get(i));
        envelope(expected.bounds(), actual.bounds());
        assertThat(actual.triangleCount()).isEqualTo(expected.triangleCount());
    }

    static void file(CityFile e, CityFile a) {
        assertThat(a.path()).isEqualTo(e.path());
        assertThat(a.citygmlVersion()).isEqualTo(e.citygmlVersion());
        assertThat(a.srsName()).isEqualTo(e.srsName());
        assertThat(a.crs()).isEqualTo(e.crs());
        assertThat(a.counts()).containsExactlyEntriesOf(e.counts());
        assertThat(a.lods()).containsExactlyElementsOf(e.lods());
        envelope(e.bounds(), a.bounds());
        // workers add issues in the order they finish, so two fresh loads may list them in another order
        Comparator<LoadIssue> order = Comparator.comparing(LoadIssue::describe).thenComparingInt(LoadIssue::count);
        assertThat(a.issues().stream().sorted(order).toList()).isEqualTo(e.issues().stream().sorted(order).toList());
        assertThat(a.objects()).hasSameSizeAs(e.objects());
        assertThat(a.triangleCount()).isEqualTo(e.triangleCount());
        for (int i = 0; i < e.objects().size(); i++) object(e.objects().get(i), a.objects().get(i));
    }

    static void object(CityObject e, CityObject a) {
        assertThat(a.id()).isEqualTo(e.id());
        assertThat(a.type()).isEqualTo(e.type());
        assertThat(a.kind()).isEqualTo(e.kind());
        assertThat(a.name()).isEqualTo(e.name());
        assertThat(a.lods()).containsExactlyElementsOf(e.lods());
        assertThat(a.attributes()).as(e.id()).isEqualTo(e.attributes());
        assertThat(a.sourceFile()).isEqualTo(e.sourceFile());
        assertThat(a.meshes().keySet()).containsExactlyElementsOf(e.meshes().keySet());
        for (int lod : e.meshes().keySet()) mesh(e.meshes().get(lod), a.meshes().get(lod));
        utility(e.utility(), a.utility());
    }

    static void mesh(MeshPart e, MeshPart a) {
        assertThat(a.vertices()).containsExactly(e.vertices());
        assertThat(a.triangles()).containsExactly(e.triangles());
        assertThat(a.texCoords()).isEqualTo(e.texCoords());
        assertThat(a.triangleLooks()).isEqualTo(e.triangleLooks());
        assertThat(a.looks()).isEqualTo(e.looks());
    }

    static void utility(UtilityInfo e, UtilityInfo a) {
        if (e == null) {
            assertThat(a).isNull();
            return;
        }
        assertThat(a).usingRecursiveComparison().isEqualTo(e);
    }

    static void tileMesh(TileMesh e, TileMesh a) {
        assertThat(a.kind()).isEqualTo(e.kind());
        assertThat(a.tileX()).isEqualTo(e.tileX());
        assertThat(a.tileY()).isEqualTo(e.tileY());
        assertThat(a.points()).containsExactly(e.points());
        assertThat(a.triangles()).containsExactly(e.triangles());
        assertThat(a.faceObject()).containsExactly(e.faceObject());
        assertThat(a.objectIds()).isEqualTo(e.objectIds());
        assertThat(a.texCoords()).isEqualTo(e.texCoords());
        assertThat(a.atlas()).usingRecursiveComparison().isEqualTo(e.atlas());
    }

    static void envelope(Envelope e, Envelope a) {
        assertThat(a.isEmpty()).isEqualTo(e.isEmpty());
        if (e.isEmpty()) return;
        assertThat(List.of(a.minX(), a.minY(), a.minZ(), a.maxX(), a.maxY(), a.maxZ()))
                .isEqualTo(List.of(e.minX(), e.minY(), e.minZ(), e.maxX(), e.maxY(), e.maxZ()));
    }
}
