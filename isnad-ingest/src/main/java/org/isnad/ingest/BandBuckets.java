package org.isnad.ingest;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * The LSH buckets of {@link NearDuplicates}: band key → articles, as primitive arrays (open
 * addressing for the keys, chains of entries for the articles). About 20 bytes an entry where a
 * map of boxed lists takes some 150, so a store's 100,000 signatures (3.2 million entries) fit
 * in tens of megabytes. Not thread-safe.
 */
final class BandBuckets {
  private long[] keys = new long[1 << 12];
  private boolean[] used = new boolean[1 << 12];
  private int[] last = new int[1 << 12];
  private int[] counts = new int[1 << 12];
  private int distinct;
  private int[] article = new int[1 << 12];
  private int[] previous = new int[1 << 12];
  private int entries;

  /** How many articles the bucket holds. */
  int count(long key) {
    int slot = find(key);
    return used[slot] ? counts[slot] : 0;
  }

  /** The bucket's articles, latest first. */
  void forEach(long key, IntConsumer action) {
    int slot = find(key);
    if (!used[slot]) {
      return;
    }
    for (int e = last[slot]; e >= 0; e = previous[e]) {
      action.accept(article[e]);
    }
  }

  void add(long key, int a) {
    int slot = find(key);
    if (!used[slot]) {
      if ((distinct + 1) * 2 > keys.length) {
        grow();
        slot = find(key);
      }
      used[slot] = true;
      keys[slot] = key;
      last[slot] = -1;
      distinct++;
    }
    if (entries == article.length) {
      article = Arrays.copyOf(article, entries * 2);
      previous = Arrays.copyOf(previous, entries * 2);
    }
    article[entries] = a;
    previous[entries] = last[slot];
    last[slot] = entries++;
    counts[slot]++;
  }

  private int find(long key) {
    int mask = keys.length - 1;
    int slot = (int) (key ^ (key >>> 32)) * 0x9E3779B9 & mask;
    while (used[slot] && keys[slot] != key) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private void grow() {
    long[] oldKeys = keys;
    boolean[] oldUsed = used;
    int[] oldLast = last;
    int[] oldCounts = counts;
    int n = oldKeys.length * 2;
    keys = new long[n];
    used = new boolean[n];
    last = new int[n];
    counts = new int[n];
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldUsed[i]) {
        int slot = find(oldKeys[i]);
        used[slot] = true;
        keys[slot] = oldKeys[i];
        last[slot] = oldLast[i];
        counts[slot] = oldCounts[i];
      }
    }
  }
}
