package org.citytwin.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Splits a filter expression into tokens: names (may hold ':' and '.'), numbers, quoted strings, operators. */
final class Tokenizer {

    private Tokenizer() {
    }

    static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '(' || c == ')') {
                tokens.add(new Token(c == '(' ? Token.Kind.LEFT : Token.Kind.RIGHT, String.valueOf(c), i++));
            } else if (c == '"' || c == '\'') {
                int end = text.indexOf(c, i + 1);
                if (end < 0) throw new ExpressionException(text, i, "a closing " + c);
                tokens.add(new Token(Token.Kind.STRING, text.substring(i + 1, end), i));
                i = end + 1;
            } else if ("<>=!~".indexOf(c) >= 0) {
                int start = i;
                i++;
                if (i < text.length() && text.charAt(i) == '=') i++;
                String op = text.substring(start, i);
                if (op.equals("!")) throw new ExpressionException(text, start, "!= (not equal)");
                tokens.add(new Token(Token.Kind.OPERATOR, op.equals("==") ? "=" : op, start));
            } else if (Character.isDigit(c) || (c == '-' && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1)))) {
                int start = i++;
                while (i < text.length() && (Character.isDigit(text.charAt(i)) || text.charAt(i) == '.'
                        || text.charAt(i) == 'e' || text.charAt(i) == 'E')) i++;
                tokens.add(new Token(Token.Kind.NUMBER, text.substring(start, i), start));
            } else if (isNameChar(c)) {
                int start = i;
                while (i < text.length() && isNameChar(text.charAt(i))) i++;
                String word = text.substring(start, i);
                tokens.add(new Token(keyword(word), word, start));
            } else {
                throw new ExpressionException(text, i, "a name, a value, an operator (= != < <= > >= ~) or a parenthesis");
            }
        }
        tokens.add(new Token(Token.Kind.END, "", text.length()));
        return tokens;
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == ':' || c == '.' || c == '-';
    }

    private static Token.Kind keyword(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "and" -> Token.Kind.AND;
            case "or" -> Token.Kind.OR;
            case "not" -> Token.Kind.NOT;
            default -> Token.Kind.NAME;
        };
    }
}
