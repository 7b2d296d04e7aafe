package org.citytwin.pipeline.utility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citytwin.geo.CrsResolver;
import org.citytwin.model.CityFile;
import org.citytwin.model.CityObject;
import org.citytwin.model.DepthSource;
import org.citytwin.model.FeatureKind;
import org.citytwin.model.IssueCategory;
import org.citytwin.model.LoadIssue;
import org.citytwin.model.UtilityInfo;
import org.citytwin.model.UtilityType;
import org.citytwin.pipeline.CancelToken;
import org.citytwin.pipeline.DatasetLoader;
import org.citytwin.pipeline.LoadProgress;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Nanaimo UtilityNetwork ADE 0.9.2 sample: nested network components become tubes; bad values are reported. */
class UtilityNetworkAdeTest {

    static final Path NANAIMO = Path.of("src/test/resources/data/utility/utilitynetwork-ade-nanaimo-water/nanaimo_water_pipes.gml");
    static CityFile file;
    static String xml;

    @BeforeAll
    static void load() throws Exception {
        xml = Files.readString(NANAIMO);
        try (DatasetLoader loader = new DatasetLoader(new CrsResolver(), 2)) {
            file = loader.load(List.of(NANAIMO), LoadProgress.NONE, new CancelToken()).files().get(0);
        }
    }

    @AfterAll
    static void done() {
        file = null;
        xml = null;
    }

    private static List<CityObject> ofType(String type) {
        return file.objects().stream().filter(o -> o.type().equals(type)).toList();
    }

    @Test
    void fiftySixPipesBecomeWaterTubes() {
        List<CityObject> pipes = ofType("utility:RoundPipe");
        assertThat(pipes).hasSize(56);
        for (CityObject pipe : pipes) {
            assertThat(pipe.kind()).isEqualTo(FeatureKind.UTILITY);
            UtilityInfo u = pipe.utility();
            assertThat(u.type()).as(pipe.id()).isEqualTo(UtilityType.WATER); // the network's freshWater medium
            assertThat(u.hasCentreLine()).as(pipe.id()).isTrue();
            assertThat(pipe.meshes().get(0).triangleCount()).as(pipe.id()).isGreaterThan(0);
            // every stated diameter is 0 or metre-scale: all drawn at the default, flagged as such
            assertThat(u.diameterDefaulted()).as(pipe.id()).isTrue();
            assertThat(u.outerDiameterM()).isEqualTo(UtilityClasses.defaultDiameter("RoundPipe"));
        }
        assertThat(ofType("utility:TerminalElement")).hasSize(28);
        assertThat(ofType("bldg:Building")).hasSize(28);
        assertThat(file.issues()).noneMatch(i -> i.category() == IssueCategory.UNSUPPORTED_FEATURE);
    }

    @Test
    void drapedLineIsLoweredByTheDefaultCoverDepth() {
        // first pipe: LineString z 128.813525539777 at its first vertex, taken from a DEM (elevationQuality estimated)
        CityObject pipe = file.objects().stream().filter(o -> o.id().equals("RoundPipeID_35a46b0f-e4a5-11e7-9dfd-40e230b7519d"))
                .findFirst().orElseThrow();
        UtilityInfo u = pipe.utility();
        assertThat(u.depthSource()).isEqualTo(DepthSource.ESTIMATED);
        assertThat(u.coverDepthM()).isEqualTo(UtilityClasses.DEFAULT_COVER_DEPTH);
        assertThat(u.centreLine()[2]).isCloseTo(128.813525539777 - UtilityClasses.DEFAULT_COVER_DEPTH - 0.075, within(1e-6));
        assertThat(u.year()).isEqualTo("1997-01-01");
    }

    @Test
    void suspiciousDiametersAndPlaceholderDatesAreDataQualityIssues() {
        Matcher m = Pattern.compile("<utility:RoundPipe gml:id=\"([^\"]+)\">.*?<utility:exteriorDiameter uom=\"cm\">([0-9.]+)<",
                Pattern.DOTALL).matcher(xml);
        int checked = 0;
        while (m.find()) {
            String id = m.group(1);
            String value = m.group(2);
            List<LoadIssue> issues = file.issues().stream()
                    .filter(i -> i.category() == IssueCategory.IMPLAUSIBLE_VALUE && id.equals(i.gmlId())
                            && i.message().contains("exteriorDiameter " + value + " cm"))
                    .toList();
            assertThat(issues).as(id + " " + value).hasSize(1);
            checked++;
        }
        assertThat(checked).isEqualTo(56);
        long placeholders = file.issues().stream()
                .filter(i -> i.category() == IssueCategory.IMPLAUSIBLE_VALUE && i.message().contains("0001-01-01")).count();
        assertThat(placeholders).isEqualTo(countOf("<utility:yearOfConstruction>0001-01-01<")).isEqualTo(29);
        assertThat(file.objects().stream().filter(o -> o.type().equals("utility:RoundPipe") && o.utility().year() == null))
                .hasSize(29);
    }

    private static int countOf(String text) {
        int n = 0;
        for (int i = xml.indexOf(text); i >= 0; i = xml.indexOf(text, i + 1)) n++;
        return n;
    }

    @Test
    void realTopologyIsReadAndTheAdeIsNotUnknown() {
        // two service pipes leave the main RoundPipe ..31 at nodes 0.3 m apart: InterFeatureLinks join each to the main
        CityObject service = file.objects().stream().filter(o -> o.id().equals("RoundPipeID_35a46b6b-e4a5-11e7-9dfd-40e230b7519d"))
                .findFirst().orElseThrow();
        UtilityInfo u = service.utility();
        assertThat(u.connectedTo()).contains("RoundPipeID_35a46b31-e4a5-11e7-9dfd-40e230b7519d");
        assertThat(u.network()).isEqualTo("NetworkID_31c3970a-e4a5-11e7-9dfd-40e230b7519d");
        CityObject main = file.objects().stream().filter(o -> o.id().equals("RoundPipeID_35a46b31-e4a5-11e7-9dfd-40e230b7519d"))
                .findFirst().orElseThrow();
        assertThat(main.utility().connectedPart()).isNotNull().isEqualTo(u.connectedPart());
        assertThat(main.utility().connectedTo()).contains(service.id());
        assertThat(file.issues()).noneMatch(i -> i.category() == IssueCategory.UNKNOWN_ADE);
        assertThat(file.issues()).noneMatch(i -> i.message().contains("topology graph is not read"));
    }
}
