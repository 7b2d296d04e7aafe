package org.citytwin.pipeline.utility;


import org.citytwin.model.MeshPart;
import org.citytwin.model.UtilityInfo;

import java.util.List;

/**
 * A utility placed at depth: its semantics, the LOD0 mesh (tube or shaft) built from them (EMPTY when none), and
 * implausible attribute values met on the way (full sentences naming attribute and value; a default was used).
 */
public record PlacedUtility(UtilityInfo info, MeshPart lod0, List<String> implausible) {

    public PlacedUtility(UtilityInfo info, MeshPart lod0) {
        this(info, lod0, List.of());
    }
}
