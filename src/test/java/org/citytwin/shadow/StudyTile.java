package org.citytwin.shadow;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.citytwin.scenario.Edit;
import org.citytwin.scenario.Project;
import org.citytwin.scenario.ProjectStore;

/**
 * A real PLATEAU tile (Shinjuku 53394517: one LOD2 building, base 34.5 m) and a project whose scenario "tower" sketches
 * a 40 m box on open ground about 100 m east of it, with an L-shaped site drawn around the tower.
 */
public final class StudyTile {

    public static final Path TILE = Path.of("src/test/resources/data/plateau/13104_shinjuku-ku_2020_ogc-urban-planning-ade-example"
            + "/udx/bldg/53394517_bldg_6697_2_op_CityGML2.gml");
    /** South-west corner of the tower. */
    public static final double LAT = 35.6787, LON = 139.7195;
    public static final double TOWER_SIDE = 24, TOWER_HEIGHT = 40;
    /** The site in metres east/north of the tower's south-west corner: an L, concave at (32, 14). */
    public static final double[][] SITE_METRES = {{-6, -5}, {32, -5}, {32, 14}, {44, 14}, {44, 30}, {-6, 30}};

    private StudyTile() {
    }

    public static double[] latLon(double east, double north) {
        return new double[] {LAT + north / ShadowBox.metresPerDegreeLat(), LON + east / ShadowBox.metresPerDegreeLon(LAT)};
    }

    /** The site as the CLI reads it: "LAT,LON;LAT,LON;...". */
    public static String siteOption() {
        List<String> parts = new ArrayList<>();
        for (double[] m : SITE_METRES) {
            double[] ll = latLon(m[0], m[1]);
            parts.add(String.format(Locale.ROOT, "%.8f,%.8f", ll[0], ll[1]));
        }
        return String.join(";", parts);
    }

    public static Edit.Sketch tower() {
        List<Edit.LatLon> corners = new ArrayList<>();
        for (double[] m : new double[][] {{0, 0}, {TOWER_SIDE, 0}, {TOWER_SIDE, TOWER_SIDE}, {0, TOWER_SIDE}}) {
            double[] ll = latLon(m[0], m[1]);
            corners.add(new Edit.LatLon(ll[0], ll[1]));
        }
        return new Edit.Sketch("tower-1", "Tower", Edit.Sketch.Shape.BOX, corners, Double.NaN, Double.NaN, TOWER_HEIGHT);
    }

    /** Writes {@code dir/plan.citytwin} (its source: the tile, by absolute path) and returns it. */
    public static Path project(Path dir) throws IOException {
        Path file = dir.resolve("plan.citytwin");
        Project project = Project.of(List.of(TILE.toAbsolutePath().toString().replace('\\', '/')));
        project = project.withNewScenario("tower", null);
        project = project.withScenario(project.editable("tower").with(tower()));
        ProjectStore.save(project, file);
        return file;
    }
}
