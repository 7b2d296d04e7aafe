package org.citytwin.scene;

import java.util.EnumMap;
import java.util.Map;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.CullFace;
import javafx.scene.shape.MeshView;
import javafx.scene.shape.TriangleMesh;
import javafx.scene.shape.VertexFormat;
import org.citytwin.model.FeatureKind;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.citytwin.pipeline.tile.TextureAtlas;
import org.citytwin.pipeline.tile.TileMesh;

/**
 * Turns merged {@link TileMesh} data into MeshViews: one MeshView (one draw call) per tile mesh,
 * one shared PhongMaterial per feature kind and source file (a file's kind is coloured and faded alone; a new
 * file starts from the kind's material). A textured tile mesh also gets a material whose diffuse map
 * is its atlas; {@link #showTextures} switches between the two without touching the mesh.
 */
public final class TileMeshViews {
    private static final String TEXTURED = "citytwin.texturedMaterial";
    private static final String PLAIN = "citytwin.plainMaterial";
    private final Map<FeatureKind, PhongMaterial> materials = new EnumMap<>(FeatureKind.class);
    private final Map<FileKind, PhongMaterial> fileMaterials = new java.util.HashMap<>();
    private final java.util.Set<FileKind> hidden = new java.util.HashSet<>();

    /** One file's meshes of one kind. */
    private record FileKind(FeatureKind kind, String file) {
    }

    /** The material of one file's kind (the kind's own for meshes of no file), made from the kind's look on first use. */
    public PhongMaterial material(FeatureKind kind, String file) {
        if (file == null) return material(kind);
        return fileMaterials.computeIfAbsent(new FileKind(kind, file), k -> {
            PhongMaterial template = material(kind);
            PhongMaterial m = new PhongMaterial(template.getDiffuseColor());
            m.setSpecularColor(template.getSpecularColor());
            return m;
        });
    }

    /** Every per-file material of a kind made so far. */
    public java.util.List<PhongMaterial> fileMaterials(FeatureKind kind) {
        return fileMaterials.entrySet().stream().filter(e -> e.getKey().kind() == kind).map(Map.Entry::getValue).toList();
    }

    /** Whether views of this file's kind are created visible (they start hidden once the file's kind is hidden). */
    public boolean isShown(FeatureKind kind, String file) {
        return !hidden.contains(new FileKind(kind, file));
    }

    public void setShown(FeatureKind kind, String file, boolean shown) {
        if (shown) hidden.remove(new FileKind(kind, file));
        else hidden.add(new FileKind(kind, file));
    }

    /** The file whose meshes the view shows (null for none). */
    public static String file(MeshView view) {
        return view.getUserData() instanceof TileMesh tile ? tile.sourceFile() : null;
    }

    /** The view's own plain material (what it shows with textures off). */
    public static PhongMaterial plainMaterial(MeshView view) {
        return view.getProperties().get(PLAIN) instanceof PhongMaterial m ? m : null;
    }

