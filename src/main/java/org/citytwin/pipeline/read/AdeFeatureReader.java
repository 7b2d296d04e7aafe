package org.citytwin.pipeline.read;

import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import javax.xml.stream.XMLStreamReader;
import org.citytwin.model.Attribute;

/**
 * Reads a top-level feature of an ADE nobody here knows (e.g. {@code <test:IndustrialBuilding>} directly in a
 * cityObjectMember), which citygml4j skips whole. Every gml:Polygon or Triangle inside it, at any depth
 * (in solids, multi-surfaces, nested features), is kept: under the LOD of its nearest lodN element, else as
 * LOD {@value #LOD_WITHOUT_PROPERTY}, like other geometry without a LOD. The feature's name is read here; its
 * simple child elements are recorded as attributes by the {@link IurStreamFilter} as for any feature.
 * Fed every event of the feature's subtree, the feature's own start tag first.
 */
final class AdeFeatureReader {

    static final int LOD_WITHOUT_PROPERTY = 1;

    private final IurGeometryRecorder geometry;
    private int level;
    private StringBuilder name;
    private String firstName;

    AdeFeatureReader(int defaultDimension) {
        this.geometry = new IurGeometryRecorder(defaultDimension, LOD_WITHOUT_PROPERTY);
    }

    void start(XMLStreamReader r) {
        level++;
        geometry.start(r);
        if (level == 2 && firstName == null && "name".equals(r.getLocalName())
                && "gml".equals(CityGmlNamespaces.prefix(r.getNamespaceURI()))) {
            name = new StringBuilder();
        }
    }

    void characters(XMLStreamReader r) {
        geometry.characters(r);
        if (name != null) name.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
    }

    /** @return true when the feature's own end tag was reached */
    boolean end() {
        geometry.end();
        if (level == 2 && name != null) {
            firstName = name.toString().strip();
            name = null;
        }
        return --level == 0;
    }

    /** The feature read, with the attributes the filter recorded for it (coordinates in the file's CRS). */
    RawFeature feature(TopLevelRecord record) {
        Map<Integer, List<RawPolygon>> surfaces = geometry.surfaces();
        SortedSet<Integer> lods = new TreeSet<>(surfaces.keySet());
        geometry.curves().forEach(c -> lods.add(c.lod()));
        List<Attribute> attributes = List.copyOf(record.attributes);
        return new RawFeature(record.id, record.type, firstName, record.line, lods, surfaces, attributes, Map.of(),
                List.copyOf(geometry.curves()));
    }
}
