package org.dossier.story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Blocking for incremental clustering: an inverted index from terms and names to articles, so a new
 * article is compared only with those sharing its heaviest terms, never with the whole store. Only the
 * newest postings of a key are read, so the cost of a lookup does not grow with the store.
 */
final class CandidateIndex {
  private final Map<String, List<String>> postings = new HashMap<>();
  private final int maxPostings;

  CandidateIndex(int maxPostings) {
    this.maxPostings = maxPostings;
  }

  void add(String articleId, Iterable<String> keys) {
    for (String k : keys) postings.computeIfAbsent(k, x -> new ArrayList<>()).add(articleId);
  }

  /**
   * Articles sharing any of the heaviest {@code perVector} keys of each vector, most shared keys
   * first, at most {@code limit}.
   */
  List<String> candidates(List<Map<String, Double>> vectors, int perVector, int limit) {
    Map<String, Integer> hits = new HashMap<>();
    for (Map<String, Double> v : vectors) {
      v.entrySet().stream()
          .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
          .limit(perVector)
          .forEach(e -> {
            List<String> ids = postings.getOrDefault(e.getKey(), List.of());
            for (String id : ids.subList(Math.max(0, ids.size() - maxPostings), ids.size())) {
              hits.merge(id, 1, Integer::sum);
            }
          });
    }
    return hits.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
            .thenComparing(Map.Entry.comparingByKey()))
        .limit(limit)
        .map(Map.Entry::getKey)
        .toList();
  }
}
