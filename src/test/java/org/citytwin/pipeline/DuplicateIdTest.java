package org.citytwin.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.citytwin.geo.CrsResolver;
import org.citytwin.model.Attribute;
import org.citytwin.model.CityFile;
import org.citytwin.model.CityObject;
import org.citytwin.model.IssueCategory;
import org.citytwin.model.LoadIssue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Regression: two buildings sharing a gml:id became three objects, one a phantom without geometry. */
class DuplicateIdTest {

    @TempDir
    Path dir;

    private static String building(String id, String height, double x) {
        return "  <core:cityObjectMember>\n    <bldg:Building gml:id=\"" + id + "\">\n"
                + "      <bldg:measuredHeight uom=\"m\">" + height + "</bldg:measuredHeight>\n"
                + "      <bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface><gml:surfaceMember><gml:Polygon>"
                + "<gml:exterior><gml:LinearRing><gml:posList srsDimension=\"3\">" + x + " 0 0 " + (x + 10) + " 0 0 "
                + (x + 10) + " 10 0 " + x + " 10 0 " + x + " 0 0</gml:posList></gml:LinearRing></gml:exterior>"
                + "</gml:Polygon></gml:surfaceMember></gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>\n"
                + "    </bldg:Building>\n  </core:cityObjectMember>\n";
    }

    @Test
    void twoBuildingsSharingAnIdAreTwoObjectsWithTheirOwnGeometryAndOneWarning() throws IOException {
        Path file = dir.resolve("dup.gml");
        Files.writeString(file, """
                <?xml version="1.0" encoding="UTF-8"?>
                <core:CityModel xmlns:core="http://www.opengis.net/citygml/2.0" xmlns:gml="http://www.opengis.net/gml"
                    xmlns:bldg="http://www.opengis.net/citygml/building/2.0">
                """ + building("same", "11", 0) + building("other", "33", 100) + building("same", "22", 50)
                + "</core:CityModel>\n", StandardCharsets.UTF_8);

        CityFile result;
        try (DatasetLoader loader = new DatasetLoader(new CrsResolver(), 2)) {
            result = loader.load(List.of(file), LoadProgress.NONE, new CancelToken()).files().get(0);
        }

        List<CityObject> same = result.objects().stream().filter(o -> o.id().equals("same")).toList();
        assertThat(result.objects()).hasSize(3);
        assertThat(same).hasSize(2);
        assertThat(result.objects()).allSatisfy(o -> assertThat(o.displayMesh().triangleCount()).as(o.id()).isPositive());
        // each keeps its own attributes and its own place
        assertThat(same).extracting(o -> height(o)).containsExactlyInAnyOrder("11", "22");
        for (CityObject o : same) {
            double minX = Double.MAX_VALUE;
            double[] v = o.displayMesh().vertices();
            for (int i = 0; i < v.length; i += 3) minX = Math.min(minX, v[i]);
            double expectedX = "11".equals(height(o)) ? 0 : 50;
            assertThat(minX - firstMinX(result)).isCloseTo(expectedX, org.assertj.core.api.Assertions.within(0.01));
        }
        List<LoadIssue> duplicates = result.issues().stream().filter(i -> i.category() == IssueCategory.DUPLICATE_ID).toList();
        assertThat(duplicates).singleElement().satisfies(i -> {
            assertThat(i.gmlId()).isEqualTo("same");
            assertThat(i.message()).contains("\"same\"").contains("line 5").contains("line 17");
            assertThat(i.line()).isEqualTo(17);
        });
    }

    private static double firstMinX(CityFile file) {
        CityObject first = file.objects().get(0);
        double minX = Double.MAX_VALUE;
        double[] v = first.displayMesh().vertices();
        for (int i = 0; i < v.length; i += 3) minX = Math.min(minX, v[i]);
        return minX;
    }

    private static String height(CityObject o) {
        return o.attributes().stream().filter(a -> a.name().endsWith("measuredHeight")).map(Attribute::value)
                .findFirst().orElse(null);
    }
}
