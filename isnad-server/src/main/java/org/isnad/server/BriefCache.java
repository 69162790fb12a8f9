package org.isnad.server;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Rendered briefs, kept a short while: readers ask for the same few entities again and again.
 * An entry is dropped when this server stores an article (the write generation moves on) and
 * after {@code ttlMillis} at most, which bounds how long a change made by another process (an
 * {@code isnad ingest} or {@code isnad entity merge} on the same store) stays unseen. Thread-safe.
 */
final class BriefCache {
  private record Entry(String body, long generation, long bornMillis) {}

  private final int maxEntries;
  private final int maxChars;
  private final long ttlMillis;
  private final LongSupplier generation;
  private final LongSupplier clock;
  private final Map<String, Entry> entries;

  BriefCache(int maxEntries, int maxChars, long ttlMillis, LongSupplier generation, LongSupplier clock) {
    this.maxEntries = maxEntries;
    this.maxChars = maxChars;
    this.ttlMillis = ttlMillis;
    this.generation = generation;
    this.clock = clock;
    this.entries = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
        return size() > BriefCache.this.maxEntries;
      }
    };
  }

  /** The cached body for the key, or what {@code compute} gives (kept unless it is too large). */
  String get(String key, Supplier<String> compute) {
    long gen = generation.getAsLong();
    long now = clock.getAsLong();
    synchronized (entries) {
      Entry e = entries.get(key);
      if (e != null && e.generation() == gen && now - e.bornMillis() < ttlMillis) {
        return e.body();
      }
    }
    String body = compute.get();
    if (maxEntries > 0 && body.length() <= maxChars) {
      synchronized (entries) {
        entries.put(key, new Entry(body, gen, now));
      }
    }
    return body;
  }
}