    /** The shared material of a kind; colour is the kind's default, no specular (matte city). */
    public PhongMaterial material(FeatureKind kind) {
        return materials.computeIfAbsent(kind, k -> {
            int rgb = k.rgb();
            // planning zones and land use cover whole districts: translucent so buildings stay readable
            double alpha = isTranslucent(k) ? 0.45 : 1.0;
            PhongMaterial m = new PhongMaterial(premultiplied(Color.rgb((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF), alpha));
            m.setSpecularColor(Color.BLACK);
            return m;
        });
    }

    /**
     * A material colour at opacity {@code a}. Prism blends 3D faces as premultiplied colour (source × 1, destination
     * × (1 − alpha)), so a see-through diffuse colour must carry its channels multiplied by alpha, else it
     * adds up to white over whatever lies behind it.
     */
    public static Color premultiplied(Color straight, double a) {
        double alpha = Math.max(MIN_ALPHA, Math.min(1, a));
        return new Color(straight.getRed() * alpha, straight.getGreen() * alpha, straight.getBlue() * alpha, alpha);
    }

    /** The straight colour (with its opacity) of a premultiplied material colour. */
    public static Color straight(Color premultiplied) {
        double a = premultiplied.getOpacity();
        if (a <= 0 || a >= 1) return premultiplied;
        return new Color(Math.min(1, premultiplied.getRed() / a), Math.min(1, premultiplied.getGreen() / a),
                Math.min(1, premultiplied.getBlue() / a), a);
    }

    /** Fully transparent would lose the colour (0/0); this little is invisible on screen anyway. */
    private static final double MIN_ALPHA = 0.01;

    /** Kinds drawn see-through (and therefore last). */
    public static boolean isTranslucent(FeatureKind kind) {
        return kind == FeatureKind.URBAN_PLANNING || kind == FeatureKind.LAND_USE;
    }

    /**
     * Builds the MeshView. Points go from the local frame (x east, y north, z up) to JavaFX's Y-down
     * axes as (x, -z, y): a proper rotation, so windings keep their sense. The TileMesh is kept as
     * user data so picking can later resolve a face to its object.
     */
    public MeshView create(TileMesh tile) {
        return create(tile, true);
    }

    /** As {@link #create(TileMesh)}; {@code textures} picks the atlas material where the tile has one. */
    public MeshView create(TileMesh tile, boolean textures) {
        return create(tile, textures, true);
    }

    /**
     * As {@link #create(TileMesh, boolean)}; without {@code full} the view is made as if {@link #release}d (no mesh, no
     * atlas, hidden): what a tile over the memory budget arrives as, until {@link #restore} when it is seen.
     */
    MeshView create(TileMesh tile, boolean textures, boolean full) {
        return create(tile, textures, full, null);
    }

    /** As {@link #create(TileMesh, boolean, boolean)} from arrays built beforehand (null: built now). */
    MeshView create(TileMesh tile, boolean textures, boolean full, MeshArrays prepared) {
        MeshView view = full ? new MeshView(prepared != null ? prepared.toTriangleMesh() : toTriangleMesh(tile)) : new MeshView();
        if (prepared != null) TileCulling.remember(view, prepared.sphere());
        PhongMaterial plain = material(tile.kind(), tile.sourceFile());
        view.getProperties().put(PLAIN, plain);
        if (full && tile.isTextured()) {
            PhongMaterial atlas = texturedMaterial(tile);
            atlas.setDiffuseColor(premultiplied(Color.WHITE, plain.getDiffuseColor().getOpacity())); // fades with its file
            view.getProperties().put(TEXTURED, atlas);
        }
        showTextures(view, textures);
        view.setVisible(full && isShown(tile.kind(), tile.sourceFile()));
        // Each triangle comes twice, once per winding (toTriangleMesh): culling back faces leaves the copy whose
        // normal faces the eye, so a real sun lights a wall's seen side by where it faces, whatever the data's winding.
        view.setCullFace(CullFace.BACK);
        // Picking is our own ray cast; JavaFX picking tests every triangle on every mouse move.
        view.setMouseTransparent(true);
        view.setUserData(tile);
        return view;
    }

    /** Shows the view's atlas (when it has one) or its kind's plain colour. */
    public static void showTextures(MeshView view, boolean on) {
        Object textured = view.getProperties().get(TEXTURED);
        Object plain = view.getProperties().get(PLAIN);
        Object chosen = on && textured != null ? textured : plain;
        if (chosen instanceof PhongMaterial m) view.setMaterial(m);
    }

    /** The view's atlas material, or null. */
    public static PhongMaterial texturedMaterial(MeshView view) {
        return view.getProperties().get(TEXTURED) instanceof PhongMaterial m ? m : null;
    }

    /** True when the view has a texture atlas to show. */
    public static boolean isTextured(MeshView view) {
        return view.getProperties().get(TEXTURED) != null;
    }

    private static PhongMaterial texturedMaterial(TileMesh tile) {
        TextureAtlas atlas = tile.atlas();
        WritableImage image = new WritableImage(atlas.width(), atlas.height());
        image.getPixelWriter().setPixels(0, 0, atlas.width(), atlas.height(), PixelFormat.getIntArgbInstance(),
                atlas.argb(), 0, atlas.width());
        PhongMaterial m = new PhongMaterial(Color.WHITE);
        m.setDiffuseMap(image);
        m.setSpecularColor(Color.BLACK);
        return m;
    }

    /**
     * The tile as a two-sided JavaFX mesh: every triangle, then every triangle again with the opposite winding (face
     * {@code f + triangles} mirrors face {@code f}). Real data mixes ring orientations and JavaFX lights a face only
     * by its own normal, so with back faces culled the copy drawn is always the one facing the eye.
     */
    static TriangleMesh toTriangleMesh(TileMesh tile) {
        return MeshArrays.of(tile).toTriangleMesh();
    }

    /** The tile's points on JavaFX's axes (x, -z, y). */
    static float[] fxPoints(TileMesh tile) {
        float[] src = tile.points();
        float[] pts = new float[src.length];
        for (int i = 0; i + 2 < src.length; i += 3) {
            pts[i] = src[i];
            pts[i + 1] = -src[i + 2];
            pts[i + 2] = src[i + 1];
        }
        return pts;
    }

    /** The texture coordinates {@link #toTriangleMesh} gives the tile: its atlas coordinates, or one dummy pair. */
    static float[] texCoords(TileMesh tile) {
        return tile.isTextured() ? tile.texCoords() : new float[] {0f, 0f};
    }

    /** The faces (point, texcoord) {@link #toTriangleMesh} gives the tile: each triangle, then each mirrored. */
    static int[] faces(TileMesh tile) {
        int[] tri = tile.triangles();
        int[] faces = new int[tri.length * 4];
        boolean textured = tile.isTextured();
        int half = tri.length * 2;
        for (int t = 0; t + 2 < tri.length; t += 3) {
            for (int v = 0; v < 3; v++) {
                int point = tri[t + v];
                // textured: one atlas coordinate per point; else one dummy coordinate, colour from the material
                int coord = textured ? point : 0;
                faces[2 * (t + v)] = point;
                faces[2 * (t + v) + 1] = coord;
                int mirrored = half + 2 * (t + (3 - v) % 3); // a, b, c → a, c, b
                faces[mirrored] = point;
                faces[mirrored + 1] = coord;
            }
        }
        return faces;
    }

    /**
     * A one-sided untextured mesh (a {@link TileProxy}'s boxes, which wind outwards): half the faces of
     * {@link #toTriangleMesh}, the copy JavaFX draws for an outward winding with back faces culled.
     */
    static TriangleMesh toOneSidedMesh(TileMesh tile) {
        int[] tri = tile.triangles();
        int[] faces = new int[tri.length * 2];
        for (int t = 0; t + 2 < tri.length; t += 3) {
            for (int v = 0; v < 3; v++) faces[2 * (t + v)] = tri[t + v]; // outward counter-clockwise stays front on (x, -z, y)
        }
        TriangleMesh mesh = new TriangleMesh(VertexFormat.POINT_TEXCOORD);
        mesh.getPoints().setAll(fxPoints(tile));
        mesh.getTexCoords().setAll(0f, 0f);
        mesh.getFaces().setAll(faces);
        mesh.getFaceSmoothingGroups().setAll(new int[tile.triangleCount()]);
        return mesh;
    }

    /**
     * Bytes a tile's full view holds while resident: the JavaFX mesh arrays {@link #toTriangleMesh} makes (points,
     * texture coordinates, faces of both windings, smoothing groups) and its atlas image. Prism keeps a GPU copy of
     * about the same size, not counted.
     */
    public static long residentBytes(TileMesh tile) {
        long floats = tile.points().length + texCoordCount(tile);
        long ints = 4L * tile.triangles().length + 2L * tile.triangleCount();
        long atlas = tile.isTextured() ? 4L * tile.atlas().width() * tile.atlas().height() : 0;
        return 4 * (floats + ints) + atlas;
    }

    private static long texCoordCount(TileMesh tile) {
        return tile.isTextured() ? tile.texCoords().length : 2;
    }

    /**
     * Drops a tile view's JavaFX mesh and atlas image (the tile's data stays as user data): it draws nothing until
     * {@link #restore}. Its plain material stays.
     */
    static void release(MeshView view) {
        view.setMesh(null);
        view.getProperties().remove(TEXTURED);
        if (view.getProperties().get(PLAIN) instanceof PhongMaterial plain) view.setMaterial(plain);
    }

    /** Whether the view holds its mesh (not {@link #release}d). */
    static boolean isResident(MeshView view) {
        return view.getMesh() != null;
    }

    /** Rebuilds a released view's mesh and atlas from its tile data, exactly as {@link #create} made them. */
    void restore(MeshView view, boolean textures) {
        if (!(view.getUserData() instanceof TileMesh tile)) return;
        view.setMesh(toTriangleMesh(tile));
        PhongMaterial plain = plainMaterial(view);
        if (tile.isTextured()) {
            PhongMaterial atlas = texturedMaterial(tile);
            atlas.setDiffuseColor(premultiplied(Color.WHITE, plain == null ? 1 : plain.getDiffuseColor().getOpacity()));
            view.getProperties().put(TEXTURED, atlas);
        }
        showTextures(view, textures);
    }

    /** The proxy view of a full tile view: its boxes in the same plain material, back faces culled, mouse-transparent. */
    MeshView createProxy(MeshView full, TileMesh boxes) {
        MeshView view = new MeshView(toOneSidedMesh(boxes));
        PhongMaterial plain = plainMaterial(full);
        view.setMaterial(plain != null ? plain : material(boxes.kind(), boxes.sourceFile()));
        view.getProperties().put(PLAIN, view.getMaterial());
        view.setCullFace(CullFace.BACK);
        view.setMouseTransparent(true);
        view.setUserData(new TileProxy(full, boxes));
        view.setVisible(false);
        return view;
    }

    /** The tile triangle a face of {@link #toTriangleMesh} draws (its mirrored copy included). */
    public static int sourceTriangle(int face, TileMesh tile) {
        return face % tile.faceObject().length;
    }
}
