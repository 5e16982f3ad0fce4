package org.dossier.annotate.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dossier.core.model.Span;

/**
 * Splits text into sentences with plain rules: line breaks always end a sentence; {@code . ! ?} (with any
 * closing quotes or brackets) end one when a capital, digit or opening quote follows and the word before
 * the period is not a known abbreviation or an initial. Overlong sentences are cut so that the work per
 * sentence stays bounded on tables and run-on text.
 */
public final class Sentences {
  /** Longest sentence handed to the rules; longer runs are cut at the next space. */
  public static final int MAX_CHARS = 1200;
  private static final Set<String> ABBREVIATIONS = Lexicon.words(Sentences.class, "abbreviations.txt");
  private static final String CLOSERS = "\"'”’)]»";
  private static final String OPENERS = "\"'“‘([«";

  private Sentences() {}

  public static List<Span> split(CharSequence text) {
    List<Span> out = new ArrayList<>();
    int start = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        add(text, start, i, out);
        start = i + 1;
      } else if ((c == '.' || c == '!' || c == '?') && endsHere(text, i)) {
        int end = i + 1;
        while (end < n && CLOSERS.indexOf(text.charAt(end)) >= 0) end++;
        add(text, start, end, out);
        start = end;
        i = end - 1;
      }
    }
    add(text, start, n, out);
    return out;
  }

  private static boolean endsHere(CharSequence text, int dot) {
    int j = dot + 1;
    while (j < text.length() && CLOSERS.indexOf(text.charAt(j)) >= 0) j++;
    if (j >= text.length() || !Character.isWhitespace(text.charAt(j))) return false;
    while (j < text.length() && text.charAt(j) == ' ') j++;
    if (j >= text.length()) return true;
    char next = text.charAt(j);
    if (!(Character.isUpperCase(next) || Character.isDigit(next) || OPENERS.indexOf(next) >= 0 || next == '\n')) {
      return false;
    }
    return text.charAt(dot) != '.' || !abbreviationBefore(text, dot);
  }

  private static boolean abbreviationBefore(CharSequence text, int dot) {
    int b = dot;
    while (b > 0 && Character.isLetter(text.charAt(b - 1))) b--;
    String word = text.subSequence(b, dot).toString();
    if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) return true; // an initial: "J. Smith"
    return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
  }

  private static void add(CharSequence text, int from, int to, List<Span> out) {
    while (from < to && Character.isWhitespace(text.charAt(from))) from++;
    while (to > from && Character.isWhitespace(text.charAt(to - 1))) to--;
    while (to - from > MAX_CHARS) {
      int cut = from + MAX_CHARS;
      while (cut < to && !Character.isWhitespace(text.charAt(cut))) cut++;
      if (cut >= to) break;
      out.add(new Span(from, cut));
      from = cut + 1;
    }
    if (to > from) out.add(new Span(from, to));
  }
}
