package org.isnad.recognize;

import org.isnad.text.Span;

/**
 * A time expression: its words as written and its value as partial ISO 8601 ({@code 2024},
 * {@code 2024-12}, {@code 2024-12-13}), or null when it cannot be resolved (a relative
 * expression in an undated article).
 */
public record TimeExpr(Span span, String text, String value) {}
