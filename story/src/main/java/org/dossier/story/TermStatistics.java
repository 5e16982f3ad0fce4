package org.dossier.story;

import java.util.HashMap;
import java.util.Map;

/**
 * Document frequencies that grow as articles arrive, turning raw term weights into unit-length
 * TF-IDF vectors (sub-linear term frequency, smoothed inverse document frequency).
 */
final class TermStatistics {
  private final Map<String, Integer> df = new HashMap<>();
  private int documents;

  void add(Map<String, Double> terms) {
    documents++;
    for (String t : terms.keySet()) df.merge(t, 1, Integer::sum);
  }

  int documentFrequency(String term) {
    return df.getOrDefault(term, 0);
  }

  int documents() {
    return documents;
  }

  double idf(String term) {
    return Math.log((documents + 1.0) / (documentFrequency(term) + 0.5));
  }

  /** The unit-length TF-IDF vector of the weights. */
  Map<String, Double> vector(Map<String, Double> weights) {
    Map<String, Double> v = new HashMap<>(weights.size() * 2);
    double norm = 0;
    for (var e : weights.entrySet()) {
      double x = (1 + Math.log(e.getValue())) * idf(e.getKey());
      if (x <= 0) continue;
      v.put(e.getKey(), x);
      norm += x * x;
    }
    double len = Math.sqrt(norm);
    if (len > 0) v.replaceAll((k, x) -> x / len);
    return v;
  }

  static double cosine(Map<String, Double> a, Map<String, Double> b) {
    Map<String, Double> small = a.size() <= b.size() ? a : b;
    Map<String, Double> large = small == a ? b : a;
    double dot = 0;
    for (var e : small.entrySet()) {
      Double y = large.get(e.getKey());
      if (y != null) dot += e.getValue() * y;
    }
    return dot;
  }
}
