package org.isnad.fact;

/** A time as written, and its partial ISO 8601 value (2017, 2024-12, 2024-12-13) or null. */
public record TimeValue(String text, String value) {}
