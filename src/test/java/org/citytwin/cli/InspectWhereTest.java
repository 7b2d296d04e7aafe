package org.citytwin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;

/** {@code inspect --where} selects exactly the objects the expression describes. */
class InspectWhereTest {

    static final Path NIIZA = Path.of("sample-citygml/11230_niiza-shi_2020_lod1-full-tile_citygml-osm/udx/bldg/53395404_bldg_6697_op.gml");

    @Test
    void niizaBuildingsTallerThan10mAreExactlyThoseTheXmlSays() throws Exception {
        CliRunner.Run run = CliRunner.run("inspect", NIIZA.toString(), "--where", "measuredHeight > 10");

        assertThat(run.exitCode()).isZero();
        Set<String> listed = new HashSet<>(Arrays.asList(run.out().strip().split("\\R")));
        Set<String> expected = idsTallerThan(NIIZA, 10);
        assertThat(expected).hasSizeGreaterThan(5);
        assertThat(listed).isEqualTo(expected);
    }

    @Test
    void jsonListsMatchesWithTypeAndFileAndLabelsWork() throws Exception {
        CliRunner.Run run = CliRunner.run("inspect",
                "sample-citygml/13100_tokyo23-ku_2022_citygml_1_3_op/udx/bldg/53392633_bldg_6697_2_op.gml", "--json",
                "--where", "districtsAndZonesType = \"準工業地域\" and not (measuredHeight < 0)");

        JsonNode root = new ObjectMapper().readTree(run.out());
        assertThat(root.get("count").asInt()).isEqualTo(9);
        assertThat(root.get("matches").get(0).get("type").asText()).isEqualTo("bldg:Building");
    }

    @Test
    void aBrokenExpressionSaysWhereAndExitsWithTwo() {
        CliRunner.Run run = CliRunner.run("inspect", NIIZA.toString(), "--where", "measuredHeight > ");

        assertThat(run.exitCode()).isEqualTo(2);
    }

    /** Independent of the loader: a plain StAX pass pairing each building's gml:id with its bldg:measuredHeight. */
    private static Set<String> idsTallerThan(Path file, double limit) throws Exception {
        Set<String> ids = new HashSet<>();
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        try (var in = Files.newInputStream(file)) {
            XMLStreamReader r = factory.createXMLStreamReader(in);
            List<String> buildingIds = new ArrayList<>();
            while (r.hasNext()) {
                int e = r.next();
                if (e == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("Building")) {
                    buildingIds.add(r.getAttributeValue("http://www.opengis.net/gml", "id"));
                } else if (e == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("measuredHeight")) {
                    double h = Double.parseDouble(r.getElementText().strip());
                    if (h > limit) ids.add(buildingIds.get(buildingIds.size() - 1));
                }
            }
        }
        return ids;
    }
}
