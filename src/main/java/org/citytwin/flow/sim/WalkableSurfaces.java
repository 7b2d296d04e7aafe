package org.citytwin.flow.sim;

import java.util.ArrayList;
import java.util.List;
import org.citytwin.model.CityObject;
import org.citytwin.model.FeatureKind;
import org.citytwin.model.MeshPart;

/**
 * Finds where pedestrians can walk in loaded city objects: upward-facing triangles (tilt under 30 degrees) of
 * roads, squares and traffic areas, bridges (decks, stair treads) and underground buildings. The mesh carries
 * no surface semantics, and in the PLATEAU underground mall many room floors face down (the shell's ground
 * surface, reversed rings), so an underground building's floors are found by room instead of by orientation:
 * any horizontal triangle whose nearest surface above is a ceiling of the same building between
 * {@link #HEADROOM} and {@link #CEILING_SEARCH} metres higher. The roof has open sky above it, a ceiling or a
 * slab top has the next surface too close above.
 */
public final class WalkableSurfaces {
    /** cos(30 deg): steeper surfaces are walls, ramps people do not stand on, or roofs' slopes. */
    private static final double MIN_UP = Math.cos(Math.toRadians(30));
    private static final double CEILING_SEARCH = 12.0;
    private static final double HEADROOM = 2.0;

    public static final String UNDERGROUND = "underground";
    public static final String BRIDGE = "bridge";
    public static final String STREET = "street";

    private WalkableSurfaces() {
    }

    /**
     * The walkable surfaces of the given objects (others are ignored); may be empty. A scenario's proposals take
     * part: one marked walkable (a pedestrian deck, {@value #WALKABLE} = true) carries walkers on its upper faces as a
     * bridge does, and any building stands in their way: a surface inside a building's plan and height span is not
     * walked (a tower placed on a plaza takes that part of the plaza away).
     */
    public static WalkableMesh of(List<CityObject> objects) {
        WalkableMesh.Builder out = new WalkableMesh.Builder();
        BuildingObstacles obstacles = BuildingObstacles.of(objects.stream()
                .filter(o -> o.kind() == FeatureKind.BUILDING && !isWalkable(o)).toList());
        for (CityObject o : objects) {
            String level = isWalkable(o) ? BRIDGE : levelOf(o.kind());
            if (level == null) continue;
            MeshPart mesh = o.displayMesh();
            boolean indoor = o.kind() == FeatureKind.UNDERGROUND_BUILDING;
            List<double[][]> up = horizontalTriangles(mesh, indoor);
            if (indoor) {
                up = withHeadroom(up, mesh);
            }
            for (double[][] t : up) {
                if (!obstacles.blocks(t)) out.add(t[0], t[1], t[2], level);
            }
        }
        return out.build();
    }

    /** The attribute a proposal model carries when people walk on it (catalog "walkable": true). */
    public static final String WALKABLE = org.citytwin.model.ProposalAttributes.WALKABLE;

    static boolean isWalkable(CityObject o) {
        var a = o.attribute(WALKABLE);
        return a != null && "true".equals(a.value());
    }

    private static String levelOf(FeatureKind kind) {
        return switch (kind) {
            case UNDERGROUND_BUILDING -> UNDERGROUND;
            case BRIDGE -> BRIDGE;
            case TRANSPORTATION -> STREET;
            default -> null;
        };
    }

    private static List<double[][]> horizontalTriangles(MeshPart mesh, boolean eitherFacing) {
        List<double[][]> out = new ArrayList<>();
        double[] v = mesh.vertices();
        int[] t = mesh.triangles();
        for (int i = 0; i < t.length; i += 3) {
            double[] a = point(v, t[i]), b = point(v, t[i + 1]), c = point(v, t[i + 2]);
            double ux = b[0] - a[0], uy = b[1] - a[1], uz = b[2] - a[2];
            double wx = c[0] - a[0], wy = c[1] - a[1], wz = c[2] - a[2];
            double nx = uy * wz - uz * wy, ny = uz * wx - ux * wz, nz = ux * wy - uy * wx;
            double len = Math.sqrt(nx * nx + ny * ny + nz * nz);
            if (len > 0 && (eitherFacing ? Math.abs(nz) : nz) / len >= MIN_UP) out.add(new double[][] {a, b, c});
        }
        return out;
    }

    /** Keeps the triangles with a ceiling of the same mesh above their centroid, at standing height or more. */
    private static List<double[][]> withHeadroom(List<double[][]> candidates, MeshPart mesh) {
        WalkableMesh.Builder all = new WalkableMesh.Builder();
        double[] v = mesh.vertices();
        int[] t = mesh.triangles();
        for (int i = 0; i < t.length; i += 3) {
            all.add(point(v, t[i]), point(v, t[i + 1]), point(v, t[i + 2]), "");
        }
        WalkableMesh index = all.build();
        List<double[][]> out = new ArrayList<>();
        for (double[][] c : candidates) {
            double x = (c[0][0] + c[1][0] + c[2][0]) / 3, y = (c[0][1] + c[1][1] + c[2][1]) / 3;
            double z = (c[0][2] + c[1][2] + c[2][2]) / 3;
            double above = index.nearestAbove(x, y, z + 0.05, z + CEILING_SEARCH);
            if (above - z >= HEADROOM) out.add(c);
        }
        return out;
    }

    private static double[] point(double[] v, int i) {
        return new double[] {v[3 * i], v[3 * i + 1], v[3 * i + 2]};
    }
}
