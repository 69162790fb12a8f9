package org.isnad.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class BriefCacheTest {
  final AtomicLong generation = new AtomicLong();
  final AtomicLong now = new AtomicLong(1000);
  final AtomicInteger computed = new AtomicInteger();

  String compute() {
    return "brief " + computed.incrementAndGet();
  }

  @Test
  void keepsABriefUntilAnArticleIsStored() {
    BriefCache c = new BriefCache(10, 100, 30_000, generation::get, now::get);
    assertThat(c.get("1|en", this::compute)).isEqualTo("brief 1");
    assertThat(c.get("1|en", this::compute)).isEqualTo("brief 1");
    generation.incrementAndGet();
    assertThat(c.get("1|en", this::compute)).isEqualTo("brief 2");
  }

  @Test
  void forgetsABriefAfterItsTimeToLive() {
    BriefCache c = new BriefCache(10, 100, 30_000, generation::get, now::get);
    c.get("1|en", this::compute);
    now.addAndGet(29_999);
    assertThat(c.get("1|en", this::compute)).isEqualTo("brief 1");
    now.addAndGet(1);
    assertThat(c.get("1|en", this::compute)).isEqualTo("brief 2");
  }

  @Test
  void dropsTheLeastRecentlyAskedAndNeverKeepsLargeOnes() {
    BriefCache c = new BriefCache(2, 7, 30_000, generation::get, now::get);
    c.get("a", this::compute);
    c.get("b", this::compute);
    c.get("a", this::compute);
    c.get("c", this::compute);
    assertThat(c.get("a", this::compute)).isEqualTo("brief 1");
    assertThat(c.get("b", this::compute)).isEqualTo("brief 4");
    BriefCache small = new BriefCache(2, 3, 30_000, generation::get, now::get);
    small.get("x", this::compute);
    assertThat(small.get("x", this::compute)).isNotEqualTo(small.get("x", this::compute));
  }

  @Test
  void requestsMissingTheSameBriefTogetherWaitForOneComputation() throws Exception {
    BriefCache c = new BriefCache(10, 100, 30_000, generation::get, now::get);
    java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
    String[] got = new String[2];
    Thread first = new Thread(() -> got[0] = c.get("7|ar", () -> {
      started.countDown();
      await(release);
      return compute();
    }));
    first.start();
    started.await();
    // The second asker arrives while the first computes: it waits (parked) instead of computing its own.
    Thread second = new Thread(() -> got[1] = c.get("7|ar", this::compute));
    second.start();
    while (second.getState() != Thread.State.WAITING && second.isAlive()) {
      Thread.onSpinWait();
    }
    release.countDown();
    first.join();
    second.join();
    assertThat(got).containsExactly("brief 1", "brief 1");
    assertThat(computed).hasValue(1);
  }

  @Test
  void aFailedComputationFailsItsWaitersAndIsNotKept() {
    BriefCache c = new BriefCache(10, 100, 30_000, generation::get, now::get);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> c.get("9|en", () -> {
      throw ApiError.notFound("no entity with the id 9");
    })).isInstanceOf(ApiError.class);
    assertThat(c.get("9|en", this::compute)).isEqualTo("brief 1");
  }

  private static void await(java.util.concurrent.CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void keepsNothingWhenSizedZero() {
    BriefCache c = new BriefCache(0, 100, 30_000, generation::get, now::get);
    assertThat(c.get("a", this::compute)).isNotEqualTo(c.get("a", this::compute));
  }
}
