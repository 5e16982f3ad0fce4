package org.dossier.annotate.claims;

import java.util.List;
import java.util.Map;
import org.dossier.annotate.quotes.Lexicon;

/**
 * Reads one number starting at a token: digits with separators (also "40 000" and tokenised "0 . 6"),
 * scale words and abbreviations ("9 million", "10k", "1.2bn", "three lakh crore"), number words ("two
 * hundred and two thousand", "fifty-two"), fractions ("three fifths", "2 1/4", "one and a half"),
 * decimals in words ("five point five") and signs ("minus", "-1"). Ordinals are not numbers here.
 */
final class NumberReader {
  private static final Map<String, String> WORDS = Lexicon.table(NumberReader.class, "number-words.txt");
  private static final Map<String, String> SCALES = Lexicon.table(NumberReader.class, "scales.txt");
  private static final Map<String, String> FRACTIONS = Lexicon.table(NumberReader.class, "fractions.txt");
  /**
   * Scale abbreviations read only when written in capitals or ("b") glued to digits: "10M", "1.2b", "1MM"
   * (finance's million); "m" alone is metres, "mm" millimetres.
   */
  private static final java.util.Set<String> CASED_SCALES = java.util.Set.of("m", "g", "b", "t", "mm");

  /** A number read: its value, the token range it covers, and whether it was written in words only. */
  record Read(double value, int first, int last, boolean inWords) {}

  private NumberReader() {}

  static boolean isNumberWord(String lower) {
    return WORDS.containsKey(lower);
  }

  /** Any word a number may be written with: "ninety", "lakh", "fifths", "point", "negative". */
  static boolean isNumberPart(String lower) {
    return WORDS.containsKey(lower) || SCALES.containsKey(lower) || FRACTIONS.containsKey(lower)
        || lower.matches("point|minus|negative|over|out|a|an|and");
  }

  /**
   * The number starting at token {@code i}, or null. After a currency sign ({@code money}) a glued "m" or
   * "b" is a scale ("$111m").
   */
  static Read read(List<Tok> t, int i, boolean money) {
    int start = i;
    double sign = 1;
    if (t.get(i).lower().equals("minus") || t.get(i).lower().equals("negative")) {
      sign = -1;
      i++;
    } else if (isMinus(t, i)) {
      sign = -1;
      i++;
    }
    if (i >= t.size()) return null;
    Read r = t.get(i).isDigits() || isLeadingDot(t, i) ? digits(t, i, money) : words(t, i);
    if (r == null) return null;
    r = fraction(t, r);
    return new Read(sign * r.value(), start, r.last(), r.inWords());
  }

  /**
   * A minus sign: "-1", or in tokenised newswire "- 10 k" when no number comes before (else "10 - 20"
   * is a range).
   */
  private static boolean isMinus(List<Tok> t, int i) {
    if (!t.get(i).text().equals("-") || i + 1 >= t.size() || !t.get(i + 1).isDigits() || t.get(i).glued()) return false;
    if (t.get(i + 1).glued()) return true;
    return i == 0 || !(t.get(i - 1).isDigits() || WORDS.containsKey(t.get(i - 1).lower())
        || SCALES.containsKey(t.get(i - 1).lower()) || t.get(i - 1).text().equals("%"));
  }

  private static boolean isLeadingDot(List<Tok> t, int i) {
    return t.get(i).text().equals(".") && i + 1 < t.size() && t.get(i + 1).glued() && t.get(i + 1).isDigits()
        && (i == 0 || !t.get(i).glued());
  }

  private static Read digits(List<Tok> t, int i, boolean money) {
    int j = i;
    double v;
    if (isLeadingDot(t, i)) {
      v = Double.parseDouble("0." + t.get(i + 1).text().replace(",", ""));
      j = i + 1;
    } else {
      v = t.get(i).digits();
    }
    // tokenised newswire: "0 . 6", "80 , 000"; grouped: "40 000"
    while (j + 2 < t.size() && !t.get(j + 1).glued() && !t.get(j + 2).glued() && t.get(j + 2).isDigits()) {
      String sep = t.get(j + 1).text();
      if (sep.equals(".") && v == Math.rint(v) && !t.get(j).text().contains(".")) {
        v = Double.parseDouble((long) v + "." + t.get(j + 2).text().replace(",", ""));
        j += 2;
      } else if (sep.equals(",") && t.get(j + 2).text().matches("\\d{3}") && v < 1000 && v == Math.rint(v)) {
        v = v * 1000 + t.get(j + 2).digits();
        j += 2;
      } else {
        break;
      }
    }
    while (j + 1 < t.size() && !t.get(j + 1).glued() && t.get(j + 1).text().matches("\\d{3}")
        && t.get(i).text().matches("\\d{1,3}") && v == Math.rint(v) && !startsName(t, j + 2)) {
      v = v * 1000 + t.get(j + 1).digits();
      j++;
    }
    return scaled(t, new Read(v, i, j, false), money);
  }

