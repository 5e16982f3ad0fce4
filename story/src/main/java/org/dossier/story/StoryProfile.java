package org.dossier.story;

import java.time.LocalDate;
import java.util.Map;

/**
 * What clustering needs to know of one article.
 *
 * @param articleId the article's id
 * @param title its headline, or null
 * @param published its day, or null when unknown
 * @param terms weighted content words (title words boosted)
 * @param names weighted names and numbers: who, where, how many
 * @param shingles hashes of its word n-grams, sorted, for near-duplicate detection
 */
public record StoryProfile(String articleId, String title, LocalDate published, Map<String, Double> terms,
    Map<String, Double> names, long[] shingles) {
  public StoryProfile {
    terms = Map.copyOf(terms);
    names = Map.copyOf(names);
    shingles = shingles.clone();
  }
}
