package org.citytwin.pipeline.read;

import java.util.List;
import org.xmlobjects.gml.model.base.AbstractInlineOrByReferenceProperty;
import org.xmlobjects.gml.model.geometry.AbstractGeometry;
import org.xmlobjects.gml.model.geometry.GeometryProperty;
import org.xmlobjects.gml.model.geometry.primitives.Curve;
import org.xmlobjects.gml.model.geometry.primitives.LineString;
import org.xmlobjects.gml.model.geometry.primitives.LinearRing;
import org.xmlobjects.gml.model.geometry.primitives.Point;
import org.xmlobjects.gml.model.geometry.primitives.Tin;
import org.xmlobjects.gml.visitor.GeometryWalker;

/**
 * Tells geometry made only of XLinks (a solid whose every surfaceMember is {@code xlink:href="other.gml#p1"})
 * from geometry with coordinates of its own. citygml4j keeps such a geometry's LOD, so without this check an
 * object whose XLinks lead nowhere would count as having geometry while nothing of it can be drawn.
 */
final class ReferenceOnlyGeometry extends GeometryWalker {

    private String firstHref;
    private boolean coordinates;

    private ReferenceOnlyGeometry() {
    }

    /** The first href when {@code properties} hold references and no coordinates at all, else null. */
    static String firstHref(List<GeometryProperty<?>> properties) {
        ReferenceOnlyGeometry walker = new ReferenceOnlyGeometry();
        for (GeometryProperty<?> property : properties) {
            walker.visit(property);
            if (walker.coordinates) return null;
        }
        return walker.firstHref;
    }

    @Override
    public void visit(AbstractInlineOrByReferenceProperty<?> property) {
        if (property.getObject() == null && property.getHref() != null && firstHref == null) firstHref = property.getHref();
        super.visit(property);
    }

    @Override
    public void visit(GeometryProperty<?> property) {
        if (property.getObject() == null && property.getHref() != null && firstHref == null) firstHref = property.getHref();
        Object geometry = property.getObject();
        if (geometry instanceof AbstractGeometry g) g.accept(this);
    }

    @Override
    public void visit(LinearRing ring) {
        coordinates = true;
    }

    @Override
    public void visit(LineString lineString) {
        coordinates = true;
    }

    @Override
    public void visit(Curve curve) {
        coordinates = true;
    }

    @Override
    public void visit(Point point) {
        coordinates = true;
    }

    @Override
    public void visit(Tin tin) {
        coordinates = true;
    }
}
