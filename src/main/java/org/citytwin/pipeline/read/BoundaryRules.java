package org.citytwin.pipeline.read;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.namespace.QName;
import org.citygml4j.core.model.core.AbstractSpace;
import org.citygml4j.core.model.core.AbstractSpaceBoundary;
import org.citygml4j.core.model.generics.GenericThematicSurface;
import org.xmlobjects.builder.ObjectBuilder;

/**
 * Which CityGML 3.0 space boundaries citygml4j keeps. citygml4j drops, without a word, a {@code core:boundary}
 * whose surface type the space's class does not list (e.g. a TrafficArea directly on a tran:Road rather than on
 * its TrafficSpace), and with it the surface's geometry. The answer is citygml4j's own
 * {@code isValidBoundary}, asked once per pair of element names.
 */
final class BoundaryRules {

    private static final Map<String, Fate> CACHE = new ConcurrentHashMap<>();

    private BoundaryRules() {
    }

    /** What becomes of a boundary surface in citygml4j. */
    enum Fate {
        /** citygml4j keeps it. */
        KEPT,
        /** citygml4j drops it but keeps a gen:GenericThematicSurface there: renaming the element saves it. */
        RENAME,
        /** citygml4j drops it and every generic stand-in too (furniture, vegetation): only its geometry can be read. */
        CAPTURE
    }

    /** The fate of a boundary {@code boundary} of the space {@code space}; KEPT when either is no citygml4j type. */
    static Fate of(QName space, QName boundary) {
        return CACHE.computeIfAbsent(space + " " + boundary, k -> {
            AbstractSpace owner = create(space, AbstractSpace.class);
            AbstractSpaceBoundary surface = create(boundary, AbstractSpaceBoundary.class);
            if (owner == null || surface == null || owner.isValidBoundary(surface.getClass())) return Fate.KEPT;
            return owner.isValidBoundary(GenericThematicSurface.class) ? Fate.RENAME : Fate.CAPTURE;
        });
    }

    private static <T> T create(QName name, Class<T> type) {
        try {
            ObjectBuilder<?> builder = CityGmlContexts.get().getXMLObjects().getBuilder(name);
            Object object = builder == null ? null : builder.createObject(name, null);
            return type.isInstance(object) ? type.cast(object) : null;
        } catch (Exception e) {
            return null; // an element citygml4j cannot build is not its concern here
        }
    }
}
