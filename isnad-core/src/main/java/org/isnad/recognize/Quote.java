package org.isnad.recognize;

import org.isnad.text.Span;

/** A quotation: the whole span with its marks, the words inside, its nesting depth, and whether it is speech. */
public record Quote(Span span, Span inner, int depth, boolean speech) {}
