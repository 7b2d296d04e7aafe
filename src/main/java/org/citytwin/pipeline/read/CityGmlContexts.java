package org.citytwin.pipeline.read;

import org.citygml4j.xml.CityGMLContext;
import org.citygml4j.xml.CityGMLContextException;

/** The citygml4j context is costly to build (class-path scan), immutable and thread-safe: build it once. */
final class CityGmlContexts {

    private CityGmlContexts() {
    }

    private static final class Holder {
        static final CityGMLContext CONTEXT = create();

        private static CityGMLContext create() {
            try {
                return CityGMLContext.newInstance(CityGmlContexts.class.getClassLoader());
            } catch (CityGMLContextException e) {
                throw new IllegalStateException("citygml4j could not start: " + e.getMessage(), e);
            }
        }
    }

    static CityGMLContext get() {
        return Holder.CONTEXT;
    }
}
