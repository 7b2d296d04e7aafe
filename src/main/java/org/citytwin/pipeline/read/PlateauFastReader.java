package org.citytwin.pipeline.read;

import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;

/**
 * Reads the plain PLATEAU CityGML 2.0 features (buildings with boundary surfaces, roads, land use, TIN reliefs)
 * straight from the {@link IurStreamFilter}'s stream, without building citygml4j objects: about 60% of all
 * allocation during a load was citygml4j/xml-objects object building. The filter still sees every event, so
 * attributes, i-UR content, quality findings and links are recorded exactly as on the citygml4j path.
 * <p>
 * Only structure this reader fully understands is accepted; anything else ({@link Decline}) makes the caller read
 * the whole file with citygml4j instead. Coordinates stay text until a worker parses them ({@link FastFeature}).
 */
final class PlateauFastReader {

    /** {@code -Dcitytwin.fastRead=false} turns the fast path off (bench compares both). */
    static boolean enabled() {
        return !"false".equalsIgnoreCase(System.getProperty("citytwin.fastRead", "true"));
    }

    /** The file holds something this reader does not understand: read it with citygml4j. */
    static final class Decline extends Exception {
        Decline(String why) {
            super(why, null, false, false);
        }
    }

    private static final String XLINK = "http://www.w3.org/1999/xlink";

    private final IurStreamFilter in;
    /** Where a top-level appearance goes; null when appearances are not wanted. */
    private final AppearanceSink appearances;
    private final boolean appearancesWanted;
    /** Whether a feature was handed out: an appearance after it is late (the file is read again with it). */
    private boolean featuresOut;
    /** Top-level appearances read into the index so far (a citygml4j pass after this one leaves them out). */
    private int appearancesRead;
    /** Open elements of the document. */
    private int level;
    /** Top-level features declined one by one (citygml4j reads them in a second pass), in document order. */
    private final java.util.Set<TopLevelRecord> declined = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    /** @param appearances where top-level appearances go (null: they are skipped) */
    PlateauFastReader(IurStreamFilter in, AppearanceSink appearances) {
        this.in = in;
        this.appearances = appearances;
        this.appearancesWanted = appearances != null;
    }

    /** How many top-level appearances this reader put into the index, from the document's start. */
    int appearancesRead() {
        return appearancesRead;
    }

    /** Features this reader skipped because it does not understand them (the rest of the file it read). */
    java.util.Set<TopLevelRecord> declined() {
        return declined;
    }

    int step() throws XMLStreamException {
        int event = in.next();
        if (event == XMLStreamConstants.START_ELEMENT) level++;
        else if (event == XMLStreamConstants.END_ELEMENT) level--;
        return event;
    }

    /**
     * The next top-level city object, fully read, or null at the end of the document. A top-level appearance is
     * read into the index here, on the reading thread, before any feature after it is handed out; one after a
     * feature marks the index late, as on the citygml4j path. Skipped when appearances are not wanted.
     */
    FastFeature next() throws XMLStreamException, Decline {
        while (in.hasNext()) {
            int event = step();
            if (event == XMLStreamConstants.END_DOCUMENT) return null;
            if (event != XMLStreamConstants.START_ELEMENT) continue;
            if (level > 2) throw new Decline("lost track of the document");
            if (!"2.0".equals(in.citygmlVersion())) throw new Decline("CityGML " + in.citygmlVersion());
            if (in.getLocalName().equals("CityModel") && "core".equals(prefix())) continue;
            String p = prefix();
            String local = in.getLocalName();
            if ("gml".equals(p) && ("boundedBy".equals(local) || "name".equals(local) || "description".equals(local))) {
                skip(false);
            } else if ("core".equals(p) && "cityObjectMember".equals(local)) {
                FastFeature feature = member();
                if (feature != null) {
                    featuresOut = true;
                    return feature;
                }
            } else if ("app".equals(p) && "appearanceMember".equals(local)) {
                TopLevelRecord before = in.lastRecord();
                if (appearancesWanted) {
                    FastAppearanceReader.member(this).applyTo(appearances);
                    appearancesRead++;
                    if (featuresOut) appearances.markLate();
                } else {
                    skip(false);
                }
                // the filter may take the appearance for a top-level feature; citygml4j builds it and ignores it
                if (in.lastRecord() != before && in.lastRecord() != null) in.lastRecord().matched = true;
            } else {
                throw new Decline("top-level " + p + ":" + local);
            }
        }
        return null;
    }