  /** "400 737 Max jets": a digit group followed by a name or a glued hyphen is a model number, not thousands. */
  private static boolean startsName(List<Tok> t, int k) {
    return k < t.size() && (t.get(k).isCapitalized() || t.get(k).glued() && t.get(k).text().equals("-"));
  }

  private static Read words(List<Tok> t, int i) {
    if (i + 2 < t.size() && FRACTIONS.containsKey(t.get(i).lower()) && t.get(i + 1).lower().equals("a")
        && isWordScale(t.get(i + 2).lower())) { // "half a dozen", "a quarter a million"
      double scale = Double.parseDouble(SCALES.get(t.get(i + 2).lower()));
      return new Read(scale / Double.parseDouble(FRACTIONS.get(t.get(i).lower())), i, i + 2, true);
    }
    double total = 0;
    double group = 0;
    double tail = 0;
    boolean any = false;
    int last = i - 1;
    for (int j = i; j < t.size(); j++) {
      String w = t.get(j).lower();
      boolean nextIsNumber = j + 1 < t.size() && (WORDS.containsKey(t.get(j + 1).lower())
          || SCALES.containsKey(t.get(j + 1).lower()));
      if (WORDS.containsKey(w)) {
        group += Double.parseDouble(WORDS.get(w));
        tail += Double.parseDouble(WORDS.get(w));
      } else if (w.equals("a") && !any && j + 1 < t.size() && FRACTIONS.containsKey(t.get(j + 1).lower())) {
        return new Read(1, i, j, true); // "a fifth", "a half"
      } else if (w.equals("a") && !any && j + 1 < t.size() && isWordScale(t.get(j + 1).lower())) {
        group = 1;
        any = true; // "a hundred", "a dozen"
        last = j;
        continue;
      } else if (any && isWordScale(w)) {
        double s = Double.parseDouble(SCALES.get(w));
        if (s < 100 && tail > 0 && tail < group) group = group - tail + tail * s; // "three hundred and two dozen"
        else if (s < 1000) group = (group == 0 ? 1 : group) * s;
        else {
          total = group == 0 && total > 0 ? total * s : total + (group == 0 ? 1 : group) * s; // "lakh crore"
          group = 0;
        }
        tail = 0;
      } else if ((w.equals("-") || w.equals("and")) && any && nextIsNumber) {
        continue;
      } else if (w.equals("point") && any && j + 1 < t.size() && WORDS.containsKey(t.get(j + 1).lower())) {
        return decimals(t, j + 1, total + group);
      } else {
        break;
      }
      any |= !w.equals("a");
      last = j;
    }
    if (!any) return null;
    return new Read(total + group, i, last, true);
  }

  private static boolean isWordScale(String w) {
    return SCALES.containsKey(w) && w.length() > 2 && !w.equals("mil") && !w.equals("mln") && !w.equals("bln");
  }

  private static Read decimals(List<Tok> t, int j, double whole) {
    StringBuilder digits = new StringBuilder();
    int last = j;
    for (; last < t.size() && WORDS.containsKey(t.get(last).lower()); last++) {
      double d = Double.parseDouble(WORDS.get(t.get(last).lower()));
      if (d > 9) break;
      digits.append((int) d);
    }
    if (digits.isEmpty()) return new Read(whole, j, j - 2, true);
    return new Read(whole + Double.parseDouble("0." + digits), j, last - 1, true);
  }

  /** Applies scale words or abbreviations after digits: "9 million", "10k", "3 lakh crore". */
  private static Read scaled(List<Tok> t, Read r, boolean money) {
    double v = r.value();
    int j = r.last();
    while (j + 1 < t.size()) {
      Tok n = t.get(j + 1);
      String key = n.lower();
      if (!SCALES.containsKey(key)) break;
      boolean capitals = n.text().equals(n.text().toUpperCase(java.util.Locale.ROOT));
      if (CASED_SCALES.contains(key) && !(capitals || (key.equals("b") || money) && n.glued())) break;
      if (key.equals("g") && !money && j + 2 < t.size() && t.get(j + 2).isWord()) break; // "5G network"
      if (key.equals("k") && !n.glued() && !n.text().equals("k")) break;
      v *= Double.parseDouble(SCALES.get(key));
      j++;
    }
    return new Read(v, r.first(), j, r.inWords());
  }

