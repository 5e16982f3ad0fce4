package org.dossier.story;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The weights and thresholds of same-story clustering, read from {@code story.properties} (every key
 * is commented there).
 */
public record StoryTuning(double termWeight, double nameWeight, double eventContradiction,
    double eventConfirmation, double numberContradiction, double numberConfirmation, double timeContradiction,
    double monthConfirmation, double dayConfirmation, double weekdayContradiction, double gistWeight,
    double gistShrink, double titleBoost, double nameBoost,
    double titleAgreement, int titleAgreementMinBody, int scaleNeighbours, double scaleFloor,
    double linkThreshold, double candidateThreshold, int candidateTerms, int maxCandidates, int maxPostings,
    int maxBlock, int dateWindowDays, int shingleSize, double duplicateContainment) {

  private static final String RESOURCE = "story.properties";

  public StoryTuning {
    // the ones that would divide by zero or turn a signal upside down
    check(scaleFloor > 0, "scaleFloor", "> 0", scaleFloor);
    check(gistWeight >= 0, "gistWeight", ">= 0", gistWeight);
    check(gistShrink >= 0, "gistShrink", ">= 0", gistShrink);
  }

  /** The shipped defaults. */
  public static StoryTuning defaults() {
    return of(new Properties());
  }

  /**
   * The shipped defaults with some keys replaced (a user's file of trial thresholds); an unknown key
   * fails, so a typo is not silently ignored.
   */
  public static StoryTuning of(Properties overrides) {
    Properties p = shipped();
    for (String key : overrides.stringPropertyNames()) {
      if (!p.containsKey(key)) {
        throw new IllegalArgumentException("unknown story tuning key '" + key + "'; the keys are those of "
            + RESOURCE + ": " + p.stringPropertyNames());
      }
      p.setProperty(key, overrides.getProperty(key));
    }
    return new StoryTuning(num(p, "termWeight"), num(p, "nameWeight"), num(p, "eventContradiction"),
        num(p, "eventConfirmation"), num(p, "numberContradiction"), num(p, "numberConfirmation"),
        num(p, "timeContradiction"), num(p, "monthConfirmation"), num(p, "dayConfirmation"),
        num(p, "weekdayContradiction"), num(p, "gistWeight"), num(p, "gistShrink"),
        num(p, "titleBoost"), num(p, "nameBoost"), num(p, "titleAgreement"),
        whole(p, "titleAgreementMinBody"), whole(p, "scaleNeighbours"), num(p, "scaleFloor"),
        num(p, "linkThreshold"), num(p, "candidateThreshold"), whole(p, "candidateTerms"),
        whole(p, "maxCandidates"), whole(p, "maxPostings"), whole(p, "maxBlock"), whole(p, "dateWindowDays"),
        whole(p, "shingleSize"), num(p, "duplicateContainment"));
  }

  private static Properties shipped() {
    Properties p = new Properties();
    try (InputStream in = StoryTuning.class.getResourceAsStream(RESOURCE)) {
      if (in == null) throw new IllegalStateException(RESOURCE + " is missing from the story module's resources");
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }

  private static void check(boolean ok, String key, String rule, double value) {
    if (!ok) throw new IllegalArgumentException(RESOURCE + ": '" + key + "' must be " + rule + ", not " + value);
  }

  private static int whole(Properties p, String key) {
    double v = num(p, key);
    if (v != Math.rint(v) || v < 0) {
      throw new IllegalArgumentException(RESOURCE + ": '" + key + "' must be a whole number >= 0, not " + v);
    }
    return (int) v;
  }

  private static double num(Properties p, String key) {
    String v = p.getProperty(key);
    if (v == null) throw new IllegalStateException(RESOURCE + " lacks the key '" + key + "'; add it");
    try {
      return Double.parseDouble(v.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(RESOURCE + ": '" + key + "' must be a number, not '" + v + "'");
    }
  }
}
