package org.citytwin.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.citytwin.geo.CrsResolver;
import org.citytwin.model.CityFile;
import org.citytwin.model.CityObject;
import org.citytwin.model.FeatureKind;
import org.citytwin.model.Severity;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every thematic module PLATEAU ships loads with its own type, kind and triangles, from a real file. */
class PlateauModulesTest {

    private static DatasetLoader loader;

    @BeforeAll
    static void start() {
        loader = new DatasetLoader(new CrsResolver());
    }

    @AfterAll
    static void stop() {
        loader.close();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "src/test/resources/data/plateau/14212_atsugi-shi_city_2023_citygml_2_op/udx/squr/533912_squr_6697_op.gml, tran:Square, 2, TRANSPORTATION",
            "src/test/resources/data/plateau/16202_takaoka-shi_city_2024_citygml_1_op/udx/rwy/55360728_rwy_6697.gml, tran:Railway, 4, TRANSPORTATION",
            "src/test/resources/data/plateau/22203_numazu-shi_city_2023_citygml_3_op/udx/wwy/52384698_wwy_6697_op.gml, uro:Waterway, 9, TRANSPORTATION",
            "src/test/resources/data/plateau/22203_numazu-shi_city_2023_citygml_3_op/udx/area/523856_area_6697_op.gml, urf:Zone, 2, URBAN_PLANNING",
            "src/test/resources/data/plateau/40223_koga-shi_city_2024_citygml_1_op/udx/gen/50304358_gen_6697_f20_op.gml, gen:GenericCityObject, 1, GENERIC",
            "src/test/resources/data/plateau/13105_bunkyo-ku_pref_2025_citygml_1_op/udx/wtr/533945_wtr_6697_op.gml, wtr:WaterBody, 5, WATER",
            "src/test/resources/data/plateau/13115_suginami-ku_city_2024_citygml_1_op/udx/tran/53394503_tran_6697_op.gml, tran:Road, 1, TRANSPORTATION",
            "src/test/resources/data/plateau/plateau-3.0-sample_nusamai/udx/cons/52384698_cons_6697_1.gml, uro:OtherConstruction, 1, CONSTRUCTION",
            "src/test/resources/data/plateau/plateau-3.0-sample_nusamai/udx/ubld/51324378_ubld_6697.gml, uro:UndergroundBuilding, 1, UNDERGROUND_BUILDING",
            "src/test/resources/data/plateau/plateau-3.0-sample_nusamai/udx/veg/52385628_veg_6697_op.gml, veg:SolitaryVegetationObject, 19, VEGETATION",
            "sample-citygml/13100_tokyo23-ku_2020_citygml_mini/udx/dem/533925_dem_6697_op.gml, dem:ReliefFeature, 1, TERRAIN",
            "sample-citygml/13100_tokyo23-ku_2020_citygml_mini/udx/luse/533925_luse_6697_park_op.gml, luse:LandUse, 10, LAND_USE",
            "sample-citygml/13100_tokyo23-ku_2020_citygml_mini/udx/frn/53394525_frn_6697_sjkms_op.gml, frn:CityFurniture, 2, CITY_FURNITURE",
            "sample-citygml/13100_tokyo23-ku_2020_citygml_mini/udx/urf/533925_urf_6668_kodo_op.gml, urf:DistrictsAndZones, 15, URBAN_PLANNING",
            "sample-citygml/13999_tokyo_udx-mlit_2023_citygml_2_sample-takeshiba_op/udx/tun/53393690_tun_6697_40_op.gml, tun:Tunnel, 1, TUNNEL",
    })
    void moduleLoadsWithTriangles(String path, String type, int count, FeatureKind kind) {
        CityFile file = loader.load(List.of(Path.of(path)), LoadProgress.NONE, new CancelToken()).files().get(0);

        assertThat(file.counts()).containsEntry(type, count);
        List<CityObject> ofType = file.objects().stream().filter(o -> o.type().equals(type)).toList();
        assertThat(ofType).allSatisfy(o -> assertThat(o.kind()).isEqualTo(kind));
        assertThat(ofType.stream().mapToLong(o -> o.displayMesh().triangleCount()).sum()).isPositive();
        assertThat(file.issues()).noneMatch(i -> i.severity() == Severity.ERROR);
    }
}
