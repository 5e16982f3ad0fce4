package org.dossier.annotate.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.annotate.quotes.Lexicon;
import org.dossier.core.model.Qualifier;
import org.dossier.core.model.Span;

/**
 * Finds the numbers of one sentence that state an amount, with unit, hedge and counted noun. A claim needs
 * a unit: a currency sign, a measure word ("km", "percent", "hours") or the noun the number counts (its
 * nummod head in the parse, else the plural noun after it); a bare number, a name or code, a date, an age
 * or a reference ("the two countries") is none (see {@link Exclusions}). Ranges give two claims
 * ({@link Ranges}). Work is linear in the sentence's tokens.
 */
final class QuantityFinder {
  private static final Map<String, String> QUALIFIERS = Lexicon.table(QuantityFinder.class, "qualifiers.txt");
  private static final int ABOUT_WORDS = 8;
  private static final int QUALIFIER_WORDS = 4;
  /** How far (in characters) an elliptical number may stand from the number whose unit it takes. */
  private static final int ELLIPSIS_REACH = 80;
  /** Words before a bare number that make it take the unit of the number before ("..., and another 3,000"). */
  private static final Set<String> ELLIPSIS = Set.of("another", "and", ",", "additional", "further", "or", "to", "from");
  /** Main currency units whose sub-unit may follow the amount ("3 dollars 50 cents"). */
  private static final Map<String, String> SUBUNITS = Map.of("dollars", "cents", "euros", "cents", "pounds", "pence");
  private static final Map<String, Double> YEARS_IN = Map.of("centuries", 100.0, "decades", 10.0);
  private static final Set<String> COPULAS = Set.of("is", "are", "was", "were", "be", "been", "being", "equals");
  /** Words that say nothing of what a number counts: pronouns, question words, "either ... or". */
  private static final Set<String> FUNCTION_WORDS = Set.of("either", "neither", "nor", "how", "much", "many", "what",
      "i", "you", "he", "she", "it", "we", "they", "s", "same");

  /** A number with its currency sign, if one comes first. */
  private record Num(NumberReader.Read r, String currency) {}

  /**
   * A number read with its unit, before the checks that make it a claim.
   *
   * @param measure whether the unit is written as a sign or measure word (not a counted noun)
   * @param unitLast last token of the number and its written sign or measure word; -1 without one
   * @param end last token of the claim's span
   */
  private record Reading(int qualStart, NumberReader.Read r, double value, int valueEnd, String unit,
      boolean measure, int unitLast, int end, int aboutFrom, Qualifier qualifier) {
    Reading withUnitOf(Reading other) {
      return new Reading(qualStart, r, value, valueEnd, other.unit, other.measure, unitLast, end, other.aboutFrom,
          qualifier);
    }

    Reading with(Qualifier q) {
      return new Reading(qualStart, r, value, valueEnd, unit, measure, unitLast, end, aboutFrom, q);
    }
  }

  private QuantityFinder() {}

  static boolean isQualifier(String lower) {
    return QUALIFIERS.containsKey(lower);
  }

  /** The quantities stated in {@code text[from, to)}, read by word order alone. */
  static List<Quantity> find(String text, int from, int to) {
    return find(text, from, to, Syntax.NONE);
  }

