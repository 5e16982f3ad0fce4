package org.dossier.story;

import java.time.LocalDate;
import java.util.Map;

/**
 * What clustering needs to know of one article. Each signal is a bag of weighted keys, compared by
 * TF-IDF cosine.
 *
 * @param articleId the article's id
 * @param title its headline, or null
 * @param published its day, or null when unknown
 * @param terms weighted content words (headline words boosted when the headline summarises the body)
 * @param names names (by presence) and numbers (by count): who, where, how many
 * @param events what kind of happening with when, where and whom ("LAUNCH|rajin")
 * @param months the months the text names and the month of publication ("2025-06")
 * @param days the days of the year the text names, year or not ("06/12")
 * @param weekdays the weekdays the text names or its dates fall on ("6")
 * @param numbers the numbers the text states ("6.1", "12"), by count
 * @param shingles hashes of its word n-grams, sorted, for near-duplicate detection
 * @param gist the unit vector of what its lead means (see {@code Gist}), empty when it has none
 * @param gistModel the model that made the gist (null when none): gists of different models are never compared
 */
public record StoryProfile(String articleId, String title, LocalDate published, Map<String, Double> terms,
    Map<String, Double> names, Map<String, Double> events, Map<String, Double> months, Map<String, Double> days,
    Map<String, Double> weekdays, Map<String, Double> numbers, long[] shingles, float[] gist,
    String gistModel) {
  public StoryProfile {
    terms = Map.copyOf(terms);
    names = Map.copyOf(names);
    events = Map.copyOf(events);
    months = Map.copyOf(months);
    days = Map.copyOf(days);
    weekdays = Map.copyOf(weekdays);
    numbers = Map.copyOf(numbers);
    shingles = shingles.clone();
    gist = gist.clone();
  }
}
