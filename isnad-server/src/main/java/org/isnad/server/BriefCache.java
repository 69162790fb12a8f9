package org.isnad.server;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
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
  /** Briefs being computed now, by key; guarded by {@code entries}. */
  private final Map<String, CompletableFuture<String>> computing = new HashMap<>();

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

  /**
   * The cached body for the key, or what {@code compute} gives (kept unless it is too large).
   * Requests that miss the same key together wait for one computation instead of each making
   * their own: the most cited entities are asked for most, and their briefs cost the most.
   */
  String get(String key, Supplier<String> compute) {
    if (maxEntries <= 0) {
      return compute.get();
    }
    long gen = generation.getAsLong();
    long now = clock.getAsLong();
    CompletableFuture<String> mine = new CompletableFuture<>();
    CompletableFuture<String> running;
    synchronized (entries) {
      Entry e = entries.get(key);
      if (e != null && e.generation() == gen && now - e.bornMillis() < ttlMillis) {
        return e.body();
      }
      running = computing.putIfAbsent(key, mine);
    }
    if (running != null) {
      return await(running);
    }
    try {
      String body = compute.get();
      mine.complete(body);
      synchronized (entries) {
        if (body.length() <= maxChars) {
          entries.put(key, new Entry(body, gen, now));
        }
      }
      return body;
    } catch (RuntimeException | Error e) {
      mine.completeExceptionally(e);
      throw e;
    } finally {
      synchronized (entries) {
        computing.remove(key, mine);
      }
    }
  }

  /** Another request's result: its body, or the same error it got (a 404 is a 404 for every asker). */
  private static String await(CompletableFuture<String> running) {
    try {
      return running.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error r) {
        throw r;
      }
      throw e;
    }
  }
}