    private static final FastFeature SKIPPED = new FastFeature(null, null);

    /** Inside a core:cityObjectMember: one feature, then the member's end; null for an empty or declined member. */
    private FastFeature member() throws XMLStreamException, Decline {
        TopLevelRecord before = in.lastRecord();
        if (in.getAttributeValue(XLINK, "href") != null) throw new Decline("member by reference");
        FastFeature feature = null;
        while (true) {
            int event = step();
            if (event == XMLStreamConstants.END_ELEMENT) return feature == SKIPPED ? null : feature;
            if (event != XMLStreamConstants.START_ELEMENT) continue;
            if (feature != null) throw new Decline("two features in one member");
            TopLevelRecord record = in.lastRecord();
            int outside = level - 1;
            try {
                feature = feature();
            } catch (Decline d) { // this feature goes to citygml4j; the rest of the file stays here
                if (record == null || record == before || record.matched) throw d;
                declined.add(record);
                while (level > outside) step();
                feature = SKIPPED;
            }
        }
    }

    private FastFeature feature() throws XMLStreamException, Decline {
        TopLevelRecord record = in.lastRecord();
        String type = prefix() + ":" + in.getLocalName();
        if (record == null || !record.type.equals(type) || !record.id.equals(record.key)) {
            throw new Decline("top-level " + type);
        }
        FastFeature feature = new FastFeature(record, type);
        switch (type) {
            case "bldg:Building" -> body(feature, feature.part(), Kind.BUILDING);
            case "tran:Road", "tran:Railway", "tran:Track", "tran:Square", "tran:TransportationComplex", "luse:LandUse" ->
                    body(feature, feature.part(), Kind.SURFACES);
            case "dem:ReliefFeature" -> body(feature, feature.part(), Kind.RELIEF);
            default -> throw new Decline("feature type " + type);
        }
        if (!feature.hasGeometry()) throw new Decline("feature without geometry");
        return feature;
    }

    private enum Kind { BUILDING, BOUNDARY, SURFACES, RELIEF, TIN }

    /** The children of a city object up to its end tag. */
    private void body(FastFeature feature, FastFeature.Part part, Kind kind) throws XMLStreamException, Decline {
        boolean named = false;
        while (true) {
            int event = step();
            if (event == XMLStreamConstants.END_ELEMENT) return;
            if (event != XMLStreamConstants.START_ELEMENT) continue;
            String p = prefix();
            String local = in.getLocalName();
            if ("gml".equals(p)) {
                if ("name".equals(local) && kind != Kind.BOUNDARY && kind != Kind.TIN && !named) {
                    feature.name = text();
                    named = true;
                    // whether citygml4j trims a name is not ours to guess
                    if (!feature.name.equals(feature.name.strip())) throw new Decline("gml:name with spaces around");
                } else if ("name".equals(local) || "description".equals(local) || "boundedBy".equals(local)) {
                    skip(false);
                } else {
                    throw new Decline("gml:" + local + " on a feature");
                }
            } else if ("app".equals(p) && "appearance".equals(local)) {
                if (appearancesWanted) throw new Decline("appearance");
                skip(false);
            } else if (isLodProperty(local)) {
                lodProperty(part, kind, p, local);
            } else if (kind == Kind.BUILDING && "bldg".equals(p) && "boundedBy".equals(local)) {
                boundary(feature);
            } else if (kind == Kind.RELIEF && "dem".equals(p) && "reliefComponent".equals(local)) {
                tinRelief(feature);
            } else if (kind == Kind.TIN && "dem".equals(p) && "tin".equals(local)) {
                tin(feature.tin);
            } else if (isStructural(local)) {
                throw new Decline(p + ":" + local);
            } else {
                skip(true); // an attribute: the stream filter records it
            }
        }
    }

    /** Nested objects, geometry and other non-attribute properties (openings, parts, installations, extents). */
    private boolean isStructural(String local) {
        return !IurStreamFilter.isAttributeProperty(in.getNamespaceURI(), local) || "extent".equals(local);
    }

