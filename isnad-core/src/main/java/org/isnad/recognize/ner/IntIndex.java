package org.isnad.recognize.ner;

import java.util.Arrays;

/**
 * An open-addressing map from non-zero int keys to dense row numbers {@code 0..size-1}, in
 * insertion order. Reads are thread-safe once building is over; building is single-threaded.
 */
final class IntIndex {
  private int[] keys;
  private int[] rows;
  private int size;

  IntIndex(int expected) {
    int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
    keys = new int[cap];
    rows = new int[cap];
  }

  int size() {
    return size;
  }

  /** The row of {@code key}, or -1. */
  int get(int key) {
    int i = slot(key);
    return keys[i] == key ? rows[i] : -1;
  }

  /** Where {@code key} sits, or the empty slot where it would go (linear probing). */
  private int slot(int key) {
    int mask = keys.length - 1;
    int i = spread(key) & mask;
    while (keys[i] != key && keys[i] != 0) {
      i = (i + 1) & mask;
    }
    return i;
  }

  /** The row of {@code key}, adding it as the next row when absent. */
  int add(int key) {
    if ((size + 1) * 2 > keys.length) {
      grow();
    }
    int i = slot(key);
    if (keys[i] == key) {
      return rows[i];
    }
    keys[i] = key;
    rows[i] = size;
    return size++;
  }

  /** The keys, indexed by row. */
  int[] keysByRow() {
    int[] out = new int[size];
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] != 0) {
        out[rows[i]] = keys[i];
      }
    }
    return out;
  }

  private void grow() {
    int[] oldKeys = keys;
    int[] oldRows = rows;
    keys = new int[oldKeys.length * 2];
    rows = new int[oldKeys.length * 2];
    int mask = keys.length - 1;
    for (int j = 0; j < oldKeys.length; j++) {
      if (oldKeys[j] != 0) {
        int i = spread(oldKeys[j]) & mask;
        while (keys[i] != 0) {
          i = (i + 1) & mask;
        }
        keys[i] = oldKeys[j];
        rows[i] = oldRows[j];
      }
    }
  }

  private static int spread(int key) {
    return key * 0x9E3779B9 >>> 7 ^ key;
  }

  @Override
  public String toString() {
    return "IntIndex[size=" + size + ", capacity=" + keys.length + "]";
  }

  static int[] sorted(int[] a) {
    int[] c = a.clone();
    Arrays.sort(c);
    return c;
  }
}
