package org.isnad.store;

import java.util.List;
import org.isnad.fact.Extraction;

/**
 * Where extracted articles and their facts are kept. The embedded SQLite file is the
 * default; implementations are safe to use from one thread at a time.
 */
public interface Store extends AutoCloseable {

  /** What happened to one article offered to the store. */
  enum Outcome { ADDED, UNCHANGED }

  /**
   * Stores one article's extraction in a single transaction: all of it or nothing. An article
   * whose text is already stored (same SHA-256) is left as it is.
   */
  Outcome put(Extraction x, String path);

  /** The number of stored articles. */
  int documentCount();

  /** Stored facts, newest article first, as readable one-line summaries. */
  List<FactRow> facts(int limit);

  /** One stored fact with its participants' names, for display. */
  record FactRow(String docId, String factId, String type, String summary, String status, String attribution) {}

  @Override
  void close();
}
