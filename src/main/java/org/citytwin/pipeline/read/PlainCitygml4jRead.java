package org.citytwin.pipeline.read;

import java.nio.file.Path;
import org.citygml4j.xml.reader.CityGMLReadException;
import org.citygml4j.xml.reader.CityGMLReader;

/** The reference for the bench: a plain citygml4j read of a file (no filter, no chunking, no geometry work). */
public final class PlainCitygml4jRead {

    private PlainCitygml4jRead() {
    }

    /** Reads every top-level feature and returns how many citygml4j produced. */
    public static int count(Path file) throws CityGMLReadException {
        int n = 0;
        try (CityGMLReader reader = CityGmlContexts.get().createCityGMLInputFactory().createCityGMLReader(file)) {
            while (reader.hasNext()) {
                reader.next();
                n++;
            }
        }
        return n;
    }
}
