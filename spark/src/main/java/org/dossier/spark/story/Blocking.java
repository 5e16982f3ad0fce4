package org.dossier.spark.story;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dossier.core.pipeline.AnnotatedArticle;
import org.dossier.story.NameFinder;

/**
 * Which blocks an article is clustered in: one per (date tile, name) for its most mentioned names, over
 * two tilings of tiles two clustering windows wide, offset by one window. Any two articles within one
 * window of each other then share a tile in one of the tilings, so two articles the clusterer could join
 * (it never joins articles further apart than the window) meet in some block if they share a main name.
 */
final class Blocking {
  /** How many of an article's heaviest names key its blocks; more finds more, shuffles more. */
  static final int NAMES_PER_ARTICLE = 2;

  /** The block of articles without a publication day, by name only. */
  static final String UNDATED = "undated";

  private final NameFinder names;
  private final int windowDays;

  Blocking(NameFinder names, int windowDays) {
    this.names = names;
    this.windowDays = windowDays;
  }

  List<String> keys(AnnotatedArticle aa) {
    List<String> top = names.names(aa.article(), aa.annotations()).entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(NAMES_PER_ARTICLE).map(Map.Entry::getKey).toList();
    LocalDate day = aa.article().published() == null ? null : aa.article().published().toLocalDate();
    List<String> keys = new ArrayList<>();
    for (String name : top) {
      if (day == null) {
        keys.add(UNDATED + "|" + name);
      } else {
        long d = day.toEpochDay();
        keys.add("a" + Math.floorDiv(d, 2L * windowDays) + "|" + name);
        keys.add("b" + Math.floorDiv(d + windowDays, 2L * windowDays) + "|" + name);
      }
    }
    return keys;
  }
}
