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
  void keepsNothingWhenSizedZero() {
    BriefCache c = new BriefCache(0, 100, 30_000, generation::get, now::get);
    assertThat(c.get("a", this::compute)).isNotEqualTo(c.get("a", this::compute));
  }
}