  /** The quantities stated in {@code text[from, to)}, in text order. */
  static List<Quantity> find(String text, int from, int to, Syntax syntax) {
    List<Tok> t = Tok.of(text, from, to);
    List<Quantity> out = new ArrayList<>();
    Boolean parsedNounless = syntax.nounless(new Span(from, to));
    boolean nounless = parsedNounless != null ? parsedNounless : t.stream().noneMatch(QuantityFinder::isContentWord);
    for (int i = 0; i < t.size(); i++) {
      Num n = number(t, i);
      if (n == null) continue;
      if (Exclusions.isCode(t, i, n.r(), n.currency())) {
        i = Exclusions.runEnd(t, Math.max(i, n.r().last()));
        continue;
      }
      Reading a = reading(t, i, n, syntax);
      if (a == null) {
        i = Math.max(i, n.r().last());
        continue;
      }
      Ranges.Link link = Ranges.after(t, a.qualStart(), a.valueEnd(), a.measure() ? a.unitLast() : -1);
      Reading b = link == null ? null : second(t, link.second(), syntax);
      boolean range = b != null && link.range();
      if (range && b.value() < a.value() && !b.measure()) { // "787-9", "6-4": a model or a score, no range
        i = Exclusions.runEnd(t, Math.max(i, b.valueEnd()));
        continue;
      }
      if (b != null && a.unit() == null && b.unit() != null) a = a.withUnitOf(b);
      if (b != null && b.unit() == null && a.measure() && range) b = b.withUnitOf(a);
      if (range && a.unit() != null && a.unit().equals(b.unit())) {
        a = a.with(Qualifier.AT_LEAST);
        b = b.with(Qualifier.AT_MOST);
      }
      if (range && a.unit() == null && b.unit() == null) { // "1-1", "555-0148": a score or a code
        i = Exclusions.runEnd(t, Math.max(i, b.valueEnd()));
        continue;
      }
      add(out, quantity(t, a, out, range, nounless));
      if (b != null) add(out, quantity(t, b, out, range, nounless));
      i = Math.max(i, (b != null ? b : a).valueEnd());
    }
    return out;
  }

  private static void add(List<Quantity> out, Quantity q) {
    if (q != null) out.add(q);
  }

  private static Num number(List<Tok> t, int i) {
    int at = Units.currencyStart(t, i);
    String currency = at >= 0 ? Units.before(t, at).unit() : null;
    NumberReader.Read r = NumberReader.read(t, at >= 0 ? at : i, currency != null);
    if (r == null && at < 0) r = unitAndAHalf(t, i);
    return r == null ? null : new Num(r, currency);
  }

  /** "a year and a half": the article counts one before the unit. */
  private static NumberReader.Read unitAndAHalf(List<Tok> t, int i) {
    if (!t.get(i).lower().equals("a") && !t.get(i).lower().equals("an")) return null;
    Units.Found u = Units.after(t, i);
    return u != null && andAHalf(t, u.last()) ? new NumberReader.Read(1, i, i, true) : null;
  }

  private static boolean andAHalf(List<Tok> t, int last) {
    return last + 3 < t.size() && Units.join(t, last + 1, last + 4).equals("and a half");
  }

  /** The second number of a pair, or null when none can be read or it is no amount. */
  private static Reading second(List<Tok> t, int j, Syntax syntax) {
    Num n = number(t, j);
    if (n == null || Exclusions.isCode(t, j, n.r(), n.currency())) return null;
    return reading(t, j, n, syntax);
  }

  /** The number at {@code start} with its unit or counted noun; null when it is no amount. */
  private static Reading reading(List<Tok> t, int start, Num n, Syntax syntax) {
    NumberReader.Read r = n.r();
    if (Exclusions.isNoAmount(t, start, r, n.currency())) return null;
    double value = r.value();
    String unit = n.currency();
    int valueEnd = r.last();
    int unitLast = unit != null ? valueEnd : -1;
    boolean age = "years".equals(unit); // "age 87", but "aged six months" keeps its months
    if (unit == null || age) {
      Units.Found u = Units.after(t, r.last());
      if (u != null && Exclusions.isCalibre(t, u.unit(), u.last())) return null;
      if (u != null) {
        unit = u.unit();
        unitLast = u.last();
      }
    }
    if (unit != null && SUBUNITS.containsKey(unit)) {
      int[] cents = subunit(t, unitLast);
      if (cents != null) {
        value += cents[0] / 100.0; // "13 dollars 45 (cents)"
        unitLast = valueEnd = cents[1];
      }
    }
    if (unit != null && andAHalf(t, unitLast)) {
      value += 0.5; // "a year and a half"
      unitLast = valueEnd = unitLast + 3;
    }
    if (Exclusions.isAge(t, r.first(), unit, unit == null ? valueEnd : unitLast)) return null;
    if (unit != null && Exclusions.isPeriod(t, start, unit, unitLast)) return null;
    if (unit != null && YEARS_IN.containsKey(unit) && value != Math.rint(value)) {
      value *= YEARS_IN.get(unit); // "half a century" is 50 years
      unit = "years";
    }
    int qualStart = qualifierStart(t, start);
    Qualifier qualifier = qualStart == start ? Qualifier.EXACT
        : Qualifier.fromWire(QUALIFIERS.get(Units.join(t, qualStart, start)));
    if (unit != null) {
      return new Reading(qualStart, r, value, valueEnd, unit, true, unitLast, unitLast, firstWord(t, valueEnd + 1, unitLast),
          qualifier);
    }
    return counted(t, start, r, value, qualStart, qualifier, syntax);
  }

