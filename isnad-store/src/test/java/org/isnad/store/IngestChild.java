package org.isnad.store;

import java.nio.file.Path;

/** Run in a child JVM by {@link KillAndRerunTest}: ingests synthetic articles, printing each one's number once it is stored. */
final class IngestChild {
  private IngestChild() {}

  public static void main(String[] args) {
    int n = Integer.parseInt(args[1]);
    Synthetic corpus = new Synthetic(Integer.parseInt(args[2]), 7);
    try (Store store = SqliteStore.open(Path.of(args[0]))) {
      for (int i = 0; i < n; i++) {
        store.put(corpus.article(i), null);
        System.out.println(i);
        System.out.flush();
      }
    }
  }
}
