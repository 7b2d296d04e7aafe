package org.citytwin.pipeline.utility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.citytwin.geo.CrsResolver;
import org.citytwin.model.CityFile;
import org.citytwin.model.CityObject;
import org.citytwin.model.IssueCategory;
import org.citytwin.model.MeshPart;
import org.citytwin.model.UtilityInfo;
import org.citytwin.pipeline.CancelToken;
import org.citytwin.pipeline.DatasetLoader;
import org.citytwin.pipeline.LoadProgress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generated UtilityNetwork ADE sewer as cadastres export it: diameters with and without uom, a rectangular culvert,
 * a manhole as a SimpleFunctionalElement point at street level, and a topology joining two pipes through a node.
 */
class UtilityNetworkTopologyTest {

    @TempDir
    static Path dir;
    static CityFile file;

    private static String pipe(String type, String id, String size, String line) {
        return """
                <utility:component><utility:%s gml:id="%s">
                  <utility:topoGraph xlink:href="#fg_%s"/>
                  <utility:lod1Geometry><gml:LineString srsDimension="3"><gml:posList>%s</gml:posList></gml:LineString></utility:lod1Geometry>
                  %s
                </utility:%s></utility:component>
                """.formatted(type, id, id, line, size, type);
    }

    private static String graph(String id, double[] start, double[] end) {
        return """
                <utility:featureGraphMember><utility:FeatureGraph gml:id="fg_%s">
                  <utility:nodeMember><utility:Node gml:id="%s_n1"><utility:type>exterior</utility:type>
                    <utility:realization><gml:Point><gml:pos>%s</gml:pos></gml:Point></utility:realization></utility:Node></utility:nodeMember>
                  <utility:nodeMember><utility:Node gml:id="%s_n2"><utility:type>exterior</utility:type>
                    <utility:realization><gml:Point><gml:pos>%s</gml:pos></gml:Point></utility:realization></utility:Node></utility:nodeMember>
                  <utility:linkMember><utility:InteriorFeatureLink gml:id="%s_l">
                    <utility:start xlink:href="#%s_n1"/><utility:end xlink:href="#%s_n2"/></utility:InteriorFeatureLink></utility:linkMember>
                </utility:FeatureGraph></utility:featureGraphMember>
                """.formatted(id, id, pos(start), id, pos(end == null ? start : end), id, id, id);
    }

    private static String pos(double[] p) {
        return p[0] + " " + p[1] + " " + p[2];
    }

