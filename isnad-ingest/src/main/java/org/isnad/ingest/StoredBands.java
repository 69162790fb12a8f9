package org.isnad.ingest;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * The LSH bucket entries of articles an {@link NearDuplicates.Index} was seeded with (a store's
 * earlier articles): only looked up, never added to after the first look-up. Each entry is one
 * long, the top 38 bits of the band key and a 26-bit article position, sorted once: 8 bytes an
 * entry, so 100,000 stored articles take 26 MB. Not thread-safe.
 */
final class StoredBands {
  static final int POSITION_BITS = 26;
  /** Positions fit in 26 bits: 67 million articles. */
  static final int MAX_ARTICLES = 1 << POSITION_BITS;
  /** Entries read from one bucket at most: a bucket this full is boilerplate, not a story. */
  static final int MAX_BUCKET = 1000;
  private long[] entries = new long[1 << 10];
  private int size;
  private boolean sorted = true;

  void add(long bucket, int article) {
    if (article >= MAX_ARTICLES) {
      throw new IllegalArgumentException("more than " + MAX_ARTICLES + " articles to seed near-duplicates with");
    }
    if (size == entries.length) {
      entries = Arrays.copyOf(entries, size + (size >> 1));
    }
    entries[size++] = prefix(bucket) << POSITION_BITS | article;
    sorted = false;
  }

  /** The articles whose band key shares the bucket's top 38 bits (a rare false one is checked by similarity). */
  void forEach(long bucket, IntConsumer action) {
    if (size == 0) {
      return;
    }
    if (!sorted) {
      Arrays.sort(entries, 0, size);
      sorted = true;
    }
    long p = prefix(bucket);
    int i = Arrays.binarySearch(entries, 0, size, p << POSITION_BITS);
    if (i < 0) {
      i = -i - 1;
    }
    for (int n = 0; i < size && entries[i] >>> POSITION_BITS == p && n < MAX_BUCKET; i++, n++) {
      action.accept((int) (entries[i] & (MAX_ARTICLES - 1)));
    }
  }

  private static long prefix(long bucket) {
    return bucket >>> POSITION_BITS;
  }
}
