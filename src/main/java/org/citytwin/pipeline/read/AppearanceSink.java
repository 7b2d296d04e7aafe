package org.citytwin.pipeline.read;

import java.util.List;
import java.util.Map;
import org.citytwin.model.IssueCategory;
import org.citytwin.model.IssueMessage;
import org.citytwin.model.LoadIssue;
import org.citytwin.model.Severity;
import org.citytwin.model.SurfaceLook;
import org.citytwin.pipeline.appearance.AppearanceIndex;
import org.citytwin.pipeline.appearance.TexturedPolygon;

/**
 * Puts one file's appearance content into its {@link AppearanceIndex}, whichever reader parsed it (citygml4j objects
 * through {@link AppearanceConverter}, or the direct StAX reader through {@link FastAppearanceReader}), so both paths
 * give a polygon the same texture or colour. Thread-safe as the index is.
 */
final class AppearanceSink {

    /** A texture target: the polygon, and its texture coordinates by ring id (null: a TexCoordGen, not supported). */
    record TextureTarget(String polygonId, Map<String, double[]> rings) {
    }

    private final AppearanceIndex index;
    private final String file;

    AppearanceSink(AppearanceIndex index, String file) {
        this.index = index;
        this.file = file;
    }

    /** Records the theme of an appearance and says whether its surface data is shown. */
    boolean theme(String theme) {
        return index.acceptTheme(theme);
    }

    /** A global appearance followed city objects: they were built without it. */
    void markLate() {
        index.markLate();
    }

    /** A ParameterizedTexture; {@code targets} in document order, null targets skipped. */
    void texture(String imageUri, List<TextureTarget> targets) {
        // resolved even without targets, so every missing image the file names is reported
        String path = index.textureFiles().resolve(imageUri);
        if (path == null || targets == null) return; // missing image: reported by TextureFiles, surfaces keep their colour
        SurfaceLook look = SurfaceLook.texture(path);
        for (TextureTarget target : targets) {
            if (target.polygonId() == null) continue;
            if (target.rings() == null) {
                unsupported(target.polygonId(), "TexCoordGen", "issues.appearance.texcoordgen");
            } else if (!target.rings().isEmpty()) {
                index.putTexture(target.polygonId(), new TexturedPolygon(look, target.rings()));
            }
        }
    }

    /** An X3DMaterial: {@code diffuse} r, g, b (null: the default grey), transparency (null: 0), target ids. */
    void material(double[] diffuse, Double transparency, List<String> targets) {
        if (targets == null || targets.isEmpty()) return;
        double r = diffuse != null ? diffuse[0] : 0.8, g = diffuse != null ? diffuse[1] : 0.8, b = diffuse != null ? diffuse[2] : 0.8;
        double alpha = 1 - (transparency != null ? transparency : 0);
        SurfaceLook look = SurfaceLook.colour(channel(alpha) << 24 | channel(r) << 16 | channel(g) << 8 | channel(b));
        for (String id : targets) {
            if (id != null) index.putMaterial(id, look);
        }
    }

    void georeferenced(String gmlId) {
        unsupported(gmlId, "GeoreferencedTexture", "issues.appearance.georeferenced");
    }

    /** {@code message}: the bundle key saying what is not supported. */
    private void unsupported(String gmlId, String key, String message) {
        index.reportOnce(key, new LoadIssue(Severity.WARNING, IssueCategory.UNSUPPORTED_FEATURE, file, 0, 0, gmlId,
                IssueMessage.of(message)));
    }

    /** An xlink or uri reference to a gml:id ("#id" → "id"). */
    static String stripHash(String href) {
        if (href == null) return null;
        String s = href.trim();
        return s.startsWith("#") ? s.substring(1) : s;
    }

    private static int channel(double v) {
        return (int) Math.round(Math.max(0, Math.min(1, v)) * 255);
    }
}
