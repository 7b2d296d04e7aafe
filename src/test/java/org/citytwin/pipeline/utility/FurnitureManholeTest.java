package org.citytwin.pipeline.utility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.citytwin.geo.CrsResolver;
import org.citytwin.model.CityFile;
import org.citytwin.model.CityObject;
import org.citytwin.model.FeatureKind;
import org.citytwin.model.MeshPart;
import org.citytwin.pipeline.CancelToken;
import org.citytwin.pipeline.DatasetLoader;
import org.citytwin.pipeline.LoadProgress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Manholes exported as plain frn:CityFurniture with only a point at street level become shafts, benches do not. */
class FurnitureManholeTest {

    @Test
    void aManholeCoverPointIsDrawnAsItsShaft(@TempDir Path dir) throws Exception {
        Path path = dir.resolve("manholes.gml");
        Files.writeString(path, """
                <?xml version="1.0" encoding="UTF-8"?>
                <core:CityModel xmlns:core="http://www.opengis.net/citygml/2.0" xmlns:gml="http://www.opengis.net/gml"
                    xmlns:frn="http://www.opengis.net/citygml/cityfurniture/2.0">
                  <gml:boundedBy><gml:Envelope srsName="EPSG:25832" srsDimension="3">
                    <gml:lowerCorner>500000 5400000 40</gml:lowerCorner><gml:upperCorner>500100 5400100 60</gml:upperCorner>
                  </gml:Envelope></gml:boundedBy>
                  <core:cityObjectMember><frn:CityFurniture gml:id="mh1">
                    <gml:name>Schacht 4711</gml:name><frn:function>manhole</frn:function>
                    <frn:lod1Geometry><gml:Point><gml:pos>500010 5400010 52.5</gml:pos></gml:Point></frn:lod1Geometry>
                  </frn:CityFurniture></core:cityObjectMember>
                  <core:cityObjectMember><frn:CityFurniture gml:id="bench">
                    <frn:function>bench</frn:function>
                    <frn:lod1Geometry><gml:Point><gml:pos>500020 5400010 52.5</gml:pos></gml:Point></frn:lod1Geometry>
                  </frn:CityFurniture></core:cityObjectMember>
                </core:CityModel>
                """);
        CityFile file;
        try (DatasetLoader loader = new DatasetLoader(new CrsResolver(), 2)) {
            file = loader.load(List.of(path), LoadProgress.NONE, new CancelToken()).files().get(0);
        }
        CityObject manhole = file.objects().stream().filter(o -> o.id().equals("mh1")).findFirst().orElseThrow();
        assertThat(manhole.kind()).isEqualTo(FeatureKind.UTILITY);
        assertThat(manhole.utility().elementClass()).isEqualTo("Manhole");
        MeshPart shaft = manhole.meshes().get(0);
        assertThat(shaft.triangleCount()).isGreaterThan(0);
        double minZ = Double.MAX_VALUE, maxZ = -Double.MAX_VALUE;
        for (int v = 0; v < shaft.vertexCount(); v++) {
            minZ = Math.min(minZ, shaft.vertices()[3 * v + 2]);
            maxZ = Math.max(maxZ, shaft.vertices()[3 * v + 2]);
        }
        assertThat(maxZ).isCloseTo(manhole.utility().groundElevation(), within(1e-6));
        assertThat(maxZ - minZ).isCloseTo(UtilityClasses.MANHOLE_DEPTH, within(1e-6));

        CityObject bench = file.objects().stream().filter(o -> o.id().equals("bench")).findFirst().orElseThrow();
        assertThat(bench.kind()).isEqualTo(FeatureKind.CITY_FURNITURE);
        assertThat(bench.utility()).isNull();
    }
}
