package org.isnad.fact;

/** An amount of money: value in units, ISO 4217 currency, bound (exact, about, at_least, at_most), text as written. */
public record Amount(double value, String currency, String bound, String text) {}
