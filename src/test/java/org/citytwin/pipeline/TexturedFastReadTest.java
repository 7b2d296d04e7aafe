package org.citytwin.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.citytwin.geo.CrsResolver;
import org.citytwin.model.CityObject;
import org.citytwin.model.LocalFrame;
import org.citytwin.model.MeshPart;
import org.citytwin.model.SurfaceLook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Real textured PLATEAU files loaded with textures on, once with the direct StAX reader and once with citygml4j: every
 * object's faces get the same textures (image names, textured face counts, texture coordinates) and material colours.
 * The direct reader reads the building files itself, appearance first (Haneda 2022) or last (Shinjuku, Haneda 2020);
 * the furniture, vegetation and tunnel files mix both paths (their appearance read directly, their objects by citygml4j).
 */
class TexturedFastReadTest {

    static CrsResolver resolver;

    @BeforeAll
    static void startCrs() {
        resolver = new CrsResolver();
    }

    @AfterAll
    static void done() {
        resolver = null;
    }

    @ParameterizedTest
    @CsvSource({
            "src/test/resources/data/plateau/13104_shinjuku-ku_2020_ogc-urban-planning-ade-example/udx/bldg/53394517_bldg_6697_2_op_CityGML2.gml, true",
            "sample-citygml/13100_tokyo23-ku_2022_citygml_1_3_op/udx/bldg/53392633_bldg_6697_2_op.gml, true",
            "sample-citygml/13100_tokyo23-ku_2020_citygml_ota-ku-haneda/udx/bldg/53392642_bldg_6697_op2.gml, true",
            "src/test/resources/data/plateau/08220_tsukuba-shi_city_2023_citygml_2_op/udx/frn/54400098_frn_6697_op.gml, false",
            "src/test/resources/data/plateau/plateau-3.0-sample_nusamai/udx/veg/52385628_veg_6697_op.gml, false",
            "sample-citygml/13999_tokyo_udx-mlit_2023_citygml_2_sample-takeshiba_op/udx/tun/53393690_tun_6697_40_op.gml, false"})
    void theDirectReaderGivesEveryFaceTheSameLookAsCitygml4j(String name, boolean readDirectly) {
        Path file = Path.of(name);
        LoadStats fastStats = new LoadStats();
        Map<String, String> direct = looks(load(file, true, fastStats));
        Map<String, String> citygml4j = looks(load(file, false, new LoadStats()));

        assertThat(fastStats.fastFiles.sum()).as("read by the direct reader").isEqualTo(readDirectly ? 1 : 0);
        assertThat(citygml4j.values()).as("some faces carry a texture or colour of their own")
                .anyMatch(line -> !line.contains(" 0 textured, colours []"));
        assertThat(direct).isEqualTo(citygml4j);
    }

    private static CityFileLoad load(Path file, boolean fast, LoadStats stats) {
        String before = System.getProperty("citytwin.fastRead");
        System.setProperty("citytwin.fastRead", String.valueOf(fast));
        try (DatasetLoader loader = new DatasetLoader(resolver, 2)) {
            loader.setAtlases(false); // looks keep their image files
            loader.anchor(new LocalFrame(35.6, 139.7));
            return new CityFileLoad(loader.load(List.of(file), LoadProgress.NONE, new CancelToken(), stats)
                    .files().get(0).objects());
        } finally {
            if (before == null) System.clearProperty("citytwin.fastRead");
            else System.setProperty("citytwin.fastRead", before);
        }
    }

    private record CityFileLoad(List<CityObject> objects) {
    }

    /** Per object and LOD: textured faces, image names, colours, and each face's look and texture coordinates. */
    private static Map<String, String> looks(CityFileLoad load) {
        Map<String, String> out = new TreeMap<>();
        for (CityObject o : load.objects()) {
            o.meshes().forEach((lod, mesh) -> out.put(o.id() + " lod " + lod, describe(mesh)));
        }
        assertThat(out).isNotEmpty();
        return out;
    }

    private static String describe(MeshPart mesh) {
        TreeSet<String> images = new TreeSet<>();
        TreeSet<String> colours = new TreeSet<>();
        StringBuilder faces = new StringBuilder();
        for (int t = 0; t < mesh.triangleCount(); t++) {
            SurfaceLook look = mesh.lookOf(t);
            String what = look == null ? "-" : look.isTextured() ? Path.of(look.texturePath()).getFileName().toString()
                    : Integer.toHexString(look.argb());
            if (look != null && look.isTextured()) images.add(what);
            else if (look != null) colours.add(what);
            faces.append(what).append(',');
        }
        return mesh.triangleCount() + " faces, " + mesh.texturedTriangleCount() + " textured, colours " + colours
                + ", images " + images + ", faces " + faces.toString().hashCode()
                + ", texture coordinates " + Arrays.hashCode(mesh.texCoords());
    }
}
