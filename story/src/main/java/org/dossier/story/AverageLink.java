package org.dossier.story;

import java.util.ArrayList;
import java.util.List;

/**
 * Agglomerative clustering with average linkage: repeatedly joins the two groups whose members are
 * most similar on average, while that average reaches the threshold. Meant for small blocks (a few
 * hundred items); cost is cubic in the block size.
 */
final class AverageLink {
  private AverageLink() {}

  /** Groups of indices into the symmetric similarity matrix, each group in ascending index order. */
  static List<List<Integer>> cluster(double[][] similarity, double threshold) {
    int n = similarity.length;
    double[][] link = new double[n][];
    List<List<Integer>> groups = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      link[i] = similarity[i].clone();
      groups.add(new ArrayList<>(List.of(i)));
    }
    boolean[] alive = new boolean[n];
    java.util.Arrays.fill(alive, true);
    while (true) {
      int bx = -1, by = -1;
      double best = threshold;
      for (int x = 0; x < n; x++) {
        if (!alive[x]) continue;
        for (int y = x + 1; y < n; y++) {
          if (alive[y] && link[x][y] >= best) {
            best = link[x][y];
            bx = x;
            by = y;
          }
        }
      }
      if (bx < 0) break;
      join(link, groups, alive, bx, by);
    }
    List<List<Integer>> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (alive[i]) out.add(groups.get(i).stream().sorted().toList());
    }
    return out;
  }

  /** Folds group y into x; the new group's link to any other is the size-weighted mean (Lance-Williams). */
  private static void join(double[][] link, List<List<Integer>> groups, boolean[] alive, int x, int y) {
    int nx = groups.get(x).size(), ny = groups.get(y).size();
    for (int k = 0; k < link.length; k++) {
      if (!alive[k] || k == x || k == y) continue;
      double v = (link[x][k] * nx + link[y][k] * ny) / (nx + ny);
      link[x][k] = v;
      link[k][x] = v;
    }
    groups.get(x).addAll(groups.get(y));
    alive[y] = false;
  }
}
