package org.citytwin.query;

import org.citytwin.model.CityObject;

/** A parsed filter expression, e.g. {@code measuredHeight > 60 and usage = "業務施設"}; see {@link ExpressionParser}. */
@FunctionalInterface
public interface Expression {
    boolean matches(CityObject object);
}
