package org.citytwin.pipeline.read;

import java.util.ArrayList;
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
import org.citytwin.pipeline.appearance.AppearanceIndex;

/**
 * Copies citygml4j appearances into an {@link AppearanceIndex}: ParameterizedTexture with TexCoordList
 * (targets by polygon id, coordinates by ring id) and X3DMaterial (diffuse colour and transparency).
 * GeoreferencedTexture and TexCoordGen are reported once per file as not supported; their surfaces keep
 * their plain colour. What goes into the index is decided by {@link AppearanceSink}, as for the direct reader.
 */
final class AppearanceConverter {

    private final AppearanceSink sink;

    AppearanceConverter(AppearanceIndex index, String file) {
        this.sink = new AppearanceSink(index, file);
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
        if (!sink.theme(appearance.getTheme())) return;
        for (AbstractSurfaceDataProperty property : appearance.getSurfaceData()) {
            AbstractSurfaceData data = property.getObject();
            if (data instanceof ParameterizedTexture texture) add(texture);
            else if (data instanceof X3DMaterial material) add(material);
            else if (data instanceof GeoreferencedTexture georeferenced) sink.georeferenced(georeferenced.getId());
        }
    }

    private void add(ParameterizedTexture texture) {
        List<TextureAssociationProperty> properties = texture.getTextureParameterizations();
        List<AppearanceSink.TextureTarget> targets = properties == null ? null : new ArrayList<>();
        if (properties != null) {
            for (TextureAssociationProperty property : properties) {
                TextureAssociation association = property.getObject();
                if (association == null || association.getTextureParameterization() == null) continue;
                String polygonId = id(association.getTarget());
                AbstractTextureParameterization parameterization = association.getTextureParameterization().getObject();
                if (polygonId == null) continue;
                if (parameterization instanceof TexCoordList list) {
                    Map<String, double[]> rings = new HashMap<>();
                    for (TextureCoordinates coordinates : list.getTextureCoordinates()) {
                        String ringId = coordinates.getRing() == null ? null : AppearanceSink.stripHash(coordinates.getRing().getHref());
                        if (ringId != null && coordinates.getValue() != null) rings.put(ringId, toArray(coordinates.getValue()));
                    }
                    targets.add(new AppearanceSink.TextureTarget(polygonId, rings));
                } else if (parameterization != null) {
                    targets.add(new AppearanceSink.TextureTarget(polygonId, null));
                }
            }
        }
        sink.texture(texture.getImageURI(), targets);
    }

    private void add(X3DMaterial material) {
        if (material.getTargets() == null || material.getTargets().isEmpty()) return;
        Color c = material.getDiffuseColor();
        double[] diffuse = c == null ? null : new double[] {c.getRed(), c.getGreen(), c.getBlue()};
        List<String> targets = new ArrayList<>();
        for (GeometryReference target : material.getTargets()) targets.add(id(target));
        sink.material(diffuse, material.getTransparency(), targets);
    }

    private static String id(GeometryReference reference) {
        if (reference == null) return null;
        if (reference.getHref() != null) return AppearanceSink.stripHash(reference.getHref());
        return reference.getReferencedObject() != null ? reference.getReferencedObject().getId() : null;
    }

    private static double[] toArray(List<Double> values) {
        double[] a = new double[values.size()];
        for (int i = 0; i < a.length; i++) a[i] = values.get(i);
        return a;
    }
}
