package org.dossier.story;

import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * How likely two articles report the same happening: a weighted mean of TF-IDF cosines over content
 * words and over names and numbers, raised or lowered by how far their event keys, months and days
 * agree (a signal either article lacks changes nothing) and, within a block, by how far their gists
 * agree. Articles dated too far apart are never alike; near-duplicates are found by shingles. Document
 * frequencies grow as articles are added.
 */
final class StorySimilarity {
  private final StoryTuning tuning;
  private final TermStatistics terms = new TermStatistics();
  private final TermStatistics names = new TermStatistics();
  private final TermStatistics events = new TermStatistics();
  private final TermStatistics months = new TermStatistics();
  private final TermStatistics days = new TermStatistics();
  private final TermStatistics weekdays = new TermStatistics();
  private final TermStatistics numbers = new TermStatistics();

  StorySimilarity(StoryTuning tuning) {
    this.tuning = tuning;
  }

  /** A profile's unit vectors under the current document frequencies. */
  record Vectors(StoryProfile profile, Map<String, Double> terms, Map<String, Double> names,
      Map<String, Double> events, Map<String, Double> months, Map<String, Double> days,
      Map<String, Double> weekdays, Map<String, Double> numbers) {}

  /** Counts the profile's keys in the document frequencies. */
  void add(StoryProfile p) {
    terms.add(p.terms());
    names.add(p.names());
    events.add(p.events());
    months.add(p.months());
    days.add(p.days());
    weekdays.add(p.weekdays());
    numbers.add(p.numbers());
  }

  Vectors vectors(StoryProfile p) {
    return new Vectors(p, terms.vector(p.terms()), names.vector(p.names()), events.vector(p.events()),
        months.vector(p.months()), days.vector(p.days()),
        weekdays.vector(p.weekdays()), numbers.vector(p.numbers()));
  }

  /** Whether the shorter of the two is a copy of the longer: a syndicated copy or a repeating feed item. */
  boolean duplicates(Vectors a, Vectors b) {
    return !tooFarApart(a.profile(), b.profile())
        && Shingles.containment(a.profile().shingles(), b.profile().shingles()) >= tuning.duplicateContainment();
  }

  /**
   * The similarity within a block of articles on one topic: {@link #between(Vectors, Vectors)} raised or
   * lowered by the cosine of the two articles' {@link #centred} gists. Gists of one topic all point much
   * the same way; what is left once that common part is gone is what tells one happening from another.
   * A gist missing (null): no change.
   */
  double between(Vectors a, Vectors b, double[] gistA, double[] gistB) {
    double plain = between(a, b);
    if (plain == 0 || gistA == null || gistB == null) return plain;
    double cosine = 0;
    for (int i = 0; i < gistA.length; i++) cosine += gistA[i] * gistB[i];
    return plain * Math.max(0, 1 + tuning.gistWeight() * cosine);
  }

  /**
   * A gist with the block's mean gist taken away, at unit length (all zero when nothing is left), so
   * that comparing two is one dot product; null when there is no centre or the gist is not like it.
   */
  static double[] centred(float[] gist, double[] centre) {
    if (centre == null || gist.length != centre.length) return null;
    double[] out = new double[gist.length];
    double norm = 0;
    for (int i = 0; i < gist.length; i++) {
      out[i] = gist[i] - centre[i];
      norm += out[i] * out[i];
    }
    if (norm == 0) return out;
    double len = Math.sqrt(norm);
    for (int i = 0; i < out.length; i++) out[i] /= len;
    return out;
  }

  /** Whether both articles have gists made by the same model. */
  static boolean comparable(StoryProfile a, StoryProfile b) {
    return a.gist().length > 0 && a.gist().length == b.gist().length && a.gistModel().equals(b.gistModel());
  }

  /** The blended cosine, 0 for articles dated too far apart (near-duplicates are not special here). */
  double between(Vectors a, Vectors b) {
    if (tooFarApart(a.profile(), b.profile())) return 0;
    double base = (tuning.termWeight() * TermStatistics.cosine(a.terms(), b.terms())
        + tuning.nameWeight() * TermStatistics.cosine(a.names(), b.names()))
        / (tuning.termWeight() + tuning.nameWeight());
    return base * agreement(a.events(), b.events(), tuning.eventContradiction(), tuning.eventConfirmation())
        * agreement(a.months(), b.months(), tuning.timeContradiction(), tuning.monthConfirmation())
        * agreement(a.days(), b.days(), tuning.timeContradiction(), tuning.dayConfirmation())
        * agreement(a.weekdays(), b.weekdays(), tuning.weekdayContradiction(), 0)
        * agreement(a.numbers(), b.numbers(), tuning.numberContradiction(), tuning.numberConfirmation());
  }

  /**
   * A factor for a signal that confirms or contradicts rather than shows likeness on its own (two
   * articles naming Christmas are not thereby one story): from 1 - down when the two share nothing to
   * 1 + up when they agree fully; 1 when either lacks the signal.
   */
  private static double agreement(Map<String, Double> a, Map<String, Double> b, double down, double up) {
    if (a.isEmpty() || b.isEmpty()) return 1;
    return 1 - down + (down + up) * TermStatistics.cosine(a, b);
  }

  boolean tooFarApart(StoryProfile a, StoryProfile b) {
    if (a.published() == null || b.published() == null) return false;
    return Math.abs(ChronoUnit.DAYS.between(a.published(), b.published())) > tuning.dateWindowDays();
  }
}
