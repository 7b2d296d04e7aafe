package org.citytwin.pipeline.read;

import javax.xml.stream.XMLInputFactory;

/**
 * A StAX factory that never resolves DTDs or external entities: CityGML needs neither, and they are
 * the way in for XXE (reading local files) and entity-expansion bombs.
 */
final class SecureXml {

    private SecureXml() {
    }

    static XMLInputFactory inputFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new javax.xml.stream.XMLStreamException("external resource " + systemId + " refused");
        });
        return factory;
    }
}
