package org.dossier.annotate.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.annotate.quotes.Lexicon;
import org.dossier.core.model.Qualifier;
import org.dossier.core.model.Span;

/**
 * Finds the numbers of one sentence that state an amount, with unit, hedge and counted noun, and leaves
 * out those that are no claim: dates, years and clock times, ordinals, calibres ("122 mm shells"), model
 * numbers ("Boeing 777"), page furniture ("2 min read") and the pronoun "one". Work is linear in the
 * sentence's tokens.
 */
final class QuantityFinder {
  private static final Map<String, String> QUALIFIERS = Lexicon.table(QuantityFinder.class, "qualifiers.txt");
  private static final Map<String, Set<String>> EXCLUDE = Lexicon.sections(QuantityFinder.class, "exclusions.txt");
  private static final Set<String> ORDINAL_SUFFIXES = Set.of("st", "nd", "rd", "th");
  private static final int YEAR_MIN = 1800;
  private static final int YEAR_MAX = 2100;
  private static final int CALIBRE_REACH = 5;
  private static final int ABOUT_WORDS = 8;
  /** Words before a bare number that make it take the unit of the number before ("..., and another 3,000"). */
  private static final Set<String> ELLIPSIS = Set.of("another", "and", ",", "additional", "further", "or", "to");
  /** Main currency units whose sub-unit may follow the amount ("3 dollars 50 cents"). */
  private static final Map<String, String> SUBUNITS = Map.of("dollars", "cents", "euros", "cents", "pounds", "pence");

  private QuantityFinder() {}

