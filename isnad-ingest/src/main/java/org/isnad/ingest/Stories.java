package org.isnad.ingest;

import java.util.HashSet;
import java.util.Set;
import org.isnad.fact.Extraction;
import org.isnad.store.Store;

/**
 * Stores articles linked to the stored copies of their wire story: the one way into a store for
 * {@code isnad ingest} and for the server's {@code POST /api/documents}. An article whose body is
 * a near-copy ({@link NearDuplicates}) of a stored one gets that story, so the facts of the
 * copies count as one report while every outlet stays a source.
 *
 * <p>The index of stored signatures is read from the store when the instance is made, and before
 * every article it takes in what was stored since (by another process too: an ingest running
 * beside a server), so a copy finds its first copy whoever stored it. Not thread-safe: one writer
 * at a time, on one store, as a {@link Store} is used.
 */
public final class Stories {
  private final Store store;
  private final NearDuplicates nearDuplicates;
  private final NearDuplicates.Index index;
  /** The stories (keys of first copies) of the articles put through this instance. */
  private final Set<String> told = new HashSet<>();
  /** The row id of the last stored signature taken into the index. */
  private long seen;

  private Stories(Store store, NearDuplicates nearDuplicates) {
    this.store = java.util.Objects.requireNonNull(store, "store");
    this.nearDuplicates = nearDuplicates;
    this.index = nearDuplicates.index();
    catchUp();
  }

  /** Stories on a store, with the standard near-duplicate threshold; reads the stored signatures. */
  public static Stories of(Store store) {
    return new Stories(store, NearDuplicates.standard());
  }

  /**
   * Stores an article's extraction (as {@link Store#put(Extraction, String, Store.Story)}) with its
   * story: the first stored copy its body repeats, or a story of its own.
   */
  public Store.Outcome put(Article article, Extraction x) {
    catchUp();
    // Articles are keyed in the index as in the store, so a story's first copy is found across runs.
    String key = Store.key(x.doc().text());
    int[] signature = nearDuplicates.signature(article.body());
    String first = index.add(key, signature);
    told.add(first);
    Store.Story story = new Store.Story(first.equals(key) ? null : first, NearDuplicates.encode(signature));
    return store.put(x, article.where(), story);
  }

  /** The stories of two or more copies that the articles put through this instance belong to. */
  public int groups() {
    return (int) index.clusters().stream().filter(c -> told.contains(c.id())).count();
  }

  /** Takes into the index the signatures stored since the last look, in ingest order. */
  private void catchUp() {
    store.forEachSignature(seen, s -> {
      seen = s.id();
      index.seed(s.key(), s.firstCopy(), NearDuplicates.decode(s.minhash()));
    });
  }
}
