package org.dossier.story;

import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * How likely two articles report the same happening: TF-IDF cosine over content words blended with
 * cosine over names and numbers; near-duplicates count as certain, articles dated too far apart as
 * never.
 */
final class StorySimilarity {
  private final StoryTuning tuning;
  private final TermStatistics terms;
  private final TermStatistics names;

  StorySimilarity(StoryTuning tuning, TermStatistics terms, TermStatistics names) {
    this.tuning = tuning;
    this.terms = terms;
    this.names = names;
  }

  /** A profile's vectors under the current document frequencies. */
  record Vectors(StoryProfile profile, Map<String, Double> terms, Map<String, Double> names) {}

  Vectors vectors(StoryProfile p) {
    return new Vectors(p, terms.vector(p.terms()), names.vector(p.names()));
  }

  double between(Vectors a, Vectors b) {
    if (tooFarApart(a.profile(), b.profile())) return 0;
    if (Shingles.containment(a.profile().shingles(), b.profile().shingles()) >= tuning.duplicateContainment()) {
      return 1;
    }
    return tuning.termWeight() * TermStatistics.cosine(a.terms(), b.terms())
        + (1 - tuning.termWeight()) * TermStatistics.cosine(a.names(), b.names());
  }

  boolean tooFarApart(StoryProfile a, StoryProfile b) {
    if (a.published() == null || b.published() == null) return false;
    return Math.abs(ChronoUnit.DAYS.between(a.published(), b.published())) > tuning.dateWindowDays();
  }
}
