package org.citytwin.thematic;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.citytwin.geo.CrsResolver;
import org.citytwin.model.CityObject;
import org.citytwin.model.DepthSource;
import org.citytwin.model.FeatureKind;
import org.citytwin.model.LodChoice;
import org.citytwin.model.UtilityType;
import org.citytwin.pipeline.CancelToken;
import org.citytwin.pipeline.DatasetLoader;
import org.citytwin.pipeline.LoadProgress;
import org.citytwin.thematic.UtilityClassifier.Look;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Utility colour classes on the Chiba PLATEAU utilities (one file per network: water, sewer, gas, electricity). */
class UtilityClassifierTest {
    private static List<CityObject> objects;

    @BeforeAll
    static void load() throws Exception {
        objects = new DatasetLoader(new CrsResolver()).load(List.of(Path.of("src/test/resources/data/utility/udx/unf")),
                LoadProgress.NONE, new CancelToken()).files().stream().flatMap(f -> f.objects().stream())
                .filter(o -> o.kind() == FeatureKind.UTILITY).toList();
    }

    @Test
    void byTypeEveryObjectGetsItsFilesNetworkAndTheLegendListsAllSevenTypes() {
        UtilityClassifier.Result r = UtilityClassifier.classify(objects, UtilityClassifier.Mode.TYPE, LodChoice.HIGHEST);
        List<LegendEntry> legend = r.classification().legend();
        assertThat(legend).extracting(LegendEntry::label).containsExactly("Water", "Sewer", "Gas", "Electricity", "Telecom",
                "Heat", "Other");
        assertThat(legend).extracting(LegendEntry::rgb).containsExactly(UtilityType.WATER.rgb(), UtilityType.SEWER.rgb(),
                UtilityType.GAS.rgb(), UtilityType.ELECTRICITY.rgb(), UtilityType.TELECOM.rgb(), UtilityType.HEAT.rgb(),
                UtilityType.OTHER.rgb());
        // the element counts of the four files (water 7, sewer 6, gas 7, elec 2)
        assertThat(legend).extracting(LegendEntry::count).containsExactly(7, 6, 7, 2, 0, 0, 0);
        for (CityObject o : objects) {
            String file = Path.of(o.sourceFile()).getFileName().toString();
            int c = r.classification().classOfObject().get(o.id());
            String expected = file.startsWith("water") ? "Water" : file.startsWith("sewer") ? "Sewer" : file.startsWith("gas") ? "Gas" : "Electricity";
            assertThat(legend.get(c).label()).as(o.id() + " in " + file).isEqualTo(expected);
        }
    }

    @Test
    void estimatedDepthsArePaleAndLod1EnvelopesSeeThrough() {
        UtilityClassifier.Result highest = UtilityClassifier.classify(objects, UtilityClassifier.Mode.TYPE, LodChoice.HIGHEST);
        for (CityObject o : objects) {
            Look expected = o.utility() != null && o.utility().depthSource() == DepthSource.ESTIMATED ? Look.ESTIMATED : Look.SOLID;
            assertThat(highest.lookOfObject().get(o.id())).as(o.id()).isEqualTo(expected);
        }
        assertThat(highest.classification().title()).isEqualTo(highest.lookOfObject().containsValue(Look.ESTIMATED)
                ? "Utilities by type · pale: estimated depth" : "Utilities by type");
        UtilityClassifier.Result lod1 = UtilityClassifier.classify(objects, UtilityClassifier.Mode.TYPE, LodChoice.exactly(1));
        assertThat(lod1.lookOfObject().values()).containsOnly(Look.ENVELOPE);
        assertThat(lod1.classification().title()).contains("see-through: LOD1 may-be-here");
    }

    @Test
    void byDepthBandEachObjectFallsInTheBandOfItsCoverDepth() {
        UtilityClassifier.Result r = UtilityClassifier.classify(objects, UtilityClassifier.Mode.DEPTH_BAND, LodChoice.HIGHEST);
        List<LegendEntry> legend = r.classification().legend();
        assertThat(legend).extracting(LegendEntry::label).containsExactly("cover < 0.6 m", "cover 0.6 m – 1.2 m",
                "cover 1.2 m – 2 m", "cover 2 m – 3 m", "cover ≥ 3 m", "depth unknown");
        Map<Integer, Long> byBand = objects.stream().collect(Collectors.groupingBy(o -> {
            int b = o.utility() == null ? -1 : UtilityClassifier.band(o.utility().coverDepthM());
            return b < 0 ? legend.size() - 1 : b;
        }, Collectors.counting()));
        for (int i = 0; i < legend.size(); i++) {
            assertThat((long) legend.get(i).count()).as(legend.get(i).label()).isEqualTo(byBand.getOrDefault(i, 0L));
        }
        assertThat(UtilityClassifier.band(0.59)).isZero();
        assertThat(UtilityClassifier.band(0.6)).isEqualTo(1);
        assertThat(UtilityClassifier.band(3.0)).isEqualTo(4);
        assertThat(UtilityClassifier.band(Double.NaN)).isEqualTo(-1);
        assertThat(legend.get(legend.size() - 1).count()).as("objects without a known cover depth").isLessThan(objects.size());
    }
}
