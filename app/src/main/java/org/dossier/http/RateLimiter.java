package org.dossier.http;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A token bucket per client address: bursts up to {@code burst}, then {@code perSecond} sustained. */
final class RateLimiter {
  private static final int MAX_CLIENTS = 10_000;

  private final double perSecond;
  private final int burst;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  private static final class Bucket {
    double tokens;
    long lastNanos;

    Bucket(double tokens, long now) {
      this.tokens = tokens;
      this.lastNanos = now;
    }
  }

  RateLimiter(double perSecond, int burst) {
    this.perSecond = perSecond;
    this.burst = burst;
  }

  /** Takes one token for the client; false when its bucket is empty. */
  boolean allow(String client, long nowNanos) {
    if (buckets.size() > MAX_CLIENTS) buckets.clear(); // bounded memory beats exact fairness under a flood
    Bucket b = buckets.computeIfAbsent(client, c -> new Bucket(burst, nowNanos));
    synchronized (b) {
      // Concurrent requests of one client can arrive here out of clock order: time never runs backwards.
      long elapsed = Math.max(0, nowNanos - b.lastNanos);
      b.tokens = Math.min(burst, b.tokens + elapsed / 1e9 * perSecond);
      b.lastNanos = Math.max(b.lastNanos, nowNanos);
      if (b.tokens < 1) return false;
      b.tokens -= 1;
      return true;
    }
  }
}
