package org.citytwin.pipeline.read;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.citygml4j.core.model.appearance.AbstractSurfaceData;
import org.citygml4j.core.model.appearance.AbstractSurfaceDataProperty;
import org.citygml4j.core.model.appearance.AbstractTextureParameterization;
import org.citygml4j.core.model.appearance.Appearance;
import org.citygml4j.core.model.appearance.Color;
import org.citygml4j.core.model.appearance.GeoreferencedTexture;
import org.citygml4j.core.model.appearance.GeometryReference;
import org.citygml4j.core.model.appearance.ParameterizedTexture;
import org.citygml4j.core.model.appearance.TexCoordList;
import org.citygml4j.core.model.appearance.TextureAssociation;
import org.citygml4j.core.model.appearance.TextureAssociationProperty;
import org.citygml4j.core.model.appearance.TextureCoordinates;
import org.citygml4j.core.model.appearance.X3DMaterial;
import org.citygml4j.core.model.core.AbstractFeature;
import org.citygml4j.core.visitor.ObjectWalker;
import org.citytwin.model.IssueCategory;
import org.citytwin.model.IssueMessage;
import org.citytwin.model.LoadIssue;
import org.citytwin.model.Severity;
import org.citytwin.model.SurfaceLook;
import org.citytwin.pipeline.appearance.AppearanceIndex;
import org.citytwin.pipeline.appearance.TexturedPolygon;

/**
 * Copies citygml4j appearances into an {@link AppearanceIndex}: ParameterizedTexture with TexCoordList
 * (targets by polygon id, coordinates by ring id) and X3DMaterial (diffuse colour and transparency).
 * GeoreferencedTexture and TexCoordGen are reported once per file as not supported; their surfaces keep
 * their plain colour.
 */
final class AppearanceConverter {

    private final AppearanceIndex index;
    private final String file;

    AppearanceConverter(AppearanceIndex index, String file) {
        this.index = index;
        this.file = file;
    }

    /** Takes every appearance inside the feature (a top-level Appearance, or those nested in a city object). */
    void addAll(AbstractFeature feature) {
        if (feature instanceof Appearance appearance) {
            add(appearance);
            return;
        }
        feature.accept(new ObjectWalker() {
            @Override
            public void visit(Appearance appearance) {
                add(appearance);
            }
        });
    }

    void add(Appearance appearance) {
        if (!index.acceptTheme(appearance.getTheme())) return;
        for (AbstractSurfaceDataProperty property : appearance.getSurfaceData()) {
            AbstractSurfaceData data = property.getObject();
            if (data instanceof ParameterizedTexture texture) add(texture);
            else if (data instanceof X3DMaterial material) add(material);
            else if (data instanceof GeoreferencedTexture georeferenced) unsupported(georeferenced.getId(),
                    "GeoreferencedTexture", "issues.appearance.georeferenced");
        }
    }

    private void add(ParameterizedTexture texture) {
        // resolved even without targets, so every missing image the file names is reported
        String path = index.textureFiles().resolve(texture.getImageURI());
        List<TextureAssociationProperty> targets = texture.getTextureParameterizations();
        if (path == null || targets == null) return; // missing image: reported by TextureFiles, surfaces keep their colour
        SurfaceLook look = SurfaceLook.texture(path);
        for (TextureAssociationProperty property : targets) {
            TextureAssociation association = property.getObject();
            if (association == null || association.getTextureParameterization() == null) continue;
            String polygonId = id(association.getTarget());
            AbstractTextureParameterization parameterization = association.getTextureParameterization().getObject();
            if (polygonId == null) continue;
            if (parameterization instanceof TexCoordList list) {
                Map<String, double[]> rings = new HashMap<>();
                for (TextureCoordinates coordinates : list.getTextureCoordinates()) {
                    String ringId = coordinates.getRing() == null ? null : stripHash(coordinates.getRing().getHref());
                    if (ringId != null && coordinates.getValue() != null) rings.put(ringId, toArray(coordinates.getValue()));
                }
                if (!rings.isEmpty()) index.putTexture(polygonId, new TexturedPolygon(look, rings));
            } else if (parameterization != null) {
                unsupported(polygonId, "TexCoordGen", "issues.appearance.texcoordgen");
            }
        }
    }

    private void add(X3DMaterial material) {
        if (material.getTargets() == null || material.getTargets().isEmpty()) return;
        Color c = material.getDiffuseColor();
        double r = c != null ? c.getRed() : 0.8, g = c != null ? c.getGreen() : 0.8, b = c != null ? c.getBlue() : 0.8;
        double alpha = 1 - (material.getTransparency() != null ? material.getTransparency() : 0);
        SurfaceLook look = SurfaceLook.colour(channel(alpha) << 24 | channel(r) << 16 | channel(g) << 8 | channel(b));
        for (GeometryReference target : material.getTargets()) {
            String id = id(target);
            if (id != null) index.putMaterial(id, look);
        }
    }

    /** {@code message}: the bundle key saying what is not supported. */
    private void unsupported(String gmlId, String key, String message) {
        index.reportOnce(key, new LoadIssue(Severity.WARNING, IssueCategory.UNSUPPORTED_FEATURE, file, 0, 0, gmlId,
                IssueMessage.of(message)));
    }

    private static String id(GeometryReference reference) {
        if (reference == null) return null;
        if (reference.getHref() != null) return stripHash(reference.getHref());
        return reference.getReferencedObject() != null ? reference.getReferencedObject().getId() : null;
    }

    private static String stripHash(String href) {
        if (href == null) return null;
        String s = href.trim();
        return s.startsWith("#") ? s.substring(1) : s;
    }

    private static double[] toArray(List<Double> values) {
        double[] a = new double[values.size()];
        for (int i = 0; i < a.length; i++) a[i] = values.get(i);
        return a;
    }

    private static int channel(double v) {
        return (int) Math.round(Math.max(0, Math.min(1, v)) * 255);
    }
}
