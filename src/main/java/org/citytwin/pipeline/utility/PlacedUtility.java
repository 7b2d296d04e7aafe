package org.citytwin.pipeline.utility;

import org.citytwin.model.MeshPart;
import org.citytwin.model.UtilityInfo;

/** A utility placed at depth: its semantics and the LOD0 mesh (tube or shaft) built from them, EMPTY when none. */
public record PlacedUtility(UtilityInfo info, MeshPart lod0) {
}
