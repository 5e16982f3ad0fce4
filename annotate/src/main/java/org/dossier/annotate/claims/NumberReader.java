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
  /** Scale abbreviations read only when written in capitals or glued to digits ("10M", "1.2b"; "m" alone is metres). */
  private static final String CASED_SCALES = "m g b t";

  /** A number read: its value, the token range it covers, and whether it was written in words only. */
  record Read(double value, int first, int last, boolean inWords) {}

  private NumberReader() {}

  static boolean isNumberWord(String lower) {
    return WORDS.containsKey(lower);
  }

  /** The number starting at token {@code i}, or null. */
  static Read read(List<Tok> t, int i) {
    int start = i;
    double sign = 1;
    if (t.get(i).lower().equals("minus") || t.get(i).lower().equals("negative")) {
      sign = -1;
      i++;
    } else if (t.get(i).text().equals("-") && i + 1 < t.size() && t.get(i + 1).glued() && t.get(i + 1).isDigits()
        && !t.get(i).glued()) {
      sign = -1;
      i++;
    }
    if (i >= t.size()) return null;
    Read r = t.get(i).isDigits() || isLeadingDot(t, i) ? digits(t, i) : words(t, i);
    if (r == null) return null;
    r = fraction(t, r);
    return new Read(sign * r.value(), start, r.last(), r.inWords());
  }

  private static boolean isLeadingDot(List<Tok> t, int i) {
    return t.get(i).text().equals(".") && i + 1 < t.size() && t.get(i + 1).glued() && t.get(i + 1).isDigits()
        && (i == 0 || !t.get(i).glued());
  }

  private static Read digits(List<Tok> t, int i) {
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
        && t.get(i).text().matches("\\d{1,3}") && v == Math.rint(v)) {
      v = v * 1000 + t.get(j + 1).digits();
      j++;
    }
    return scaled(t, new Read(v, i, j, false));
  }

  private static Read words(List<Tok> t, int i) {
    double total = 0;
    double group = 0;
    boolean any = false;
    int last = i - 1;
    for (int j = i; j < t.size(); j++) {
      String w = t.get(j).lower();
      boolean nextIsNumber = j + 1 < t.size() && (WORDS.containsKey(t.get(j + 1).lower())
          || SCALES.containsKey(t.get(j + 1).lower()));
      if (WORDS.containsKey(w)) {
        group += Double.parseDouble(WORDS.get(w));
      } else if (w.equals("a") && !any && j + 1 < t.size() && FRACTIONS.containsKey(t.get(j + 1).lower())) {
        return new Read(1, i, j, true); // "a fifth", "a half"
      } else if (w.equals("a") && !any && j + 1 < t.size() && isWordScale(t.get(j + 1).lower())) {
        group = 1;
        any = true; // "a hundred", "a dozen"
        last = j;
        continue;
      } else if (any && isWordScale(w)) {
        double s = Double.parseDouble(SCALES.get(w));
        if (s < 1000) group = (group == 0 ? 1 : group) * s;
        else {
          total = group == 0 && total > 0 ? total * s : total + (group == 0 ? 1 : group) * s; // "lakh crore"
          group = 0;
        }
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
  private static Read scaled(List<Tok> t, Read r) {
    double v = r.value();
    int j = r.last();
    while (j + 1 < t.size()) {
      Tok n = t.get(j + 1);
      String key = n.lower();
      if (!SCALES.containsKey(key)) break;
      boolean cased = CASED_SCALES.contains(key) && key.length() == 1;
      if (cased && !(n.isCapitalized() || (key.equals("b") && n.glued()))) break;
      if (key.equals("k") && !n.glued() && !n.text().equals("k")) break;
      v *= Double.parseDouble(SCALES.get(key));
      j++;
    }
    return new Read(v, r.first(), j, r.inWords());
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
      return new Read(r.value() / Double.parseDouble(FRACTIONS.get(t.get(j).lower())), r.first(), j, r.inWords());
    }
    if (j + 2 < t.size() && t.get(j).lower().equals("and") && t.get(j + 1).lower().equals("a")
        && FRACTIONS.containsKey(t.get(j + 2).lower())) {
      return new Read(r.value() + 1 / Double.parseDouble(FRACTIONS.get(t.get(j + 2).lower())), r.first(), j + 2, r.inWords());
    }
    boolean over = j + 1 < t.size() && t.get(j).lower().equals("over");
    boolean outOf = j + 2 < t.size() && t.get(j).lower().equals("out") && t.get(j + 1).lower().equals("of");
    if (over || outOf) {
      Read d = read(t, j + (over ? 1 : 2));
      if (d != null && d.value() != 0 && (d.last() + 1 >= t.size() || !t.get(d.last() + 1).isWord())) {
        return new Read(r.value() / d.value(), r.first(), d.last(), r.inWords());
      }
    }
    return r;
  }
}
