package org.dossier.story;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The weights and thresholds of same-story clustering, read from {@code story.properties} (every key
 * is commented there).
 */
public record StoryTuning(double termWeight, double titleBoost, double nameBoost, double linkThreshold,
    double candidateThreshold, int candidateTerms, int maxCandidates, int maxBlock, int dateWindowDays,
    int shingleSize, double duplicateContainment) {

  private static final String RESOURCE = "story.properties";

  /** The shipped defaults. */
  public static StoryTuning defaults() {
    Properties p = new Properties();
    try (InputStream in = StoryTuning.class.getResourceAsStream(RESOURCE)) {
      if (in == null) throw new IllegalStateException(RESOURCE + " is missing from the story module's resources");
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new StoryTuning(num(p, "termWeight"), num(p, "titleBoost"), num(p, "nameBoost"),
        num(p, "linkThreshold"), num(p, "candidateThreshold"), (int) num(p, "candidateTerms"),
        (int) num(p, "maxCandidates"), (int) num(p, "maxBlock"), (int) num(p, "dateWindowDays"),
        (int) num(p, "shingleSize"), num(p, "duplicateContainment"));
  }

  /** A copy with another link threshold (for tuning runs). */
  public StoryTuning withLinkThreshold(double threshold) {
    return new StoryTuning(termWeight, titleBoost, nameBoost, threshold, candidateThreshold, candidateTerms,
        maxCandidates, maxBlock, dateWindowDays, shingleSize, duplicateContainment);
  }

  private static double num(Properties p, String key) {
    String v = p.getProperty(key);
    if (v == null) throw new IllegalStateException(RESOURCE + " lacks the key '" + key + "'; add it");
    try {
      return Double.parseDouble(v.strip());
    } catch (NumberFormatException e) {
      throw new IllegalStateException(RESOURCE + ": '" + key + "' must be a number, not '" + v + "'");
    }
  }
}