  /** The quantities stated in {@code text[from, to)}, in text order. */
  static List<Quantity> find(String text, int from, int to) {
    List<Tok> t = Tok.of(text, from, to);
    List<Quantity> out = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      int numberAt = Units.currencyStart(t, i);
      String currency = numberAt >= 0 ? Units.before(t, numberAt).unit() : null;
      NumberReader.Read r = NumberReader.read(t, numberAt >= 0 ? numberAt : i);
      if (r == null) continue;
      Quantity q = quantity(text, t, i, r, currency, out);
      if (q != null) out.add(q);
      i = Math.max(i, r.last()); // a nested measure ("two more 5,000-ton ships") is read on its own
      while (q != null && i + 1 < t.size() && t.get(i + 1).begin() < q.number().end()) i++;
    }
    return out;
  }

  private static Quantity quantity(String text, List<Tok> t, int start, NumberReader.Read r, String currency,
      List<Quantity> earlier) {
    if (isExcluded(t, start, r, currency)) return null;
    double value = r.value();
    String unit = currency;
    int last = r.last();
    Units.Found u = currency == null ? Units.after(t, r.last()) : null;
    if (u != null) {
      unit = u.unit();
      last = u.last();
      if (isCalibre(t, unit, last)) return null;
    }
    if (u == null && r.inWords() && start > 0 && EXCLUDE.get("not-count").contains(t.get(start - 1).lower())) {
      return null; // "the two countries": a reference, not a count
    }
    int valueEnd = r.last();
    if (u != null && SUBUNITS.containsKey(unit)) {
      int[] cents = subunit(t, last);
      if (cents != null) {
        value += cents[0] / 100.0; // "13 dollars 45 (cents)"
        last = cents[1];
        valueEnd = last;
      }
    }
    int[] noun = Units.countedNoun(t, last);
    boolean hyphened = last + 1 < t.size() && t.get(last + 1).text().equals("-") && t.get(last + 1).glued();
    if (unit == null && noun != null && hyphened && r.inWords()) return null; // "two-way street", "one-time"
    if (unit == null && noun != null && hyphened) unit = Units.plural(t.get(last + 2).lower()); // "11-country"
    else if (unit == null && noun != null) unit = Units.unitOfNoun(t.get(noun[1]).lower());
    if (unit == null && r.inWords() && value == 1 && r.first() == r.last()) return null; // the pronoun "one"
    if (unit == null && !earlier.isEmpty() && earlier.get(earlier.size() - 1).unit() != null && noun == null
        && start > 0 && ELLIPSIS.contains(t.get(start - 1).lower())) {
      unit = earlier.get(earlier.size() - 1).unit(); // "11,000 troops ..., and another 3,000"
    }
    if (isConversion(text, t, start, earlier)) return null;
    int qualStart = start;
    Qualifier qualifier = Qualifier.EXACT;
    for (int n = Math.min(3, start); n >= 1; n--) {
      String q = QUALIFIERS.get(Units.join(t, start - n, start));
      if (q != null) {
        qualifier = Qualifier.fromWire(q);
        qualStart = start - n;
        break;
      }
    }
    int end = noun != null && currency == null ? noun[1] : last;
    String about = about(text, t, noun == null ? last + 1 : noun[0]);
    return new Quantity(new Span(t.get(qualStart).begin(), t.get(end).end()),
        new Span(t.get(r.first()).begin(), t.get(valueEnd).end()), value, unit, qualifier, about);
  }

  private static boolean isExcluded(List<Tok> t, int start, NumberReader.Read r, String currency) {
    int first = r.first();
    int last = r.last();
    Tok head = t.get(first).text().equals("-") || t.get(first).lower().matches("minus|negative") ? t.get(first + 1) : t.get(first);
    Tok next = last + 1 < t.size() ? t.get(last + 1) : null;
    if (next != null && next.glued() && ORDINAL_SUFFIXES.contains(next.lower())) return true;
    if (next != null && next.glued() && next.text().equals(":") && last + 2 < t.size() && t.get(last + 2).isDigits()) return true;
    if (next != null && EXCLUDE.get("clock").contains(next.lower())) return true;
    if (isMonth(t, start - 1) || (start >= 2 && t.get(start - 1).text().equals(".") && isMonth(t, start - 2))
        || isMonth(t, last + 1)) {
      return true;
    }
    if (start > 0 && t.get(start - 1).text().equals(":") && t.get(start - 1).glued()) return true;
    if (currency == null && head.isDigits() && head.text().matches("\\d{4}") && r.first() == r.last()) {
      int year = Integer.parseInt(head.text());
      if (year >= YEAR_MIN && year <= YEAR_MAX && !hasMeasureUnit(t, last)) return true;
    }
    if (last + 2 < t.size() && EXCLUDE.get("furniture").contains(Units.join(t, last + 1, last + 3))) return true;
    return currency == null && isModelNumber(t, start);
  }

  /** A number under 100 after a currency word, with an optional "and" and sub-unit: {value, last token}. */
  private static int[] subunit(List<Tok> t, int last) {
    int k = last + 1;
    if (k < t.size() && t.get(k).lower().equals("and")) k++;
    if (k >= t.size()) return null;
    NumberReader.Read r = NumberReader.read(t, k);
    if (r == null || r.value() >= 100 || r.value() <= 0 || r.value() != Math.rint(r.value())) return null;
    int end = r.last();
    if (end + 1 < t.size() && t.get(end + 1).lower().matches("cents?|pence|penny")) end++;
    else if (k > last + 1 || end + 1 < t.size() && t.get(end + 1).isWord()) return null; // another amount
    return new int[] {(int) r.value(), end};
  }

  private static boolean hasMeasureUnit(List<Tok> t, int last) {
    Units.Found u = Units.after(t, last);
    return u != null && !u.unit().equals("years") && !u.unit().equals("months") && !u.unit().equals("days");
  }

  private static boolean isMonth(List<Tok> t, int i) {
    return i >= 0 && i < t.size() && EXCLUDE.get("months").contains(t.get(i).lower())
        && (t.get(i).isCapitalized() || t.get(i).text().equals(t.get(i).lower()));
  }

  /** "Boeing 777", "COVID-19", "Su-27": a number right after a capitalised word inside the sentence. */
  private static boolean isModelNumber(List<Tok> t, int start) {
    int p = start - 1;
    if (p >= 0 && t.get(p).text().equals("-") && t.get(p).glued() && t.get(start).glued()) p--;
    if (p < 1 || !t.get(p).isWord() || !t.get(p).isCapitalized()) return false;
    String w = t.get(p).lower();
    return !QUALIFIERS.containsKey(w) && !NumberReader.isNumberWord(w) && !EXCLUDE.get("months").contains(w)
        && t.get(p).text().length() > 1;
  }

  private static boolean isCalibre(List<Tok> t, String unit, int last) {
    if (!unit.equals("millimeters")) return false;
    for (int k = last + 1; k < Math.min(t.size(), last + 1 + CALIBRE_REACH); k++) {
      if (EXCLUDE.get("calibre").contains(t.get(k).lower())) return true;
    }
    return false;
  }

  /** "4.7-kilometer (3-mile)": a number in brackets right after another restates it in other units. */
  private static boolean isConversion(String text, List<Tok> t, int start, List<Quantity> earlier) {
    if (start == 0 || !t.get(start - 1).text().equals("(") || earlier.isEmpty()) return false;
    Quantity prev = earlier.get(earlier.size() - 1);
    return prev.unit() != null && t.get(start - 1).begin() - prev.span().end() <= 2;
  }

  private static String about(String text, List<Tok> t, int from) {
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