  /**
   * Number words before a fraction word. A lone digit word after "and" is the fraction's own numerator
   * ("one hundred and three quarters" is 100.75); a tens word or "N hundred" right after a number it cannot
   * extend belongs to the denominator ("one hundred thirty-fifths" is 100/35, "one one hundred fifth"
   * 1/105), while "one hundred and thirty fifths" stays 130/5.
   */
  private static Read wordFraction(List<Tok> t, Read r, int f) {
    double den = denominator(t, f);
    int and = -1;
    for (int k = r.first() + 1; k <= r.last(); k++) {
      if (t.get(k).lower().equals("and")) and = k;
    }
    int end = r.last();
    double last = wordValue(t.get(end));
    if (and > 0 && and == end - 1 && last < 10) { // "one hundred and three quarters", not "... and thirty fifths"
      Read whole = words(t.subList(0, and), r.first());
      if (whole != null) return new Read(whole.value() + last / den, r.first(), f, true);
    }
    boolean ordinal = den != 2 && den != 4;
    if (ordinal && end > r.first() && last >= 20 && last < 100 && last % 10 == 0 && isNumberToken(t.get(end - 1))) {
      Read num = words(t.subList(0, end), r.first());
      if (num != null) return new Read(num.value() / (last + den), r.first(), f, true);
    }
    if (ordinal && end - 1 > r.first() && t.get(end).lower().equals("hundred") && wordValue(t.get(end - 1)) < 10
        && wordValue(t.get(end - 2)) >= 0 && wordValue(t.get(end - 2)) < 10) {
      Read num = words(t.subList(0, end - 1), r.first());
      if (num != null) return new Read(num.value() / (wordValue(t.get(end - 1)) * 100 + den), r.first(), f, true);
    }
    return new Read(r.value() / den, r.first(), f, true);
  }

  private static double denominator(List<Tok> t, int f) {
    return Double.parseDouble(FRACTIONS.get(t.get(f).lower()));
  }

  private static boolean isNumberToken(Tok tok) {
    return WORDS.containsKey(tok.lower()) || SCALES.containsKey(tok.lower());
  }

  /** The value of a number word; -1 for any other token. */
  private static double wordValue(Tok tok) {
    String v = WORDS.get(tok.lower());
    return v == null ? -1 : Double.parseDouble(v);
  }

  /** "three fifths", "2 1/4", "one and a half", "1 over 3", "one out of three". */
  private static Read fraction(List<Tok> t, Read r) {
    int j = r.last() + 1;
    if (j + 1 < t.size() && t.get(j).text().equals("/") && t.get(j).glued() && t.get(j + 1).glued()
        && t.get(j + 1).isDigits() && t.get(j + 1).digits() != 0) {
      return new Read(r.value() / t.get(j + 1).digits(), r.first(), j + 1, r.inWords());
    }
    if (j + 2 < t.size() && t.get(j).isDigits() && t.get(j + 1).text().equals("/") && t.get(j + 2).isDigits()
        && t.get(j + 1).glued() && t.get(j + 2).glued() && t.get(j + 2).digits() != 0 && !r.inWords()) {
      return new Read(r.value() + t.get(j).digits() / t.get(j + 2).digits(), r.first(), j + 2, false);
    }
    if (j + 1 < t.size() && t.get(j).text().equals("-") && r.inWords() && FRACTIONS.containsKey(t.get(j + 1).lower())) {
      j++; // "five - eighths", "one-eighth"
    }
    if (j < t.size() && FRACTIONS.containsKey(t.get(j).lower())) {
      return r.inWords() ? wordFraction(t, r, j) : new Read(r.value() / denominator(t, j), r.first(), j, false);
    }
    if (j + 2 < t.size() && t.get(j).lower().equals("and") && t.get(j + 1).lower().equals("a")
        && FRACTIONS.containsKey(t.get(j + 2).lower())) {
      return new Read(r.value() + 1 / Double.parseDouble(FRACTIONS.get(t.get(j + 2).lower())), r.first(), j + 2, r.inWords());
    }
    boolean over = j + 1 < t.size() && t.get(j).lower().equals("over");
    boolean outOf = j + 2 < t.size() && t.get(j).lower().equals("out") && t.get(j + 1).lower().equals("of");
    if (over || outOf) {
      Read d = read(t, j + (over ? 1 : 2), false);
      if (d != null && d.value() != 0 && (d.last() + 1 >= t.size() || !t.get(d.last() + 1).isWord())) {
        return new Read(r.value() / d.value(), r.first(), d.last(), r.inWords());
      }
    }
    return r;
  }
}
