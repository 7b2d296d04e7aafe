package org.citytwin.places;

import java.nio.file.Path;
import java.util.List;

/** One spatial cluster of loaded data: a name for lists, its files and the box they cover. */
public record Place(String name, List<Path> files, LatLonBox box) {
}
