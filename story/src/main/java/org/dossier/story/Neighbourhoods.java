package org.dossier.story;

import java.util.Arrays;

/**
 * Similarities made relative to how crowded a block is, for a threshold that adapts to the topic. Where
 * many articles cover one topic (a boxer's fights, a country's military ties), two reports of different
 * happenings share most words; what still tells them apart is that each is much closer to the reports of
 * its own happening. Each similarity is divided by the larger of the two articles' scales, a scale being
 * the mean of the article's {@code k} best similarities within the block but never below a floor: two
 * reports must be as close as the tighter of them is to its own neighbours, and a lone article is judged
 * by the plain threshold. Copies (syndicated text, a feed item repeating an article) do not count
 * towards a scale: five outlets running one wire story must not raise the bar for a sixth report of
 * the happening in its own words.
 */
final class Neighbourhoods {
  private Neighbourhoods() {}

  /**
   * The relative similarities of a symmetric matrix (the diagonal is ignored); pairs marked as copies
   * are left out of the scales.
   */
  static double[][] relative(double[][] similarity, boolean[][] copies, int k, double floor) {
    int n = similarity.length;
    double[] scale = new double[n];
    for (int i = 0; i < n; i++) {
      double[] row = similarity[i].clone();
      for (int j = 0; j < n; j++) if (copies[i][j]) row[j] = 0;
      scale[i] = scale(row, i, k, floor);
    }
    double[][] out = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        out[i][j] = out[j][i] = similarity[i][j] / Math.max(scale[i], scale[j]);
      }
    }
    return out;
  }

  /** The mean of the k best similarities of row i to the others, at least the floor. */
  static double scale(double[] row, int i, int k, double floor) {
    if (k == 0) return floor;
    double[] others = new double[row.length - 1];
    for (int j = 0, x = 0; j < row.length; j++) if (j != i) others[x++] = row[j];
    Arrays.sort(others);
    double sum = 0;
    for (int x = 0; x < k && x < others.length; x++) sum += others[others.length - 1 - x];
    return Math.max(floor, sum / k);
  }
}
