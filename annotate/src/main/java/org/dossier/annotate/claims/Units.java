package org.dossier.annotate.claims;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.annotate.quotes.Lexicon;

/** Unit words after a number, currency signs before it, and the counted noun when no unit is written. */
final class Units {
  private static final Map<String, String> UNITS = Lexicon.table(Units.class, "units.txt");
  private static final Map<String, String> PREFIXES = Lexicon.table(Units.class, "currency-prefixes.txt");
  private static final Set<String> NOUN_STOPS = Lexicon.words(Units.class, "noun-stops.txt");
  private static final Set<String> IRREGULAR_PLURALS = Lexicon.words(Units.class, "irregular-plurals.txt");
  /** Words skipped between a number and what it counts ("two more vessels"). */
  private static final Set<String> COUNT_SKIPS = Set.of("more", "additional", "other", "further", "extra");
  private static final int MAX_UNIT_TOKENS = 4;
  private static final Set<String> TIME_UNITS =
      Set.of("years", "months", "weeks", "days", "hours", "minutes", "seconds", "decades", "centuries");
  private static final int MAX_NOUN_WORDS = 4;

  /** A unit found: its canonical name and the last token it covers. */
  record Found(String unit, int last) {}

  private Units() {}

  /** The unit written right after token {@code last} (a hyphen or bracket may come first), or null. */
  static Found after(List<Tok> t, int last) {
    int k = last + 1;
    if (k < t.size() && "([{<".contains(t.get(k).text())) k++;
    else if (k < t.size() && t.get(k).text().equals("-") && t.get(k).glued()) k++;
    for (int n = Math.min(MAX_UNIT_TOKENS, t.size() - k); n >= 1; n--) {
      String unit = UNITS.get(join(t, k, k + n));
      boolean capitalLetter = n == 1 && t.get(k).text().length() == 1 && Character.isUpperCase(t.get(k).text().charAt(0))
          && !"LCF".contains(t.get(k).text()); // litres and degrees are written in capitals
      if (unit != null && !capitalLetter && (t.get(k + n - 1).isWord() || n > 1 || !t.get(k).isWord())) {
        if (t.get(k).lower().length() == 1 && Character.isLetter(t.get(k).text().charAt(0))
            && k + n < t.size() && t.get(k + n).isWord() && t.get(k + n).glued()) continue;
        int end = k + n - 1;
        if (end + 1 < t.size() && ")]}>".contains(t.get(end + 1).text())) end++;
        return new Found(unit, end);
      }
    }
    return null;
  }

  /** A currency sign or code ending right before token {@code first}: its unit and first token, or null. */
  static Found before(List<Tok> t, int first) {
    for (int n = Math.min(3, first); n >= 1; n--) {
      String unit = PREFIXES.get(join(t, first - n, first));
      if (unit != null) return new Found(unit, first - n);
    }
    return null;
  }

  /** Whether a currency sign or code starts at {@code i} and a number follows: the index of the number, else -1. */
  static int currencyStart(List<Tok> t, int i) {
    for (int n = Math.min(3, t.size() - i - 1); n >= 1; n--) {
      if (PREFIXES.containsKey(join(t, i, i + n))) return i + n;
    }
    return -1;
  }

  /**
   * The noun phrase counted by a number ending at {@code last}: first and last token, or null when none
   * follows ("3,000 in April"). Skips "more", a nested measure ("two more 5,000-ton class destroyers")
   * and a model designation ("400 737 Max jets", "12 A350-900 freighters").
   */
  static int[] countedNoun(List<Tok> t, int last) {
    int k = last + 1;
    while (k < t.size() && COUNT_SKIPS.contains(t.get(k).lower())) k++;
    if (k < t.size() && (t.get(k).isDigits() || NumberReader.isNumberWord(t.get(k).lower()))) {
      NumberReader.Read nested = NumberReader.read(t, k, false);
      Found unit = nested == null ? null : after(t, nested.last());
      boolean model = nested != null && nested.last() + 1 < t.size() && t.get(nested.last() + 1).isCapitalized();
      if (unit == null && !model) return null;
      k = model ? nested.last() + 1 : unit.last() + 1;
    }
    int first = k;
    int words = 0;
    while (k < t.size() && words < MAX_NOUN_WORDS) {
      Tok w = t.get(k);
      boolean designation = w.isWord() && k + 1 < t.size() && t.get(k + 1).glued() && t.get(k + 1).isDigits();
      if (designation || w.glued() && (w.isDigits() || w.text().equals("-")) && k > first) {
        k++; // a model designation: "A350-900"
        continue;
      }
      if (w.text().equals("-") && w.glued() && k + 1 < t.size() && t.get(k + 1).isWord()) {
        k++;
        continue;
      }
      if (!w.isWord() || NOUN_STOPS.contains(w.lower())) break;
      words++;
      k++;
    }
    int head = words == 0 ? -1 : head(t, first, k - 1);
    return head < 0 ? null : new int[] {first, head};
  }

  /**
   * The last plural word of the phrase, where the counted noun phrase ends ("two patrol planes flew"
   * counts planes, not flew); -1 when none looks plural ("500 over", "two committed").
   */
  private static int head(List<Tok> t, int first, int last) {
    for (int i = last; i >= first; i--) {
      if (looksPlural(t.get(i))) return i;
    }
    return -1;
  }

  /** Prepositions, conjunctions, determiners and auxiliaries: words that end a noun phrase. */
  static boolean isStopWord(String lower) {
    return NOUN_STOPS.contains(lower);
  }

  /**
   * Nouns that count in the singular form: plurals without a final s ("people", "aircraft") and units
   * ("100 yuan", "420 million markka"), but not a time unit ("3,000 more this year" counts no years).
   */
  static boolean isPluralForm(String lower) {
    String unit = UNITS.get(lower);
    return IRREGULAR_PLURALS.contains(lower) || unit != null && !TIME_UNITS.contains(unit);
  }

  private static boolean looksPlural(Tok w) {
    String s = w.lower();
    if (isPluralForm(s)) return true; // "people", "100 chinese yuan"
    return s.length() > 3 && s.endsWith("s") && !s.endsWith("ss") && !s.endsWith("us") && !s.endsWith("is");
  }

  /** The unit for a counted noun: its canonical unit when it is one, else the noun as written. */
  static String unitOfNoun(String noun) {
    String u = UNITS.get(noun);
    return u != null ? u : noun;
  }

  /** Plural of a measure written in the singular inside a compound ("11-country" counts countries). */
  static String plural(String noun) {
    String u = UNITS.get(noun);
    if (u != null) return u;
    if (noun.endsWith("y") && noun.length() > 2 && "aeiou".indexOf(noun.charAt(noun.length() - 2)) < 0) {
      return noun.substring(0, noun.length() - 1) + "ies";
    }
    return noun.endsWith("s") ? noun : noun + "s";
  }

  static String join(List<Tok> t, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int i = from; i < to; i++) {
      if (i > from && !t.get(i).glued()) sb.append(' ');
      sb.append(t.get(i).lower());
    }
    return sb.toString();
  }
}
