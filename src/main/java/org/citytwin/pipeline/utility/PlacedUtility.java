package org.citytwin.pipeline.utility;


import org.citytwin.model.IssueMessage;
import org.citytwin.model.MeshPart;
import org.citytwin.model.UtilityInfo;

import java.util.List;

/**
 * A utility placed at depth: its semantics, the LOD0 mesh (tube or shaft) built from them (EMPTY when none),
 * implausible attribute values met on the way (full sentences naming attribute and value; a default was used), and
 * the first size read without a unit (e.g. "utility:interiorDiameter 300 read as 0.3 m"), null when none.
 */
public record PlacedUtility(UtilityInfo info, MeshPart lod0, List<IssueMessage> implausible, IssueMessage unitlessSize) {

    public PlacedUtility(UtilityInfo info, MeshPart lod0) {
        this(info, lod0, List.of(), null);
    }
}