    @BeforeAll
    static void load() throws Exception {
        double x = 500000, y = 5400000, z = 50;
        String a = x + " " + y + " " + z + " " + (x + 20) + " " + y + " " + z;
        String b = (x + 20) + " " + y + " " + z + " " + (x + 40) + " " + y + " " + z;
        String c = x + " " + (y + 30) + " " + z + " " + (x + 20) + " " + (y + 30) + " " + z;
        String d = x + " " + (y + 60) + " " + z + " " + (x + 20) + " " + (y + 60) + " " + z;
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <core:CityModel xmlns:core="http://www.opengis.net/citygml/2.0" xmlns:gml="http://www.opengis.net/gml"
                    xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:utility="http://www.citygml.org/ade/utility/0.9.2">
                  <gml:boundedBy><gml:Envelope srsName="epsg:25832" srsDimension="3">
                    <gml:lowerCorner>%s %s 45</gml:lowerCorner><gml:upperCorner>%s %s 55</gml:upperCorner>
                  </gml:Envelope></gml:boundedBy>
                  <core:cityObjectMember><utility:Network gml:id="sewer">
                    <utility:transportedMedium><utility:LiquidMedium gml:id="m"><utility:type>wasteWater</utility:type></utility:LiquidMedium></utility:transportedMedium>
                    %s%s%s%s
                    <utility:component><utility:SimpleFunctionalElement gml:id="mh1">
                      <utility:topoGraph xlink:href="#fg_mh1"/>
                      <utility:lod1Geometry><gml:Point srsDimension="3"><gml:pos>%s %s %s</gml:pos></gml:Point></utility:lod1Geometry>
                    </utility:SimpleFunctionalElement></utility:component>
                    <utility:component><utility:SimpleFunctionalElement gml:id="v1">
                      <utility:function>valve</utility:function>
                      <utility:lod1Geometry><gml:Point srsDimension="3"><gml:pos>%s %s %s</gml:pos></gml:Point></utility:lod1Geometry>
                    </utility:SimpleFunctionalElement></utility:component>
                    <utility:topoGraph><utility:NetworkGraph gml:id="ng">
                      %s%s%s%s%s
                      <utility:linkMember><utility:InterFeatureLink gml:id="ab">
                        <utility:start xlink:href="#pa_n2"/><utility:end xlink:href="#pb_n1"/><utility:type>connects</utility:type>
                      </utility:InterFeatureLink></utility:linkMember>
                      <utility:linkMember><utility:InterFeatureLink gml:id="am">
                        <utility:start xlink:href="#pa_n1"/><utility:end xlink:href="#mh1_n1"/><utility:type>connects</utility:type>
                      </utility:InterFeatureLink></utility:linkMember>
                    </utility:NetworkGraph></utility:topoGraph>
                  </utility:Network></core:cityObjectMember>
                </core:CityModel>
                """.formatted(x - 10, y - 10, x + 50, y + 70,
                pipe("RoundPipe", "pa", "<utility:interiorDiameter>300</utility:interiorDiameter>", a),
                pipe("RoundPipe", "pb", "<utility:exteriorDiameter>0.25</utility:exteriorDiameter>", b),
                pipe("RoundPipe", "pc", "<utility:exteriorDiameter uom=\"mm\">200</utility:exteriorDiameter>", c),
                pipe("RectangularPipe", "pd", "<utility:exteriorWidth>800</utility:exteriorWidth>"
                        + "<utility:exteriorHeight>600</utility:exteriorHeight>", d),
                x, y, z, x + 30, y, z,
                graph("pa", new double[] {x, y, z}, new double[] {x + 20, y, z}),
                graph("pb", new double[] {x + 20, y, z}, new double[] {x + 40, y, z}),
                graph("pc", new double[] {x, y + 30, z}, new double[] {x + 20, y + 30, z}),
                graph("pd", new double[] {x, y + 60, z}, new double[] {x + 20, y + 60, z}),
                graph("mh1", new double[] {x, y, z}, null));
        Path path = dir.resolve("sewer.gml");
        Files.writeString(path, xml);
        try (DatasetLoader loader = new DatasetLoader(new CrsResolver(), 2)) {
            file = loader.load(List.of(path), LoadProgress.NONE, new CancelToken()).files().get(0);
        }
    }

    private static CityObject object(String id) {
        return file.objects().stream().filter(o -> o.id().equals(id)).findFirst().orElseThrow();
    }

    /** Largest distance of the LOD0 tube's vertices from the straight axis through its centre line's ends. */
    private static double tubeRadius(CityObject pipe) {
        double[] c = pipe.utility().centreLine();
        MeshPart m = pipe.meshes().get(0);
        double[] a = {c[0], c[1], c[2]};
        double[] d = {c[c.length - 3] - a[0], c[c.length - 2] - a[1], c[c.length - 1] - a[2]};
        double len = Math.sqrt(d[0] * d[0] + d[1] * d[1] + d[2] * d[2]);
        double max = 0;
        for (int v = 0; v < m.vertexCount(); v++) {
            double[] p = {m.vertices()[3 * v] - a[0], m.vertices()[3 * v + 1] - a[1], m.vertices()[3 * v + 2] - a[2]};
            double t = (p[0] * d[0] + p[1] * d[1] + p[2] * d[2]) / len;
            double r2 = p[0] * p[0] + p[1] * p[1] + p[2] * p[2] - t * t;
            max = Math.max(max, Math.sqrt(Math.max(0, r2)));
        }
        return max;
    }

    @Test
    void diametersWithAndWithoutUomGiveTubeRadii() {
        assertThat(tubeRadius(object("pa"))).isCloseTo(0.150, within(0.001)); // interiorDiameter 300, no uom: mm
        assertThat(tubeRadius(object("pb"))).isCloseTo(0.125, within(0.001)); // 0.25, no uom: metres
        assertThat(tubeRadius(object("pc"))).isCloseTo(0.100, within(0.001)); // 200 mm
        assertThat(object("pa").utility().outerDiameterM()).isCloseTo(0.3, within(0.001));
        assertThat(object("pa").utility().diameterDefaulted()).isFalse();
        assertThat(file.issues()).filteredOn(i -> i.message().contains("without a unit (uom) are read as millimetres"))
                .singleElement().satisfies(i -> assertThat(i.message()).contains("interiorDiameter 300 read as 0.3 m"));
    }

    @Test
    void rectangularPipeSweepsItsProfile() {
        MeshPart m = object("pd").meshes().get(0);
        double minY = Double.MAX_VALUE, maxY = -Double.MAX_VALUE, minZ = Double.MAX_VALUE, maxZ = -Double.MAX_VALUE;
        for (int v = 0; v < m.vertexCount(); v++) {
            minY = Math.min(minY, m.vertices()[3 * v + 1]);
            maxY = Math.max(maxY, m.vertices()[3 * v + 1]);
            minZ = Math.min(minZ, m.vertices()[3 * v + 2]);
            maxZ = Math.max(maxZ, m.vertices()[3 * v + 2]);
        }
        assertThat(maxY - minY).isCloseTo(0.8, within(0.001)); // the pipe runs east: width is its north-south extent
        assertThat(maxZ - minZ).isCloseTo(0.6, within(0.001));
    }

    @Test
    void simpleFunctionalElementPointBecomesAShaftFromTheStreet() {
        CityObject manhole = object("mh1");
        MeshPart shaft = manhole.meshes().get(0);
        assertThat(shaft.triangleCount()).isGreaterThan(0);
        double minZ = Double.MAX_VALUE, maxZ = -Double.MAX_VALUE;
        for (int v = 0; v < shaft.vertexCount(); v++) {
            minZ = Math.min(minZ, shaft.vertices()[3 * v + 2]);
            maxZ = Math.max(maxZ, shaft.vertices()[3 * v + 2]);
        }
        double street = manhole.utility().groundElevation();
        assertThat(maxZ).isCloseTo(street, within(1e-6)); // the cover lies in the street
        assertThat(maxZ - minZ).isCloseTo(UtilityClasses.MANHOLE_DEPTH, within(1e-6));
        assertThat(manhole.utility().outerDiameterM()).isEqualTo(UtilityClasses.MANHOLE_DIAMETER);

        // a valve is a device on its pipe: a small body at cover depth, no shaft up to the street
        CityObject valve = object("v1");
        MeshPart body = valve.meshes().get(0);
        double top = -Double.MAX_VALUE;
        for (int v = 0; v < body.vertexCount(); v++) top = Math.max(top, body.vertices()[3 * v + 2]);
        assertThat(top).isCloseTo(valve.utility().groundElevation() - UtilityClasses.DEFAULT_COVER_DEPTH, within(1e-6));
    }

    @Test
    void topologyTellsConnectedParts() {
        UtilityInfo a = object("pa").utility(), b = object("pb").utility(), c = object("pc").utility();
        assertThat(a.connectedPart()).isNotNull().isEqualTo(b.connectedPart()).isEqualTo(object("mh1").utility().connectedPart());
        assertThat(c.connectedPart()).isNotNull().isNotEqualTo(a.connectedPart());
        assertThat(a.connectedTo()).containsExactly("mh1", "pb");
        assertThat(c.connectedTo()).isEmpty();
        assertThat(a.network()).isEqualTo("sewer");
        assertThat(file.issues()).anySatisfy(i -> assertThat(i.message()).contains("joins them into 3 connected parts"));
    }

    @Test
    void theUtilityNetworkNamespaceIsNotAnUnknownAde() {
        assertThat(file.issues()).noneMatch(i -> i.category() == IssueCategory.UNKNOWN_ADE);
    }
}