  /** A number without a written unit: the noun it counts, if any; null for a name or a reference. */
  private static Reading counted(List<Tok> t, int start, NumberReader.Read r, double value, int qualStart,
      Qualifier qualifier, Syntax syntax) {
    int last = r.last();
    boolean hyphened = last + 2 < t.size() && t.get(last + 1).text().equals("-") && t.get(last + 1).glued()
        && t.get(last + 2).isWord() && t.get(last + 2).glued() && !t.get(last + 2).lower().equals("to");
    if (hyphened && (r.inWords() || t.get(last + 2).isCapitalized())) return null; // "two-way", "7-Eleven"
    String unit = null;
    int end = last;
    if (hyphened) {
      unit = Units.plural(t.get(last + 2).lower()); // "an 11-country group"
      end = last + 2;
    } else {
      int[] noun = noun(t, r, syntax);
      if (noun != null && noun[0] < 0) return null;
      if (noun != null) {
        unit = Units.unitOfNoun(t.get(noun[1]).lower());
        end = noun[1];
      }
    }
    if (unit != null && r.inWords() && Exclusions.isReference(t, start)) return null; // "the two countries"
    return new Reading(qualStart, r, value, last, unit, false, -1, end, last + 1, qualifier);
  }

  /**
   * The counted noun's first and last token; null when the number counts nothing written; {-1, -1} when
   * the parse makes the number part of a proper name.
   */
  private static int[] noun(List<Tok> t, NumberReader.Read r, Syntax syntax) {
    Syntax.Noun noun = syntax.counted(new Span(t.get(r.first()).begin(), t.get(r.last()).end()));
    return switch (noun.kind()) {
      case UNPARSED -> Units.countedNoun(t, r.last());
      case NAME -> new int[] {-1, -1};
      case NONE -> null;
      case COUNT -> {
        int k = tokenAt(t, noun.token().span().begin());
        boolean plural = noun.token().pos().startsWith("NNS") || noun.token().pos().equals("NNPS")
            || Syntax.isNationality(noun.token())
            || Units.isPluralForm(noun.token().word().toLowerCase(java.util.Locale.ROOT));
        yield k > r.last() && plural ? new int[] {r.last() + 1, k} : null;
      }
    };
  }

