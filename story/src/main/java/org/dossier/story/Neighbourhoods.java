package org.dossier.story;

import java.util.HashMap;
import java.util.Map;

/**
 * How close each article is to its nearest neighbours, for a threshold that adapts to how crowded a
 * topic is. Where many articles cover one topic (a boxer's fights, a country's military ties), two
 * reports of different happenings share most words; what still tells them apart is that each is much
 * closer to the reports of its own happening. Similarities are divided by the larger of the two
 * articles' scales, each the mean of its {@code k} best similarities but never below a floor: two
 * reports must be as close as the tighter of them is to its own neighbours (the geometric mean let a
 * tight cluster absorb a loose one of the same topic), and a lone article is judged by the plain
 * threshold.
 */
final class Neighbourhoods {
  private final int k;
  private final double floor;
  private final Map<String, double[]> best = new HashMap<>();

  Neighbourhoods(int k, double floor) {
    this.k = k;
    this.floor = floor;
  }

  boolean knows(String id) {
    return best.containsKey(id);
  }

  /** Starts an article's record (with nothing seen yet). */
  void start(String id) {
    best.putIfAbsent(id, new double[k]);
  }

  /** Records that two articles are this similar. */
  void offer(String a, String b, double similarity) {
    see(a, similarity);
    see(b, similarity);
  }

  /** The similarity relative to how close both articles are to their own neighbours. */
  double relative(String a, String b, double similarity) {
    return similarity / Math.max(scale(a), scale(b));
  }

  double scale(String id) {
    double[] top = best.get(id);
    if (top == null) return floor;
    double sum = 0;
    for (double v : top) sum += v;
    return Math.max(floor, sum / k);
  }

  /** Records that an article has a neighbour this similar (keeping the k largest, descending). */
  void see(String id, double similarity) {
    double[] top = best.computeIfAbsent(id, x -> new double[k]);
    if (k == 0 || similarity <= top[k - 1]) return;
    int i = k - 1;
    while (i > 0 && top[i - 1] < similarity) {
      top[i] = top[i - 1];
      i--;
    }
    top[i] = similarity;
  }
}
