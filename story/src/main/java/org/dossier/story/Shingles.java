package org.dossier.story;

import java.util.Arrays;
import java.util.List;

/**
 * Word n-gram hashes for near-duplicate detection: a syndicated copy or a feed item that repeats an
 * article shares almost all of its shingles with the longer text.
 */
final class Shingles {
  private Shingles() {}

  /** The sorted distinct hashes of every run of {@code n} consecutive tokens. */
  static long[] of(List<Tokens.Token> tokens, int n) {
    if (tokens.size() < n) return new long[0];
    long[] out = new long[tokens.size() - n + 1];
    for (int i = 0; i < out.length; i++) {
      long h = 1125899906842597L;
      for (int k = i; k < i + n; k++) h = 31 * h + tokens.get(k).key().hashCode();
      out[i] = h;
    }
    return Arrays.stream(out).sorted().distinct().toArray();
  }

  /** Share of the smaller set's shingles found in the larger one; 0 when either is empty. */
  static double containment(long[] a, long[] b) {
    if (a.length == 0 || b.length == 0) return 0;
    long[] small = a.length <= b.length ? a : b;
    long[] large = small == a ? b : a;
    int shared = 0;
    for (long h : small) if (Arrays.binarySearch(large, h) >= 0) shared++;
    return (double) shared / small.length;
  }
}
