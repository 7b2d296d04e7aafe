package org.citytwin.pipeline;

import java.util.Map;
import org.citytwin.geo.CoordinateTransform;
import org.citytwin.model.IssueCategory;
import org.citytwin.model.IssueMessage;
import org.citytwin.model.LoadIssue;
import org.citytwin.model.MeshPart;
import org.citytwin.model.Severity;
import org.citytwin.pipeline.read.FileHeader;
import org.citytwin.pipeline.read.RawCurve;
import org.citytwin.pipeline.read.RawFeature;
import org.citytwin.pipeline.utility.CentreLines;
import org.citytwin.pipeline.utility.OccupierCodes;
import org.citytwin.pipeline.utility.PlacedUtility;
import org.citytwin.pipeline.utility.UtilityClasses;
import org.citytwin.pipeline.utility.UtilityPlacer;

/** Brings a utility's LOD0 curves into the local frame and places it at depth ({@link UtilityPlacer}). */
final class UtilityPlacement {

    private UtilityPlacement() {
    }

    /** @param elementClass the class to place it as (a furniture manhole: "Manhole"), null for the one its type names */
    static PlacedUtility place(RawFeature raw, Map<Integer, MeshPart> meshes, FileHeader header, FileContext context,
                               String elementClass) {
        double[] line = null;
        double[] point = null;
        int lowest = raw.curves().stream().mapToInt(RawCurve::lod).min().orElse(0);
        for (RawCurve curve : raw.curves()) {
            if (curve.lod() != lowest) continue; // PLATEAU: the LOD0 map geometry; UtilityNetwork ADE: its lowest LOD
            if (curve.point() && point == null) point = curve.xyz().clone();
            if (!curve.point()) line = line == null ? curve.xyz().clone() : CentreLines.join(line, curve.xyz());
        }
        if (line != null || point != null) {
            // the file's first point, else this element's own vertices (the first that is a position)
            CoordinateTransform transform = context.placement(header.srsName(), header.firstPoint(), 2,
                    java.util.List.of(line != null ? line : point)).transform();
            if (line != null) transform.toLocal(line);
            if (point != null) transform.toLocal(point);
        }
        if (elementClass == null) elementClass = UtilityClasses.elementClass(raw.type());
        String occupier = new org.citytwin.pipeline.utility.UtilityAttributes(raw.attributes()).text("occupierType");
        PlacedUtility placed = new UtilityPlacer(elementClass, raw.attributes(), meshes, OccupierCodes.label(occupier))
                .place(line, point);
        String id = ObjectBuilder.objectId(raw, context);
        if (placed.unitlessSize() != null && context.firstTime("unitless-size")) {
            context.addIssue(new LoadIssue(Severity.INFO, IssueCategory.OTHER, context.file(), raw.line(), 0, id,
                    IssueMessage.of("issues.utility.unitless", placed.unitlessSize(), raw.type(), id)));
        }
        for (IssueMessage problem : placed.implausible()) {
            context.addIssue(new LoadIssue(Severity.WARNING, IssueCategory.IMPLAUSIBLE_VALUE, context.file(), raw.line(), 0,
                    id, IssueMessage.of("issues.utility.implausible", raw.type(), id, problem)));
        }
        return placed;
    }
}