    private void lodProperty(FastFeature.Part part, Kind kind, String p, String local) throws XMLStreamException, Decline {
        int lod = local.charAt(3) - '0';
        String what = local.substring(4);
        boolean allowed = switch (kind) {
            case BUILDING -> "bldg".equals(p) && (lod <= 2 && ("Solid".equals(what) || "MultiSurface".equals(what))
                    || lod == 0 && ("FootPrint".equals(what) || "RoofEdge".equals(what)));
            case BOUNDARY -> "bldg".equals(p) && "MultiSurface".equals(what) && lod >= 2 && lod <= 3;
            case SURFACES -> ("tran".equals(p) || "luse".equals(p)) && "MultiSurface".equals(what) && lod <= 3;
            default -> false;
        };
        if (!allowed || lod < 0 || lod > 4) throw new Decline(p + ":" + local);
        if (in.getAttributeValue(XLINK, "href") != null) throw new Decline("geometry by reference");
        Geometry g = new Geometry();
        int children = 0;
        while (true) {
            int event = step();
            if (event == XMLStreamConstants.END_ELEMENT) break;
            if (event != XMLStreamConstants.START_ELEMENT) continue;
            if (++children > 1) throw new Decline("two geometries in " + local);
            // what citygml4j accepts there: a solid property holds a gml:Solid, every other one a gml:MultiSurface
            String expected = "Solid".equals(what) ? "Solid" : "MultiSurface";
            if (!expected.equals(in.getLocalName())) throw new Decline(local + " holding " + in.getLocalName());
            g.geometry(null);
        }
        if (g.polygons.isEmpty() && g.hrefs == 0) throw new Decline("empty " + local);
        if (g.polygons.isEmpty()) {
            part.hrefOnly.add(lod);
        } else if (part.polygons.containsKey(lod)) {
            throw new Decline("two surface properties of LOD " + lod + " on one object");
        } else {
            part.polygons.put(lod, g.polygons);
        }
    }

    private void boundary(FastFeature feature) throws XMLStreamException, Decline {
        if (in.getAttributeValue(XLINK, "href") != null) throw new Decline("boundary by reference");
        int children = 0;
        while (true) {
            int event = step();
            if (event == XMLStreamConstants.END_ELEMENT) return;
            if (event != XMLStreamConstants.START_ELEMENT) continue;
            String local = in.getLocalName();
            if (++children > 1 || !"bldg".equals(prefix()) || !local.endsWith("Surface")
                    || local.startsWith("Interior") || local.equals("FloorSurface") || local.equals("CeilingSurface")) {
                throw new Decline("boundary " + prefix() + ":" + local);
            }
            body(feature, feature.part(), Kind.BOUNDARY);
        }
    }

    private void tinRelief(FastFeature feature) throws XMLStreamException, Decline {
        if (in.getAttributeValue(XLINK, "href") != null) throw new Decline("relief component by reference");
        int children = 0;
        while (true) {
            int event = step();
            if (event == XMLStreamConstants.END_ELEMENT) return;
            if (event != XMLStreamConstants.START_ELEMENT) continue;
            if (++children > 1 || !"dem".equals(prefix()) || !"TINRelief".equals(in.getLocalName())) {
                throw new Decline("relief component " + prefix() + ":" + in.getLocalName());
            }
            body(feature, feature.part(), Kind.TIN);
        }
    }

    /** dem:tin → gml:TriangulatedSurface → gml:trianglePatches → gml:Triangle*. */
    private void tin(List<FastFeature.Polygon> into) throws XMLStreamException, Decline {
        if (in.getAttributeValue(XLINK, "href") != null) throw new Decline("tin by reference");
        expectStart("TriangulatedSurface");
        expectStart("trianglePatches");
        while (true) {
            int event = step();
            if (event == XMLStreamConstants.END_ELEMENT) break;
            if (event != XMLStreamConstants.START_ELEMENT) continue;
            if (!"gml".equals(prefix()) || !"Triangle".equals(in.getLocalName())) throw new Decline("patch " + in.getLocalName());
            FastFeature.Polygon triangle = new FastFeature.Polygon(null, null);
            while (true) {
                int e = step();
                if (e == XMLStreamConstants.END_ELEMENT) break;
                if (e != XMLStreamConstants.START_ELEMENT) continue;
                if (!"exterior".equals(in.getLocalName()) || !triangle.rings.isEmpty()) throw new Decline("triangle " + in.getLocalName());
                ring(triangle);
            }
            if (triangle.rings.isEmpty()) throw new Decline("triangle without ring");
            into.add(triangle);
        }
        expectEnd(); // TriangulatedSurface
        expectEnd(); // dem:tin
        if (into.isEmpty()) throw new Decline("empty tin");
    }

