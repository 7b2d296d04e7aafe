package org.citytwin.pipeline.codelist;

import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a gml:Dictionary code list into code → label. Matches elements by local name only, so GML 3.1
 * (PLATEAU) and GML 3.2 dictionaries both work; only gml:name/gml:description inside a gml:Definition
 * count (the dictionary's own gml:name is its title, not a code).
 */
final class CodeListParser {

    private CodeListParser() {
    }

    static Map<String, String> parse(InputStream in, String systemId) throws XMLStreamException {
        XMLStreamReader r = factory().createXMLStreamReader(systemId, in);
        Map<String, String> labels = new LinkedHashMap<>();
        try {
            int depth = 0;
            int definitionDepth = -1;
            String code = null;
            String label = null;
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    String local = r.getLocalName();
                    if (local.equals("Definition")) {
                        definitionDepth = depth;
                        code = null;
                        label = null;
                    } else if (definitionDepth > 0 && depth == definitionDepth + 1 && local.equals("name") && code == null) {
                        code = r.getElementText().strip();
                        depth--;
                    } else if (definitionDepth > 0 && depth == definitionDepth + 1 && local.equals("description")) {
                        label = r.getElementText().strip();
                        depth--;
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    if (depth == definitionDepth) {
                        if (code != null && !code.isEmpty()) labels.putIfAbsent(code, label);
                        definitionDepth = -1;
                    }
                    depth--;
                }
            }
        } finally {
            r.close();
        }
        labels.values().removeIf(v -> v == null);
        return labels;
    }

    /** Never resolves DTDs or external entities: a code list needs neither, and they are the way in for XXE. */
    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external resource " + systemId + " refused");
        });
        return factory;
    }
}
