package org.isnad.server;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.isnad.store.Store;

/**
 * The server's connections to one store. A {@link Store} serves one thread at a time, so reads
 * borrow one of a few connections and writes go one at a time through their own connection
 * (SQLite in WAL mode lets readers go on while an article is written). Thread-safe.
 */
final class Stores implements AutoCloseable {
  private final BlockingQueue<Store> readers;
  private final List<Store> all = new ArrayList<>();
  private final Store writer;
  private final long waitMillis;
  private final java.util.concurrent.atomic.AtomicLong writes = new java.util.concurrent.atomic.AtomicLong();

  Stores(String spec, int readers, long waitMillis) {
    if (readers < 1) {
      throw new IllegalArgumentException("readers must be at least 1, was " + readers);
    }
    this.waitMillis = waitMillis;
    // Fair: requests get a connection in the order they asked, so none waits behind later ones.
    this.readers = new ArrayBlockingQueue<>(readers, true);
    try {
      // The writer opens first: it creates the schema of a new store before any reader looks.
      this.writer = open(spec);
      for (int i = 0; i < readers; i++) {
        this.readers.add(open(spec));
      }
    } catch (RuntimeException e) {
      close();
      throw e;
    }
  }

  private Store open(String spec) {
    Store s = Store.open(spec);
    all.add(s);
    return s;
  }

  /** Runs a read on a free connection; throws {@link Busy} when none frees up in time. */
  <T> T read(Function<Store, T> work) {
    Store s;
    try {
      s = readers.poll(waitMillis, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Busy("interrupted while waiting for a store connection");
    }
    if (s == null) {
      throw new Busy("all " + all.size() + " store connections stayed busy for " + waitMillis + " ms");
    }
    try {
      return work.apply(s);
    } finally {
      readers.add(s);
    }
  }

  /** Runs a write; writes go one at a time. */
  <T> T write(Function<Store, T> work) {
    synchronized (writer) {
      try {
        return work.apply(writer);
      } finally {
        writes.incrementAndGet();
      }
    }
  }

  /** How many writes this server has run: what is cached from before is stale once it moves. */
  long generation() {
    return writes.get();
  }

  @Override
  public void close() {
    for (Store s : all) {
      try {
        s.close();
      } catch (RuntimeException ignored) {
        // closing the others matters more than a broken connection's message
      }
    }
  }

  /** No store connection became free in time: the server is overloaded (503). */
  static final class Busy extends RuntimeException {
    Busy(String message) {
      super(message);
    }
  }
}