    /** Polygons of one geometry subtree, with the aggregate ids SurfaceCollector would give them. */
    private final class Geometry {
        final List<FastFeature.Polygon> polygons = new ArrayList<>();
        int hrefs;

        /** At the START_ELEMENT of a GML geometry; {@code parent} is the enclosing aggregate's id ("" none). */
        void geometry(String parent) throws XMLStreamException, Decline {
            if (!"gml".equals(prefix())) throw new Decline("geometry " + prefix() + ":" + in.getLocalName());
            String local = in.getLocalName();
            String id = IurStreamFilter.gmlId(in);
            switch (local) {
                case "MultiSurface", "CompositeSurface" -> members(id != null ? id : parent == null ? "" : parent, "surfaceMember");
                case "Solid" -> solid(id != null ? id : parent == null ? "" : parent);
                case "Polygon" -> polygon(id, parent);
                default -> throw new Decline("gml:" + local);
            }
        }

        private void members(String self, String member) throws XMLStreamException, Decline {
            while (true) {
                int event = step();
                if (event == XMLStreamConstants.END_ELEMENT) return;
                if (event != XMLStreamConstants.START_ELEMENT) continue;
                if (!"gml".equals(prefix()) || !member.equals(in.getLocalName())) throw new Decline("member " + in.getLocalName());
                if (in.getAttributeValue(XLINK, "href") != null) {
                    hrefs++;
                    skipEmpty();
                    continue;
                }
                int children = 0;
                while (true) {
                    int e = step();
                    if (e == XMLStreamConstants.END_ELEMENT) break;
                    if (e != XMLStreamConstants.START_ELEMENT) continue;
                    if (++children > 1) throw new Decline("two geometries in a member");
                    geometry(self);
                }
                if (children == 0) throw new Decline("empty member");
            }
        }

        private void solid(String self) throws XMLStreamException, Decline {
            int shells = 0;
            while (true) {
                int event = step();
                if (event == XMLStreamConstants.END_ELEMENT) return;
                if (event != XMLStreamConstants.START_ELEMENT) continue;
                if (!"gml".equals(prefix()) || !"exterior".equals(in.getLocalName()) || ++shells > 1
                        || in.getAttributeValue(XLINK, "href") != null) {
                    throw new Decline("solid " + in.getLocalName());
                }
                int children = 0;
                while (true) {
                    int e = step();
                    if (e == XMLStreamConstants.END_ELEMENT) break;
                    if (e != XMLStreamConstants.START_ELEMENT) continue;
                    if (++children > 1 || !"CompositeSurface".equals(in.getLocalName())) throw new Decline("solid shell " + in.getLocalName());
                    geometry(self);
                }
                if (children == 0) throw new Decline("empty solid exterior");
            }
        }

        private void polygon(String id, String parent) throws XMLStreamException, Decline {
            FastFeature.Polygon polygon = new FastFeature.Polygon(id, parent == null || parent.isEmpty() ? null : parent);
            boolean exterior = false;
            while (true) {
                int event = step();
                if (event == XMLStreamConstants.END_ELEMENT) break;
                if (event != XMLStreamConstants.START_ELEMENT) continue;
                String local = in.getLocalName();
                if (!"gml".equals(prefix())) throw new Decline("polygon " + local);
                if ("exterior".equals(local) && !exterior) {
                    exterior = true;
                } else if (!"interior".equals(local) || !exterior) {
                    throw new Decline("polygon " + local);
                }
                ring(polygon);
            }
            if (!exterior) throw new Decline("polygon without exterior");
            polygons.add(polygon);
        }
    }

