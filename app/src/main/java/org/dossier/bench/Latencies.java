package org.dossier.bench;

import java.util.Arrays;

/** Latency samples in nanoseconds and their percentiles in milliseconds (nearest rank). */
public final class Latencies {
  private long[] nanos = new long[64];
  private int size;

  public void add(long n) {
    if (size == nanos.length) nanos = Arrays.copyOf(nanos, size * 2);
    nanos[size++] = n;
  }

  public int size() {
    return size;
  }

  /** The latency at quantile q (0..1], in milliseconds. */
  public double millis(double q) {
    if (size == 0) return Double.NaN;
    long[] sorted = Arrays.copyOf(nanos, size);
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(q * size);
    return sorted[Math.max(0, Math.min(size, rank) - 1)] / 1e6;
  }

  /** "p50 1.20 ms, p90 3.40 ms, p99 9.80 ms, max 12.00 ms". */
  public String summary() {
    return "p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms".formatted(millis(0.5), millis(0.9), millis(0.99),
        millis(1.0));
  }
}
