package org.citytwin.query;

import java.util.List;

/**
 * Parses filter expressions for search and {@code inspect --where}:
 * <pre>
 *   expr       := and ('or' and)*
 *   and        := unary ('and' unary)*
 *   unary      := 'not' unary | '(' expr ')' | comparison
 *   comparison := NAME (op value)?          -- NAME alone: the attribute exists
 *   op         := = | != | &lt; | &lt;= | &gt; | &gt;= | ~ (contains)
 *   value      := number | "text" | 'text' | word
 * </pre>
 * Names are attribute names, qualified ({@code bldg:measuredHeight}) or not ({@code measuredHeight}), or
 * {@code id}, {@code type}, {@code name}, {@code kind}. Keywords are case-insensitive.
 */
public final class ExpressionParser {

    private final String text;
    private final List<Token> tokens;
    private int next;

    private ExpressionParser(String text) {
        this.text = text;
        this.tokens = Tokenizer.tokens(text);
    }

    /** @throws ExpressionException naming the position of the first problem */
    public static Expression parse(String text) {
        ExpressionParser parser = new ExpressionParser(text);
        Expression expression = parser.or();
        parser.expect(Token.Kind.END, "the end of the expression (or 'and' / 'or')");
        return expression;
    }

    private Expression or() {
        Expression left = and();
        while (peek().kind() == Token.Kind.OR) {
            next++;
            Expression a = left;
            Expression b = and();
            left = o -> a.matches(o) || b.matches(o);
        }
        return left;
    }

    private Expression and() {
        Expression left = unary();
        while (peek().kind() == Token.Kind.AND) {
            next++;
            Expression a = left;
            Expression b = unary();
            left = o -> a.matches(o) && b.matches(o);
        }
        return left;
    }

    private Expression unary() {
        Token token = peek();
        if (token.kind() == Token.Kind.NOT) {
            next++;
            Expression inner = unary();
            return o -> !inner.matches(o);
        }
        if (token.kind() == Token.Kind.LEFT) {
            next++;
            Expression inner = or();
            expect(Token.Kind.RIGHT, "a closing parenthesis");
            return inner;
        }
        Token name = expect(Token.Kind.NAME, "an attribute name, 'not' or '('");
        if (peek().kind() != Token.Kind.OPERATOR) return new Comparison(name.text(), null, null);
        Token op = tokens.get(next++);
        Token value = peek();
        if (value.kind() != Token.Kind.NUMBER && value.kind() != Token.Kind.STRING && value.kind() != Token.Kind.NAME) {
            throw new ExpressionException(text, value.position(), "a value after " + op.text());
        }
        next++;
        return new Comparison(name.text(), op.text(), value.text());
    }

    private Token peek() {
        return tokens.get(next);
    }

    private Token expect(Token.Kind kind, String what) {
        Token token = peek();
        if (token.kind() != kind) throw new ExpressionException(text, token.position(), what);
        next++;
        return token;
    }
}
