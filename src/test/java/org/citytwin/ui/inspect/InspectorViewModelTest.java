package org.citytwin.ui.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.citytwin.model.Attribute;
import org.citytwin.model.CityFile;
import org.citytwin.model.CityObject;
import org.citytwin.model.Envelope;
import org.citytwin.model.FeatureKind;
import org.citytwin.model.MeshPart;
import org.citytwin.pipeline.LoadResult;
import org.junit.jupiter.api.Test;

/** The inspector's state without a window. */
public class InspectorViewModelTest {

    public static CityObject building(String id, String name, String height, String file) {
        List<Attribute> attributes = List.of(
                new Attribute("bldg:measuredHeight", height, "m", null, List.of()),
                new Attribute("uro:buildingIDAttribute", null, null, null, List.of(
                        Attribute.of("uro:buildingID", "13111-bldg-1"),
                        new Attribute("uro:city", "13111", null, "Common_localPublicAuthorities.xml", "東京都大田区", List.of()))));
        return new CityObject(id, "bldg:Building", FeatureKind.BUILDING, name, new TreeSet<>(List.of(0, 1, 2)),
                Map.of(1, new MeshPart(new double[] {0, 0, 0, 1, 0, 0, 0, 1, 0}, new int[] {0, 1, 2})), attributes, file);
    }

    public static LoadResult load(String file, CityObject... objects) {
        CityFile f = new CityFile(file, "2.0", null, null, List.of(objects), Map.of(), new TreeSet<>(), new Envelope(), List.of());
        return new LoadResult(List.of(f), List.of(), new Envelope(), null);
    }

    @Test
    void selectingAnIndexedObjectFillsTheSummaryAndClearEmptiesIt() {
        InspectorViewModel vm = new InspectorViewModel();
        vm.index(load("a.gml", building("b1", "Terminal", "48.7", "a.gml"), building("b2", null, "4.3", "a.gml")));
        assertThat(vm.size()).isEqualTo(2);

        assertThat(vm.select("b1", 120)).isTrue();
        assertThat(vm.selected().id()).isEqualTo("b1");
        assertThat(vm.field("id")).isEqualTo("b1");
        assertThat(vm.field("type")).isEqualTo("bldg:Building");
        assertThat(vm.field("name")).isEqualTo("Terminal");
        assertThat(vm.field("source file")).isEqualTo("a.gml");
        assertThat(vm.field("LODs")).isEqualTo("LOD0, LOD1, LOD2");
        assertThat(vm.field("measured height")).isEqualTo("48.70 m");
        assertThat(vm.field("triangles shown")).isEqualTo("120");

        vm.clear();
        assertThat(vm.selected()).isNull();
        assertThat(vm.fields()).isEmpty();
        assertThat(vm.attributesText()).isEmpty();
    }

    @Test
    void unknownIdsClearTheSelection() {
        InspectorViewModel vm = new InspectorViewModel();
        vm.index(load("a.gml", building("b1", null, "4.3", "a.gml")));
        vm.select("b1", -1);
        assertThat(vm.field("triangles shown")).isEqualTo("—");
        assertThat(vm.select("nope", 3)).isFalse();
        assertThat(vm.selected()).isNull();
    }

    @Test
    void attributesAsIndentedTextShowCodeLabelAndUnit() {
        InspectorViewModel vm = new InspectorViewModel();
        vm.index(load("a.gml", building("b1", null, "4.3", "a.gml")));
        vm.select("b1", 1);
        assertThat(vm.attributesText()).isEqualTo("""
                bldg:measuredHeight: 4.3 m
                uro:buildingIDAttribute
                  uro:buildingID: 13111-bldg-1
                  uro:city: 13111 (東京都大田区)
                """);
    }

    @Test
    void aReloadReplacesTheIndexedObjectAndCaptionsNameTheObject() {
        InspectorViewModel vm = new InspectorViewModel();
        vm.index(load("a.gml", building("b1", null, "4.3", "a.gml")));
        vm.index(load("b.gml", building("b1", "Hangar", "9.9", "b.gml")));
        assertThat(vm.size()).isEqualTo(1);
        assertThat(vm.find("b1").sourceFile()).isEqualTo("b.gml");
        assertThat(vm.caption("b1")).isEqualTo("Hangar · Building · 9.9 m\nb.gml");
        assertThat(vm.caption("zz")).isEqualTo("zz");
    }

    static CityObject utility(String id, double cover, org.citytwin.model.DepthSource source) {
        var info = new org.citytwin.model.UtilityInfo(org.citytwin.model.UtilityType.SEWER, "SewerPipe", new double[0], 0.3,
                false, cover, source, 5.0, null, null);
        return new CityObject(id, "uro:SewerPipe", FeatureKind.UTILITY, null, new TreeSet<>(List.of(0)),
                Map.of(0, new MeshPart(new double[] {0, 0, 3, 1, 0, 3, 0, 1, 3}, new int[] {0, 1, 2})), List.of(), "u.gml", info);
    }

    @Test
    void aUtilityShowsItsCoverDepthAndWhetherItWasMeasuredOrEstimated() {
        InspectorViewModel vm = new InspectorViewModel();
        vm.index(load("u.gml", utility("m", 1.3, org.citytwin.model.DepthSource.MEASURED),
                utility("e", 0.85, org.citytwin.model.DepthSource.ESTIMATED),
                utility("u", Double.NaN, org.citytwin.model.DepthSource.UNKNOWN), building("b", null, "4.3", "u.gml")));
        vm.select("m", 1);
        assertThat(vm.field("cover depth")).isEqualTo("1.30 m (measured)");
        vm.select("e", 1);
        assertThat(vm.field("cover depth")).isEqualTo("0.85 m (estimated)");
        vm.select("u", 1);
        assertThat(vm.field("cover depth")).isEqualTo("unknown");
        vm.select("b", 1);
        assertThat(vm.field("cover depth")).isNull(); // not a utility
    }
}
