package org.isnad.recognize;

import org.isnad.text.Span;

/** A time expression and its partial ISO 8601 value, or null when it cannot be resolved. */
public record TimeExpr(Span span, String text, String value) {}
