package org.citytwin.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The compact storage of objects keeps every mapping, order and text while sharing what repeats. */
class CompactCityObjectTest {

    private static final MeshPart BOX = new MeshPart(new double[] {0, 0, 0, 1, 0, 0, 0, 1, 0}, new int[] {0, 1, 2});
    private static final MeshPart FOOT = new MeshPart(new double[] {0, 0, 0, 2, 0, 0, 0, 2, 0}, new int[] {0, 2, 1});

    private static CityObject object(String id, Map<Integer, MeshPart> meshes, List<Attribute> attributes) {
        return new CityObject(id, new String("bldg:Building".toCharArray()), FeatureKind.BUILDING, null,
                new TreeSet<>(meshes.keySet()), meshes, attributes, new String("a.gml".toCharArray()));
    }

    @Test
    void meshesKeepEveryLodInAscendingOrderAndAnswerLikeAMap() {
        Map<Integer, MeshPart> source = new LinkedHashMap<>();
        source.put(2, BOX);
        source.put(0, FOOT);
        CityObject o = object("b1", source, List.of());

        assertThat(new ArrayList<>(o.meshes().keySet())).containsExactly(0, 2);
        assertThat(o.meshes()).hasSize(2).containsEntry(0, FOOT).containsEntry(2, BOX).doesNotContainKey(1);
        assertThat(o.meshes().get(1)).isNull();
        assertThat(o.meshes().get("2")).isNull();
        assertThat(o.meshes()).isEqualTo(new TreeMap<>(source));
        assertThat(o.meshes().hashCode()).isEqualTo(new TreeMap<>(source).hashCode());
        assertThat(o.highestMeshLod()).isEqualTo(2);
        assertThat(o.displayMesh()).isSameAs(BOX);
        assertThat(object("e", Map.of(), List.of()).meshes()).isEmpty();
    }

    @Test
    void meshesCannotBeChangedThroughTheObject() {
        CityObject o = object("b1", new TreeMap<>(Map.of(1, BOX)), List.of());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> o.meshes().put(2, FOOT))
                .isInstanceOf(UnsupportedOperationException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> o.lods().add(3))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void objectsWithTheSameLodsShareOneSetAndLaterChangesToTheSourceDoNotLeakIn() {
        TreeSet<Integer> lods = new TreeSet<>(List.of(0, 1));
        CityObject a = new CityObject("a", "bldg:Building", FeatureKind.BUILDING, null, lods, Map.of(1, BOX), List.of(), "f");
        lods.add(3);
        CityObject b = new CityObject("b", "bldg:Building", FeatureKind.BUILDING, null, new TreeSet<>(List.of(1, 0)),
                Map.of(1, BOX), List.of(), "f");

        assertThat(a.lods()).containsExactly(0, 1);
        assertThat(b.lods()).isSameAs(a.lods());
    }

    @Test
    void repeatedAttributeTextsAreOneInstanceAndKeepTheirValues() {
        Attribute first = new Attribute(new String("uro:buildingID".toCharArray()), new String("401".toCharArray()),
                new String("m".toCharArray()), new String("../../codelists/a.xml".toCharArray()), "label", List.of());
        Attribute second = new Attribute(new String("uro:buildingID".toCharArray()), new String("401".toCharArray()),
                new String("m".toCharArray()), new String("../../codelists/a.xml".toCharArray()), "label", List.of());
        String longText = "x".repeat(SharedText.MAX_SHARED_LENGTH + 1);
        Attribute long1 = Attribute.of("d", new String(longText.toCharArray()));

        assertThat(second.name()).isSameAs(first.name());
        assertThat(second.value()).isSameAs(first.value()).isEqualTo("401");
        assertThat(second.unit()).isSameAs(first.unit());
        assertThat(second.codeSpace()).isSameAs(first.codeSpace()).isEqualTo("../../codelists/a.xml");
        assertThat(long1.value()).isEqualTo(longText);
        assertThat(Attribute.of("n", null).value()).isNull();
        CityObject a = object("a", Map.of(1, BOX), List.of(first));
        CityObject b = object("b", Map.of(1, BOX), List.of(second));
        assertThat(b.type()).isSameAs(a.type()).isEqualTo("bldg:Building");
        assertThat(b.sourceFile()).isSameAs(a.sourceFile()).isEqualTo("a.gml");
        assertThat(b.attribute("uro:buildingID").value()).isEqualTo("401");
    }
}
