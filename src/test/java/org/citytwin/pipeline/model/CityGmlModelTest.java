package org.citytwin.pipeline.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import org.citytwin.model.GeometryMetrics;
import org.citytwin.model.MeshPart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real PLATEAU building file used as a proposal model: one mesh, centred on its plan, standing on z 0. */
class CityGmlModelTest {

    private static final Path HANEDA = Path.of("sample-citygml/13100_tokyo23-ku_2022_citygml_1_3_op/udx/bldg/53392633_bldg_6697_2_op.gml");

    @TempDir
    Path dir;

    @Test
    void aCityGmlFileBecomesOneCentredModel() throws Exception {
        ImportedModel model = ModelImporter.read(HANEDA);
        MeshPart mesh = model.mesh();
        assertThat(mesh.triangleCount()).isEqualTo(3421); // every building's shown LOD2 mesh, as inspect counts them
        double minX = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, minY = Double.MAX_VALUE, maxY = -Double.MAX_VALUE, minZ = Double.MAX_VALUE;
        double[] v = mesh.vertices();
        for (int i = 0; i < v.length; i += 3) {
            minX = Math.min(minX, v[i]);
            maxX = Math.max(maxX, v[i]);
            minY = Math.min(minY, v[i + 1]);
            maxY = Math.max(maxY, v[i + 1]);
            minZ = Math.min(minZ, v[i + 2]);
        }
        assertThat(minX + maxX).as("centred east-west").isCloseTo(0, within(1e-6));
        assertThat(minY + maxY).as("centred north-south").isCloseTo(0, within(1e-6));
        assertThat(minZ).isEqualTo(0);
        assertThat(model.height()).isCloseTo(GeometryMetrics.of(mesh).height(), within(1e-9)).isGreaterThan(40); // the control tower
        assertThat(maxX - minX).as("the tile's buildings span ~250 m").isBetween(200.0, 300.0);
    }

    @Test
    void aCityGmlFileWithoutSurfacesIsRefusedSayingWhy() throws Exception {
        Path empty = dir.resolve("empty.gml");
        Files.writeString(empty, "<core:CityModel xmlns:core=\"http://www.opengis.net/citygml/2.0\"/>");
        assertThatThrownBy(() -> ModelImporter.read(empty)).isInstanceOf(ModelFormatException.class)
                .hasMessageContaining("empty.gml").hasMessageContaining("cannot be used as a model");
    }
}
