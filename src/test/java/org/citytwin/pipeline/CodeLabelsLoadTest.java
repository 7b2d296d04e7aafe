package org.citytwin.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.citytwin.geo.CrsResolver;
import org.citytwin.model.Attribute;
import org.citytwin.model.CityFile;
import org.citytwin.model.CityObject;
import org.citytwin.model.LoadIssue;
import org.citytwin.model.Severity;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Coded attributes get their labels from the delivery's codelists/ while loading real PLATEAU files. */
class CodeLabelsLoadTest {

    static final Path HANEDA_DATASET = Path.of("sample-citygml/13100_tokyo23-ku_2022_citygml_1_3_op");
    static final Path HANEDA = HANEDA_DATASET.resolve("udx/bldg/53392633_bldg_6697_2_op.gml");
    static final Path TOKYO_MINI = Path.of("sample-citygml/13100_tokyo23-ku_2020_citygml_mini/udx/bldg/53394525_bldg_6697_2_op.gml");

    static CrsResolver crs;

    @BeforeAll
    static void startCrs() {
        crs = new CrsResolver();
    }

    @AfterAll
    static void done() {
        crs = null;
    }

    private static List<CityFile> load(Path... paths) {
        try (DatasetLoader loader = new DatasetLoader(crs)) {
            return loader.load(List.of(paths), LoadProgress.NONE, new CancelToken()).files();
        }
    }

    @Test
    void haneda2022CityAndZoneCodesGetTheirLabels() {
        CityFile file = load(HANEDA).get(0);

        assertThat(file.objects()).hasSize(9);
        for (CityObject building : file.objects()) {
            Attribute city = building.attribute("uro:city");
            assertThat(city.value()).as("raw code is kept").isEqualTo("13111");
            assertThat(city.codeSpace()).isEqualTo("../../codelists/Common_localPublicAuthorities.xml");
            assertThat(city.label()).isEqualTo("東京都大田区");
            Attribute zone = building.attribute("uro:districtsAndZonesType");
            assertThat(zone.value()).isEqualTo("11");
            assertThat(zone.label()).isEqualTo("準工業地域");
            Attribute height = building.attribute("bldg:measuredHeight");
            assertThat(height.unit()).isEqualTo("m");
            assertThat(height.label()).isNull();
        }
        assertThat(file.issues()).as("every list the file names is in codelists/")
                .noneMatch(i -> i.message().contains("Code list"));
    }

    @Test
    void tokyo2020MiniWithIur14ResolvesCodesToo() {
        // uro 1.4 (kantei.go.jp namespace): uro:city 13104 and uro:districtsAndZonesType 10 in its own codelists/
        CityObject building = load(TOKYO_MINI).get(0).objects().get(0);

        assertThat(building.attribute("uro:city").label()).isEqualTo("東京都新宿区");
        assertThat(building.attribute("uro:districtsAndZonesType").value()).isEqualTo("10");
        assertThat(building.attribute("uro:districtsAndZonesType").label()).isEqualTo("商業地域");
        assertThat(building.attribute("bldg:measuredHeight").unit()).isEqualTo("m");
    }

    @Test
    void aDeliveryWithoutItsCodelistsFolderGetsOneWarningForTheFolder(@TempDir Path dir) throws Exception {
        Path bldg = Files.createDirectories(dir.resolve("udx/bldg"));
        Path copy = Files.copy(HANEDA, bldg.resolve("a_bldg.gml"));

        List<CityFile> files = load(copy);

        List<LoadIssue> warnings = files.get(0).issues().stream().filter(i -> i.message().contains("ode-list")
                || i.message().contains("ode list")).toList();
        assertThat(warnings).hasSize(1);
        assertThat(warnings.get(0).message()).contains(dir.resolve("codelists").toAbsolutePath().toString())
                .contains("does not exist");
        assertThat(files.get(0).objects().get(0).attribute("uro:city").value()).isEqualTo("13111");
    }

    @Test
    void aMissingCodeListIsOneWarningPerLoadNamingIt(@TempDir Path dir) throws Exception {
        // a PLATEAU layout whose two building files point uro:city and uro:prefecture at a list that is not there
        copyCodeLists(dir.resolve("codelists"));
        Path bldg = Files.createDirectories(dir.resolve("udx/bldg"));
        String gml = Files.readString(HANEDA).replace("Common_localPublicAuthorities.xml", "Missing_authorities.xml");
        Path first = Files.writeString(bldg.resolve("a_bldg.gml"), gml);
        Path second = Files.writeString(bldg.resolve("b_bldg.gml"), gml);

        List<CityFile> files = load(first, second);

        List<LoadIssue> warnings = files.stream().flatMap(f -> f.issues().stream())
                .filter(i -> i.message().contains("Missing_authorities.xml")).toList();
        assertThat(warnings).hasSize(1);
        LoadIssue warning = warnings.get(0);
        assertThat(warning.severity()).isEqualTo(Severity.WARNING);
        // files load in parallel: whichever meets the list first reports it, naming itself
        assertThat(warning.file()).isIn(first.toString(), second.toString());
        assertThat(warning.message()).contains(dir.resolve("codelists/Missing_authorities.xml").toAbsolutePath().toString())
                .contains(Path.of(warning.file()).getFileName().toString());
        CityObject building = files.get(1).objects().get(0);
        assertThat(building.attribute("uro:city").value()).isEqualTo("13111");
        assertThat(building.attribute("uro:city").label()).isNull();
        assertThat(building.attribute("uro:districtsAndZonesType").label()).as("other lists still resolve").isEqualTo("準工業地域");
    }

    private static void copyCodeLists(Path target) throws Exception {
        Files.createDirectories(target);
        try (Stream<Path> lists = Files.list(HANEDA_DATASET.resolve("codelists"))) {
            for (Path list : lists.toList()) Files.copy(list, target.resolve(list.getFileName()));
        }
    }
}
