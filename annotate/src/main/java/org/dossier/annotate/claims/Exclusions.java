package org.dossier.annotate.claims;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.annotate.quotes.Lexicon;

/**
 * Numbers that state no amount, told by the words around them: dates, years and clock times, ordinals,
 * page furniture, labels ("area 55", "Flight 370"), ages in apposition or of age groups, calibres, and
 * codes: model numbers ("Boeing 787-9", "A350-900", "F-16", "the 787-9"), numbers glued to letters ("T3", "5G"),
 * digits with a leading zero (phone numbers) and a number right after another ("400 737 Max jets").
 */
final class Exclusions {
  private static final Map<String, Set<String>> WORDS = Lexicon.sections(Exclusions.class, "exclusions.txt");
  private static final Set<String> ORDINAL_SUFFIXES = Set.of("st", "nd", "rd", "th");
  private static final Set<String> TIME_UNITS = Set.of("years", "months", "weeks", "days");
  private static final int YEAR_MIN = 1800;
  private static final int YEAR_MAX = 2100;
  private static final int CALIBRE_REACH = 5;
  private static final int RANGE_REACH = 5;
  private static final Set<String> RANGE_WORDS = Set.of("between", "from", "to", "and", "-", "\u2013");

  private Exclusions() {}

  /** Whether the number read at {@code start} (its currency sign, if any) is a date, clock time, ordinal or label. */
  static boolean isNoAmount(List<Tok> t, int start, NumberReader.Read r, String currency) {
    int last = r.last();
    Tok head = t.get(r.first()).text().equals("-") || t.get(r.first()).lower().matches("minus|negative")
        ? t.get(r.first() + 1) : t.get(r.first());
    Tok next = last + 1 < t.size() ? t.get(last + 1) : null;
    if (next != null && next.glued() && ORDINAL_SUFFIXES.contains(next.lower())) return true;
    if (next != null && next.glued() && next.text().equals(":") && last + 2 < t.size() && t.get(last + 2).isDigits()) return true;
    if (next != null && WORDS.get("clock").contains(next.lower())) return true;
    if (isMonth(t, start - 1) || (start >= 2 && t.get(start - 1).text().equals(".") && isMonth(t, start - 2))
        || isMonth(t, last + 1)) {
      return true;
    }
    if (start > 0 && t.get(start - 1).text().equals(":") && t.get(start - 1).glued()) return true;
    if (currency == null && head.isDigits() && head.text().matches("\\d{4}") && r.first() == r.last()) {
      int year = Integer.parseInt(head.text());
      if (year >= YEAR_MIN && year <= YEAR_MAX && !hasMeasureUnit(t, last)) return true;
    }
    if (last + 2 < t.size() && WORDS.get("furniture").contains(Units.join(t, last + 1, last + 3))) return true;
    return currency == null && start > 0 && WORDS.get("labels").contains(t.get(start - 1).lower())
        && Units.after(t, last) == null;
  }

  /**
   * Whether the number at {@code start} is a code or part of a name rather than an amount; the caller then
   * skips the glued run it belongs to ({@link #runEnd}).
   */
  static boolean isCode(List<Tok> t, int start, NumberReader.Read r, String currency) {
    if (currency != null) return false;
    Tok first = t.get(r.first());
    if (first.glued() && r.first() > 0 && t.get(r.first() - 1).isWord()) return true; // "T3", "A350"
    if (first.isDigits() && first.text().length() > 1 && first.text().charAt(0) == '0'
        && Character.isDigit(first.text().charAt(1))) {
      return true; // "0148": phone numbers and other codes
    }
    if (start > 0 && (t.get(start - 1).isDigits() || NumberReader.isNumberWord(t.get(start - 1).lower()))
        && !first.glued() && r.first() == start && Units.after(t, r.last()) == null) {
      return true; // "400 737 Max jets", "eight 787-9s": a number right after another names a model
    }
    if (isSlashed(t, r)) return true;
    if (hasGluedLetters(t, r.last()) && Units.after(t, r.last()) == null) return true; // "5G", "1990s", "96jjh"
    return isModelNumber(t, start);
  }

  /** The last token of the run of glued tokens from {@code i} on ("787-9", "s96jjh8AlD"). */
  static int runEnd(List<Tok> t, int i) {
    int k = i;
    while (k + 1 < t.size() && t.get(k + 1).glued() && (t.get(k + 1).isWord() || t.get(k + 1).isDigits()
        || t.get(k + 1).text().equals("-") || t.get(k + 1).text().equals("/"))) {
      k++;
    }
    return k;
  }

  /** Letters glued right after a number that no unit, scale or suffix explains ("5G", "96jjh"): a code. */
  static boolean hasGluedLetters(List<Tok> t, int last) {
    return last + 1 < t.size() && t.get(last + 1).glued() && t.get(last + 1).isWord();
  }

  /**
   * An age that states no amount: in apposition to a name ("Smith, 35, said"), as a hyphenated modifier
   * ("the 55-year-old hunter") or naming an age group
   * ("patients aged 26 or older", "aged between 12 and 17", "aged 18 to 25"). A stated age ("29 years
   * old", "aged 55") is a claim.
   */
  static boolean isAge(List<Tok> t, int start, String unit, int unitLast) {
    if (unit == null && isApposed(t, start, unitLast)) return true;
    if (unit != null && isAttributiveAge(t, start, unitLast)) return true;
    int before = start - 1; // back over "between 12 to" of "aged between 12 to 17"
    while (before >= 0 && start - before <= RANGE_REACH && (t.get(before).isDigits()
        || NumberReader.isNumberWord(t.get(before).lower()) || RANGE_WORDS.contains(t.get(before).lower()))) {
      before--;
    }
    if (before < 0 || !WORDS.get("age-group").contains(t.get(before).lower())) return false;
    int after = Math.max(unitLast, start) + 1;
    boolean ranged = before < start - 1 || after < t.size() && RANGE_WORDS.contains(t.get(after).lower());
    return ranged || after + 1 < t.size() && (t.get(after).lower().equals("or") || t.get(after).lower().equals("and"))
        && WORDS.get("age-bound").contains(t.get(after + 1).lower());
  }