  private static int tokenAt(List<Tok> t, int offset) {
    int lo = 0;
    int hi = t.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (t.get(mid).end() <= offset) lo = mid + 1;
      else if (t.get(mid).begin() > offset) hi = mid - 1;
      else return mid;
    }
    return -1;
  }

  /** The first token of the hedge before {@code start} ("as many as"), or {@code start} when none. */
  private static int qualifierStart(List<Tok> t, int start) {
    for (int n = Math.min(QUALIFIER_WORDS, start); n >= 1; n--) {
      if (QUALIFIERS.containsKey(Units.join(t, start - n, start))) return start - n;
    }
    return start;
  }

  /**
   * The claim, or null when it is no count ("one chapter", "at one point") or a bare number that its
   * sentence does not state as such (see {@link #isStated}).
   */
  private static Quantity quantity(List<Tok> t, Reading x, List<Quantity> earlier, boolean ranged, boolean nounless) {
    String unit = x.unit();
    Qualifier qualifier = x.qualifier();
    if (unit == null) unit = ellipsis(t, x, earlier);
    if (unit == null && x.r().inWords() && x.value() == 1) return null; // "no one was hurt", "we are one of those"
    if (unit == null && !nounless && !isStated(t, x)) return null;
    boolean one = x.r().inWords() && x.value() == 1 && unit != null;
    if (one && !ranged && (!x.measure() || unit.equals("days") && qualifier == Qualifier.EXACT)) return null; // "one day"
    if (isConversion(t, x.qualStart(), earlier)) return null;
    int end = Math.max(x.end(), x.valueEnd());
    return new Quantity(new Span(t.get(x.qualStart()).begin(), t.get(end).end()),
        new Span(t.get(x.r().first()).begin(), t.get(x.valueEnd()).end()), x.value(), unit, qualifier,
        about(t, x.aboutFrom()));
  }

  /**
   * A bare number is a claim only where the sentence states it as a value: after a copula ("the death toll
   * was 45", "the answer is minus five point five") or as the subject of one ("40 000 is the same as ...").
   * Elsewhere ("Parise, 35,", "rose to 14", "high 47") nothing says what it counts.
   */
  private static boolean isStated(List<Tok> t, Reading x) {
    if (x.qualStart() > 0 && COPULAS.contains(t.get(x.qualStart() - 1).lower())) return true;
    return x.qualStart() == 0 && x.valueEnd() + 1 < t.size() && COPULAS.contains(t.get(x.valueEnd() + 1).lower());
  }

  /** A word that could say what a number counts (not a number word, function word or hedge). */
  private static boolean isContentWord(Tok w) {
    String s = w.lower();
    return w.isWord() && !NumberReader.isNumberPart(s) && !Units.isStopWord(s) && !QUALIFIERS.containsKey(s)
        && !COPULAS.contains(s) && !FUNCTION_WORDS.contains(s);
  }

  /** "11,000 troops ..., and another 3,000", "up from 1,117": the unit of the number just before. */
  private static String ellipsis(List<Tok> t, Reading x, List<Quantity> earlier) {
    if (earlier.isEmpty() || x.qualStart() == 0) return null;
    Quantity prev = earlier.get(earlier.size() - 1);
    String before = t.get(x.qualStart() - 1).lower();
    boolean outOf = before.equals("of") && x.qualStart() > 1 && t.get(x.qualStart() - 2).lower().equals("out");
    boolean near = t.get(x.qualStart()).begin() - prev.span().end() <= ELLIPSIS_REACH;
    return near && (ELLIPSIS.contains(before) || outOf) ? prev.unit() : null;
  }

  /** A number under 100 after a currency word, with an optional "and" and sub-unit: {value, last token}. */
  private static int[] subunit(List<Tok> t, int last) {
    int k = last + 1;
    if (k < t.size() && t.get(k).lower().equals("and")) k++;
    if (k >= t.size()) return null;
    NumberReader.Read r = NumberReader.read(t, k, false);
    if (r == null || r.value() >= 100 || r.value() <= 0 || r.value() != Math.rint(r.value())) return null;
    int end = r.last();
    if (end + 1 < t.size() && t.get(end + 1).lower().matches("cents?|pence|penny")) end++;
    else if (k > last + 1 || end + 1 < t.size() && t.get(end + 1).isWord()) return null; // another amount
    return new int[] {(int) r.value(), end};
  }

  /** "4.7-kilometer (3-mile)": a number in brackets right after another restates it in other units. */
  private static boolean isConversion(List<Tok> t, int start, List<Quantity> earlier) {
    if (start == 0 || !t.get(start - 1).text().equals("(") || earlier.isEmpty()) return false;
    Quantity prev = earlier.get(earlier.size() - 1);
    return prev.unit() != null && t.get(start - 1).begin() - prev.span().end() <= 2;
  }

  /** The first word token in [from, to], else the token after {@code to}: where a unit's words start. */
  private static int firstWord(List<Tok> t, int from, int to) {
    for (int k = from; k <= to; k++) {
      if (t.get(k).isWord()) return k;
    }
    return to + 1;
  }

  /** A few words on what is counted: the unit or noun as written and the words after it. */
  private static String about(List<Tok> t, int from) {
    StringBuilder sb = new StringBuilder();
    int words = 0;
    for (int k = from; k < t.size() && words < ABOUT_WORDS; k++) {
      Tok w = t.get(k);
      if (!w.isWord() && !w.isDigits() && !w.text().equals("-")) break;
      if (!sb.isEmpty() && !w.glued()) sb.append(' ');
      sb.append(w.text());
      words++;
    }
    return sb.isEmpty() ? null : sb.toString();
  }
}
