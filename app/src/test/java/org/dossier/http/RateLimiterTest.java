package org.dossier.http;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RateLimiterTest {
  private static final long SECOND = 1_000_000_000L;

  @Test
  void aBurstIsAllowedThenTheSustainedRate() {
    RateLimiter limiter = new RateLimiter(2, 3);
    for (int i = 0; i < 3; i++) assertTrue(limiter.allow("a", SECOND));
    assertFalse(limiter.allow("a", SECOND));
    assertTrue(limiter.allow("b", SECOND), "another client has its own bucket");
    assertTrue(limiter.allow("a", SECOND + SECOND / 2), "half a second at 2/s earns one request");
    assertFalse(limiter.allow("a", SECOND + SECOND / 2));
  }

  @Test
  void aRequestStampedBeforeThePreviousOneCostsOneTokenNotMore() {
    // Two threads serving one client may read the clock in one order and reach the bucket in the other.
    RateLimiter limiter = new RateLimiter(1000, 2);
    assertTrue(limiter.allow("a", 10 * SECOND));
    assertTrue(limiter.allow("a", 10 * SECOND - SECOND / 1000));
    assertFalse(limiter.allow("a", 10 * SECOND));
  }

  @Test
  void aLiftedLimitNeverRefuses() {
    RateLimiter limiter = new RateLimiter(Double.MAX_VALUE, Integer.MAX_VALUE);
    long now = SECOND;
    for (int i = 0; i < 1000; i++) assertTrue(limiter.allow("a", i % 2 == 0 ? now + i : now - i));
  }
}
