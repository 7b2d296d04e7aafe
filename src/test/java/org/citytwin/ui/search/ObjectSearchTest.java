package org.citytwin.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.citytwin.geo.CrsResolver;
import org.citytwin.model.CityObject;
import org.citytwin.model.MeasuredHeight;
import org.citytwin.pipeline.CancelToken;
import org.citytwin.pipeline.DatasetLoader;
import org.citytwin.pipeline.LoadProgress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.citytwin.ui.inspect.InspectorViewModelTest;

/** Search by id, address text and expression on the Haneda 2022 building tile, without a window. */
public class ObjectSearchTest {
    public static final Path HANEDA = Path.of("sample-citygml/13100_tokyo23-ku_2022_citygml_1_3_op/udx/bldg/53392633_bldg_6697_2_op.gml");
    public static final String TALLEST = "bldg_bdc161ef-9ae3-4a6c-b554-8a2ce507e6c8";
    static List<CityObject> objects;

    @BeforeAll
    static void load() throws Exception {
        try (DatasetLoader loader = new DatasetLoader(new CrsResolver())) {
            objects = loader.load(List.of(HANEDA), LoadProgress.NONE, new CancelToken()).files().get(0).objects();
        }
    }

    @Test
    void anExactIdFindsThatObjectAndAPrefixFindsEveryIdStartingWithIt() {
        assertThat(ObjectSearch.find(objects, TALLEST)).extracting(CityObject::id).containsExactly(TALLEST);
        assertThat(ObjectSearch.find(objects, "bldg_bdc161ef")).extracting(CityObject::id).contains(TALLEST);
        long withPrefix = objects.stream().filter(o -> o.id().startsWith("bldg_")).count();
        assertThat(withPrefix).isEqualTo(objects.size()).isEqualTo(9);
        assertThat(ObjectSearch.find(objects, "bldg_")).extracting(CityObject::id).hasSize(objects.size());
        assertThat(ObjectSearch.find(objects, "  ")).extracting(CityObject::id).isEmpty();
        assertThat(ObjectSearch.find(objects, "no-such-building")).extracting(CityObject::id).isEmpty();
    }

    @Test
    void nameAndAddressTextMatchCaseInsensitiveSubstrings() {
        // The Haneda tile has no gml:name: inline fixtures for names.
        CityObject terminal = InspectorViewModelTest.building("t1", "Haneda Terminal 1", "48.7", "a.gml");
        CityObject hangar = new CityObject("h1", "bldg:Building", org.citytwin.model.FeatureKind.BUILDING, null,
                new java.util.TreeSet<>(), java.util.Map.of(), List.of(new org.citytwin.model.Attribute("bldg:address", null, null, null,
                        List.of(org.citytwin.model.Attribute.of("xAL:LocalityName", "東京都大田区羽田空港三丁目")))), "a.gml");
        List<CityObject> both = List.of(terminal, hangar);
        assertThat(ObjectSearch.find(both, "terminal")).extracting(CityObject::id).containsExactly("t1");
        assertThat(ObjectSearch.find(both, "羽田空港")).extracting(CityObject::id).containsExactly("h1");
        assertThat(ObjectSearch.find(both, "大田区")).extracting(CityObject::id).containsExactly("h1"); // uro:city label is not an address
    }

    @Test
    void realAddressesFromTheFileAreSearchable() {
        // every Haneda 2022 building carries bldg:address with xAL:LocalityName 東京都大田区羽田空港三丁目
        assertThat(ObjectSearch.find(objects, "羽田空港三丁目")).hasSize(objects.size());
        assertThat(ObjectSearch.find(objects, "新宿")).isEmpty();
    }

    @Test
    void anExpressionSelectsByAttributeAsInspectWhere() {
        long over20 = objects.stream().filter(o -> MeasuredHeight.of(o).orElse(Double.NaN) > 20).count();
        assertThat(over20).isPositive().isLessThan(objects.size());
        List<CityObject> found = ObjectSearch.find(objects, "measuredHeight > 20");
        assertThat(found).extracting(CityObject::id).hasSize((int) over20);
        found.forEach(o -> assertThat(MeasuredHeight.of(o).getAsDouble()).isGreaterThan(20));
        assertThat(ObjectSearch.find(objects, "measuredHeight > 20 and measuredHeight <= 40"))
                .extracting(CityObject::id).doesNotContain(TALLEST);
        // not a valid expression: searched as text, finds nothing
        assertThat(ObjectSearch.find(objects, "measuredHeight >")).extracting(CityObject::id).isEmpty();
    }
}
