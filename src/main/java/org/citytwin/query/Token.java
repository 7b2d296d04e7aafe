package org.citytwin.query;

/** One lexical token of a filter expression. */
record Token(Kind kind, String text, int position) {
    enum Kind { NAME, NUMBER, STRING, OPERATOR, LEFT, RIGHT, AND, OR, NOT, END }
}
