package org.citytwin.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.citytwin.pipeline.appearance.TexturedPolygon;
import org.citytwin.pipeline.read.RawPolygon;

/** Matches a polygon's rings to the texture coordinates given per ring gml:id. */
final class TextureCoordinates {

    private TextureCoordinates() {
    }

    /**
     * s,t pairs per ring of the polygon, parallel to its rings; null when a ring has no coordinates or a
     * different number of points than its coordinates (then the polygon is drawn untextured rather than smeared).
     */
    static List<double[]> ofRings(TexturedPolygon texture, RawPolygon polygon) {
        List<double[]> rings = polygon.rings();
        List<double[]> out = new ArrayList<>(rings.size());
        for (int r = 0; r < rings.size(); r++) {
            String id = r < polygon.ringIds().size() ? polygon.ringIds().get(r) : null;
            double[] st = id != null ? texture.ringCoords().get(id) : null;
            if (st == null && rings.size() == 1 && texture.ringCoords().size() == 1) {
                st = texture.ringCoords().values().iterator().next(); // ring without id, only one candidate
            }
            if (st == null || st.length / 2 != rings.get(r).length / 3) return null;
            out.add(st);
        }
        return out;
    }
}
