package org.isnad.ingest;

/**
 * What a reader yields for each document it meets: an {@link Article}, a {@link Problem} that
 * says why that one document could not be read, or a {@link Skipped} record that is not an
 * article at all (a WARC request record, an image). Readers never throw for bad data: one
 * document's problem is data, and the batch goes on.
 */
public sealed interface Entry permits Article, Entry.Problem, Entry.Skipped {

  /** Where the entry came from: a file, a line of it ({@code file:12}) or a WARC record ({@code file@3}). */
  String where();

  /** One document that could not be read, and why, in words a user can act on. */
  record Problem(String where, String message) implements Entry {}

  /** A record that is deliberately not an article (not HTML, not a response, an HTTP error). */
  record Skipped(String where, String reason) implements Entry {}
}
