package org.citytwin.pipeline;

import java.util.Map;
import org.citytwin.geo.CoordinateTransform;
import org.citytwin.model.MeshPart;
import org.citytwin.pipeline.read.FileHeader;
import org.citytwin.pipeline.read.RawCurve;
import org.citytwin.pipeline.read.RawFeature;
import org.citytwin.pipeline.utility.OccupierCodes;
import org.citytwin.pipeline.utility.PlacedUtility;
import org.citytwin.pipeline.utility.UtilityClasses;
import org.citytwin.pipeline.utility.UtilityPlacer;

/** Brings a utility's LOD0 curves into the local frame and places it at depth ({@link UtilityPlacer}). */
final class UtilityPlacement {

    private UtilityPlacement() {
    }

    static PlacedUtility place(RawFeature raw, Map<Integer, MeshPart> meshes, FileHeader header, FileContext context) {
        double[] line = null;
        double[] point = null;
        for (RawCurve curve : raw.curves()) {
            if (curve.lod() != 0) continue;
            if (curve.point() && point == null) point = curve.xyz().clone();
            if (!curve.point() && line == null) line = curve.xyz().clone();
        }
        if (line != null || point != null) {
            double[] first = header.firstPoint() != null ? header.firstPoint() : (line != null ? line : point);
            CoordinateTransform transform = context.transform(header.srsName(), first[0], first[1]);
            if (line != null) transform.toLocal(line);
            if (point != null) transform.toLocal(point);
        }
        String elementClass = UtilityClasses.elementClass(raw.type());
        String occupier = new org.citytwin.pipeline.utility.UtilityAttributes(raw.attributes()).text("occupierType");
        return new UtilityPlacer(elementClass, raw.attributes(), meshes, OccupierCodes.label(occupier)).place(line, point);
    }
}