  /** "the 55-year-old hunter": an age written as a hyphenated modifier describes a person, it states nothing. */
  private static boolean isAttributiveAge(List<Tok> t, int start, int unitLast) {
    return unitLast + 2 < t.size() && start + 1 < t.size() && t.get(start + 1).text().equals("-")
        && t.get(start + 1).glued() && t.get(unitLast + 1).text().equals("-") && t.get(unitLast + 1).glued()
        && t.get(unitLast + 2).lower().equals("old");
  }

  /** "Smith, 35, said": a bare whole number between commas right after a name. */
  private static boolean isApposed(List<Tok> t, int start, int last) {
    if (start < 2 || last + 1 >= t.size() || !t.get(start - 1).text().equals(",")) return false;
    Tok name = t.get(start - 2).text().equals(".") && start >= 3 ? t.get(start - 3) : t.get(start - 2); // "Jr."
    return name.isWord() && name.isCapitalized() && t.get(start).isDigits() && t.get(start).text().matches("\\d{1,3}")
        && ",)".contains(t.get(last + 1).text());
  }

  /** "the last three months of 2024", "the first six weeks of the year": a part of the calendar, a date. */
  static boolean isPeriod(List<Tok> t, int start, String unit, int unitLast) {
    return TIME_UNITS.contains(unit) && start > 0 && WORDS.get("period-start").contains(t.get(start - 1).lower())
        && unitLast + 1 < t.size() && t.get(unitLast + 1).lower().equals("of");
  }

  /** "122 mm shells": a calibre names a weapon, it counts nothing. */
  static boolean isCalibre(List<Tok> t, String unit, int last) {
    if (!unit.equals("millimeters")) return false;
    for (int k = last + 1; k < Math.min(t.size(), last + 1 + CALIBRE_REACH); k++) {
      if (WORDS.get("calibre").contains(t.get(k).lower())) return true;
    }
    return false;
  }

  /**
   * "no two cases", "each one": a number word after a quantifier is no count; "the two countries",
   * "between two neighbours": a pair named again, not counted ("the four attempts" does count).
   */
  static boolean isReference(List<Tok> t, int start) {
    if (start == 0) return false;
    String before = t.get(start - 1).lower();
    return WORDS.get("not-count").contains(before)
        || WORDS.get("pair-reference").contains(before) && t.get(start).lower().equals("two");
  }

  static boolean isMonthWord(String lower) {
    return WORDS.get("months").contains(lower);
  }

  private static boolean hasMeasureUnit(List<Tok> t, int last) {
    Units.Found u = Units.after(t, last);
    return u != null && !TIME_UNITS.contains(u.unit());
  }

  private static boolean isMonth(List<Tok> t, int i) {
    return i >= 0 && i < t.size() && WORDS.get("months").contains(t.get(i).lower())
        && (t.get(i).isCapitalized() || t.get(i).text().equals(t.get(i).lower()));
  }

  /**
   * "Boeing 777", "COVID-19", "F-16", "S&amp;P 500": a number right after a capitalised word inside the
   * sentence. A lone capital ("A", "I") counts only when glued to its name ("F-16", "S&amp;P").
   */
  private static boolean isModelNumber(List<Tok> t, int start) {
    int p = start - 1;
    boolean hyphened = false;
    if (p >= 0 && t.get(p).text().equals("-") && t.get(p).glued() && t.get(start).glued()) {
      p--;
      hyphened = true;
    }
    if (p < 1 || !t.get(p).isWord() || !hasCapital(t.get(p).text())) return false;
    String w = t.get(p).lower();
    if (QuantityFinder.isQualifier(w) || NumberReader.isNumberWord(w) || isMonthWord(w) || Units.isStopWord(w)
        || WORDS.get("not-count").contains(w)) {
      return false; // "Flood Damages More Than 200 Homes": a capitalised word of a title is no name
    }
    return t.get(p).text().length() > 1 || hyphened || t.get(p).glued();
  }

  /** "Boeing", "iPhone", "eBay": a word with a capital letter anywhere. */
  private static boolean hasCapital(String word) {
    return !word.equals(word.toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * "9/11 memorabilia", "11/19/2019", "24/7": digits around a glued slash name a date or a slogan, unless
   * they stand as a fraction ("3/4 of voters", "2 1/4 miles").
   */
  static boolean isSlashed(List<Tok> t, NumberReader.Read r) {
    boolean slashed = false;
    for (int k = r.first(); k <= r.last(); k++) slashed |= t.get(k).text().equals("/") && t.get(k).glued();
    if (!slashed) return false;
    int next = r.last() + 1;
    if (next < t.size() && t.get(next).text().equals("/") && t.get(next).glued()) return true; // a date
    if (r.value() > 1 && r.first() == r.last() - 2) return true; // "24/7"
    return next < t.size() && t.get(next).isWord() && Units.after(t, r.last()) == null
        && !Units.isStopWord(t.get(next).lower());
  }
}