    /** At gml:exterior/interior: one LinearRing with one posList, up to the exterior/interior end. */
    private void ring(FastFeature.Polygon polygon) throws XMLStreamException, Decline {
        if (in.getAttributeValue(XLINK, "href") != null) throw new Decline("ring by reference");
        expectStart("LinearRing");
        String ringId = IurStreamFilter.gmlId(in);
        expectStart("posList");
        String dim = in.getAttributeValue(null, "srsDimension");
        int dimension = 0;
        if (dim != null) {
            try {
                dimension = Integer.parseInt(dim.strip());
            } catch (NumberFormatException e) {
                throw new Decline("srsDimension " + dim);
            }
            if (dimension < 2) throw new Decline("srsDimension " + dim);
        }
        String coordinates = text();
        if (coordinates.isBlank()) throw new Decline("empty posList");
        expectEnd(); // LinearRing
        expectEnd(); // exterior/interior
        polygon.rings.add(coordinates);
        polygon.dimensions.add(dimension);
        polygon.ringIds.add(ringId);
    }

    private void expectStart(String local) throws XMLStreamException, Decline {
        while (true) {
            int event = step();
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (!"gml".equals(prefix()) || !local.equals(in.getLocalName())) {
                    throw new Decline("expected gml:" + local + ", found " + in.getLocalName());
                }
                return;
            }
            if (event == XMLStreamConstants.END_ELEMENT || event == XMLStreamConstants.END_DOCUMENT) {
                throw new Decline("expected gml:" + local);
            }
        }
    }

    private void expectEnd() throws XMLStreamException, Decline {
        while (true) {
            int event = step();
            if (event == XMLStreamConstants.END_ELEMENT) return;
            if (event == XMLStreamConstants.START_ELEMENT || event == XMLStreamConstants.END_DOCUMENT) {
                throw new Decline("unexpected " + in.getLocalName());
            }
        }
    }

    /** An element that must have no child (a member given by xlink:href). */
    private void skipEmpty() throws XMLStreamException, Decline {
        while (true) {
            int event = step();
            if (event == XMLStreamConstants.END_ELEMENT) return;
            if (event == XMLStreamConstants.START_ELEMENT) throw new Decline("href with content");
        }
    }

    /** Text of a simple element, up to its end tag. */
    String text() throws XMLStreamException, Decline {
        StringBuilder text = new StringBuilder();
        while (true) {
            int event = step();
            if (event == XMLStreamConstants.END_ELEMENT) return text.toString();
            if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE) {
                text.append(in.getTextCharacters(), in.getTextStart(), in.getTextLength());
            } else if (event == XMLStreamConstants.START_ELEMENT || event == XMLStreamConstants.END_DOCUMENT) {
                throw new Decline("element inside text");
            }
        }
    }

    /**
     * Skips the subtree at the current START_ELEMENT. An attribute ({@code attribute}) holding GML geometry, a lodN
     * property or a nested city object is declined: citygml4j might read geometry from it.
     */
    void skip(boolean attribute) throws XMLStreamException, Decline {
        int level = 1;
        while (level > 0) {
            int event = step();
            if (event == XMLStreamConstants.START_ELEMENT) {
                level++;
                String local = in.getLocalName();
                String p = prefix();
                boolean object = p != null && Character.isUpperCase(local.charAt(0))
                        && ("gml".equals(p) || CityObjectTypes.isModule(p));
                if (attribute && (object || isLodProperty(local))) {
                    throw new Decline(prefix() + ":" + local + " inside an attribute");
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                level--;
            } else if (event == XMLStreamConstants.END_DOCUMENT) {
                throw new Decline("end of document inside an element");
            }
        }
    }

    String prefix() {
        return CityGmlNamespaces.prefix(in.getNamespaceURI());
    }

    String localName() {
        return in.getLocalName();
    }

    String attribute(String namespace, String name) {
        return in.getAttributeValue(namespace, name);
    }

    IurStreamFilter stream() {
        return in;
    }

    private static boolean isLodProperty(String local) {
        return local.length() > 4 && local.startsWith("lod") && Character.isDigit(local.charAt(3))
                && Character.isUpperCase(local.charAt(4));
    }
}
