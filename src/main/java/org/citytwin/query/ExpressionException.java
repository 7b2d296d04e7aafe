package org.citytwin.query;

/** A filter expression that cannot be parsed; the message names the position and what was expected. */
public final class ExpressionException extends IllegalArgumentException {
    public ExpressionException(String expression, int position, String expected) {
        super("Cannot read the expression at position " + (position + 1) + ": expected " + expected
                + "\n  " + expression + "\n  " + " ".repeat(Math.max(0, position)) + "^");
    }
}
