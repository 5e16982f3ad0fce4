package org.dossier.spark.filter;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds which watchlist entries a text mentions, in one pass over its words: names are matched as whole
 * word sequences, ignoring case and punctuation ("Kim Jong-un" matches "kim jong un"). Immutable and
 * thread-safe; far cheaper than any annotator, which is the point of the pre-filter.
 */
public final class TermMatcher {
  private record Phrase(String[] words, int entry) {}

  private final Map<String, List<Phrase>> byFirstWord = new HashMap<>();
  private final int require;

  public TermMatcher(Watchlist watchlist) {
    this.require = watchlist.require();
    for (int e = 0; e < watchlist.entries().size(); e++) {
      for (String name : watchlist.entries().get(e)) {
        String[] words = words(name).toArray(String[]::new);
        if (words.length > 0) byFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>()).add(new Phrase(words, e));
      }
    }
  }

  /** Whether the texts together mention at least the required number of distinct entries. */
  public boolean matches(String... texts) {
    Set<Integer> found = new HashSet<>();
    for (String text : texts) {
      if (text == null) continue;
      List<String> words = words(text);
      for (int i = 0; i < words.size(); i++) {
        List<Phrase> candidates = byFirstWord.get(words.get(i));
        if (candidates == null) continue;
        for (Phrase p : candidates) {
          if (startsAt(words, i, p.words()) && found.add(p.entry()) && found.size() >= require) return true;
        }
      }
    }
    return false;
  }

  private static boolean startsAt(List<String> words, int at, String[] phrase) {
    if (at + phrase.length > words.size()) return false;
    for (int j = 1; j < phrase.length; j++) {
      if (!words.get(at + j).equals(phrase[j])) return false;
    }
    return true;
  }

  /** Lower-cased runs of letters and digits. */
  static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean inWord = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
      if (inWord && start < 0) start = i;
      if (!inWord && start >= 0) {
        out.add(text.substring(start, i).toLowerCase(Locale.ROOT));
        start = -1;
      }
    }
    return out;
  }
}
