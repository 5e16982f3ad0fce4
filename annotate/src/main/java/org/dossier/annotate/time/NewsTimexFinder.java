package org.dossier.annotate.time;

import java.time.LocalDate;
import java.util.regex.Matcher;
import org.dossier.core.model.TimeMention.Kind;

/**
 * Finds the expressions SUTime misses or cuts short in news: quarters and halves ("Q1 2019", "the
 * first quarter of 2013", "last quarter"), "mid-2026", decades, fiscal years, ordinal dates ("04th Jan
 * 2019"), school years and future offsets ("will leave in two weeks").
 */
final class NewsTimexFinder extends RuleSet {
  private final TimeLexicon lex;

  NewsTimexFinder(TimeLexicon lex) {
    this.lex = lex;
    String month = "(" + lex.alternation("month") + ")\\.?";
    String ordinal = "(?:first|second|third|fourth|1st|2nd|3rd|4th)";
    String count = "(" + lex.alternation("count") + "|\\d+)";
    String rel = "(" + lex.alternation("before") + "|" + lex.alternation("after") + "|" + lex.alternation("current") + ")";
    strong("(q[1-4]|" + ordinal + " quarter)(?:\\s+of\\s+|\\s*[,-]\\s*|\\s+)(\\d{4})", (m, c) -> quarter(m.group(2), m.group(1)));
    strong("(\\d{4})\\s*-?\\s*(q[1-4])", (m, c) -> quarter(m.group(1), m.group(2)));
    add("(q[1-4])", (m, c) -> c.ref() == null ? null : quarter(Integer.toString(c.ref().getYear()), m.group(1)));
    add(rel + " (?:fiscal )?quarter", (m, c) -> relativeQuarter(m.group(1), c.ref()));
    add("(\\d{4})\\s*-?\\s*h([12])", (m, c) -> new Found(m.group(1) + "-H" + m.group(2), Kind.DATE));
    add("(first|second) half of (\\d{4})",
        (m, c) -> new Found(m.group(2) + (m.group(1).equals("first") ? "-H1" : "-H2"), Kind.DATE));
    add("(?:mid|early|late)-?\\s?(\\d{4})", (m, c) -> new Found(m.group(1), Kind.DATE));
    add("(\\d{3})0\\s?'?s", (m, c) -> new Found(m.group(1), Kind.DATE));
    add("(?:fiscal year|fy)\\s?'?(\\d{4}|\\d{2})", (m, c) -> new Found("FY" + fullYear(m.group(1)), Kind.DATE));
    add("(?:school year|sy)\\s?'?(\\d{4}|\\d{2})", (m, c) -> new Found("SY" + fullYear(m.group(1)), Kind.DATE));
    add(rel + " (fiscal|school|calendar) year", (m, c) -> namedYear(m.group(1), m.group(2), c.ref()));
    add("(?:the )?(\\d{1,2})(?:st|nd|rd|th)(?: of)? " + month + "(?:,? (\\d{4}))?",
        (m, c) -> dayOfMonth(m.group(1), m.group(2), m.group(3), c, m.start()));
    String yearRange = "(\\d{4})\\s*[-\u2013/]\\s*(\\d{2})";
    add(yearRange, (m, c) -> new Found(m.group(1), Kind.DATE, 1));
    add(yearRange, (m, c) -> new Found(m.group(1).substring(0, 2) + m.group(2), Kind.DATE, 2));
    add("in " + count + " (" + lex.alternation("unit") + ")", this::futureOffset);
  }

  private static Found quarter(String year, String which) {
    char digit = Character.isDigit(which.charAt(1)) ? which.charAt(1) : switch (which.toLowerCase().charAt(0)) {
      case 'f' -> which.toLowerCase().startsWith("fi") ? '1' : '4';
      case 's' -> '2';
      case 't' -> '3';
      default -> which.charAt(0);
    };
    return new Found(year + "-Q" + digit, Kind.DATE);
  }

  private Found relativeQuarter(String relative, LocalDate ref) {
    if (ref == null) return null;
    return new Found(TimexValues.unitOf(TimexValues.shift(ref, "Q", direction(relative)), "Q"), Kind.DATE);
  }

  private Found dayOfMonth(String day, String monthWord, String year, RuleContext c, int at) {
    int d = Integer.parseInt(day);
    int mo = Integer.parseInt(lex.value("month", monthWord));
    if (d < 1 || d > 31) return null;
    return new Found(year != null ? "%s-%02d-%02d".formatted(year, mo, d) : c.date(mo, d, at), Kind.DATE);
  }

  /**
   * "this school year" (SY2024), "next calendar year" (2025); "last fiscal year" is the plain year, as
   * TimeML news annotation gives it (a named one, "FY2019", keeps its prefix).
   */
  private Found namedYear(String relative, String which, LocalDate ref) {
    if (ref == null) return null;
    String prefix = which.equalsIgnoreCase("school") ? "SY" : "";
    return new Found(prefix + (ref.getYear() + direction(relative)), Kind.DATE);
  }

  private int direction(String relative) {
    return lex.has("before", relative) ? -1 : lex.has("after", relative) ? 1 : 0;
  }

  /** "in two weeks" in a future clause: the day that far ahead. */
  private Found futureOffset(Matcher m, RuleContext c) {
    LocalDate ref = c.ref();
    if (ref == null || c.tense(m.start()) != Tense.FUTURE) return null;
    String unit = lex.value("unit", m.group(2));
    String count = lex.has("count", m.group(1)) ? lex.value("count", m.group(1)) : m.group(1);
    if (count.equals("X") || unit.startsWith("T")) return null;
    return new Found(TimexValues.shift(ref, unit, Long.parseLong(count)).toString(), Kind.DATE);
  }

  private static String fullYear(String y) {
    return y.length() == 4 ? y : (Integer.parseInt(y) < 50 ? "20" : "19") + y;
  }
}
