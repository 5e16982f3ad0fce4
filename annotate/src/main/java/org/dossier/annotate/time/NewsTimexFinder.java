package org.dossier.annotate.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.annotate.nlp.ParsedText;
import org.dossier.annotate.nlp.Sentence;
import org.dossier.core.model.Span;
import org.dossier.core.model.TimeMention;
import org.dossier.core.model.TimeMention.Kind;

/**
 * Finds the expressions SUTime misses or cuts short in news: quarters and halves ("Q1 2019", "the
 * first quarter of 2013", "last quarter"), "mid-2026", decades, fiscal years, ordinal dates ("04th Jan
 * 2019") and future offsets ("will leave in two weeks"). A found expression replaces SUTime's
 * expressions inside it and gives way to any it only overlaps.
 */
final class NewsTimexFinder {
  /** What one rule makes of one match: the value and kind, or null when it does not apply. */
  private interface Rule {
    Found apply(Matcher m, ParsedText parsed, LocalDate ref);
  }

  /** A value and kind for the match, or for one group of it when {@code group} is not 0. */
  private record Found(String value, Kind kind, int group) {
    Found(String value, Kind kind) {
      this(value, kind, 0);
    }
  }

  private record Entry(Pattern pattern, Rule rule) {}

  private final TimeLexicon lex;
  private final List<Entry> rules = new ArrayList<>();

  NewsTimexFinder(TimeLexicon lex) {
    this.lex = lex;
    String month = "(" + lex.alternation("month") + ")\\.?";
    String ordinal = "(?:first|second|third|fourth|1st|2nd|3rd|4th)";
    String count = "(" + lex.alternation("count") + "|\\d+)";
    String rel = "(" + lex.alternation("before") + "|" + lex.alternation("after") + "|" + lex.alternation("current") + ")";
    add("(q[1-4]|" + ordinal + " quarter)(?:\\s+of|\\s*,|\\s*-)?\\s+(\\d{4})", (m, p, r) -> quarter(m.group(2), m.group(1)));
    add("(\\d{4})\\s*-?\\s*(q[1-4])", (m, p, r) -> quarter(m.group(1), m.group(2)));
    add(rel + " (?:fiscal )?quarter", (m, p, r) -> relativeQuarter(m.group(1), r));
    add("(\\d{4})\\s*-?\\s*h([12])", (m, p, r) -> new Found(m.group(1) + "-H" + m.group(2), Kind.DATE));
    add("(first|second) half of (\\d{4})",
        (m, p, r) -> new Found(m.group(2) + (m.group(1).equals("first") ? "-H1" : "-H2"), Kind.DATE));
    add("(?:mid|early|late)-?\\s?(\\d{4})", (m, p, r) -> new Found(m.group(1), Kind.DATE));
    add("(\\d{3})0\\s?'?s", (m, p, r) -> new Found(m.group(1), Kind.DATE));
    add("(?:fiscal year|fy)\\s?'?(\\d{4}|\\d{2})", (m, p, r) -> new Found("FY" + fullYear(m.group(1)), Kind.DATE));
    add("(?:the )?(\\d{1,2})(?:st|nd|rd|th)(?: of)? " + month + "(?:,? (\\d{4}))?",
        (m, p, r) -> dayOfMonth(m.group(1), m.group(2), m.group(3), r));
    String yearRange = "(\\d{4})\\s*[-\u2013/]\\s*(\\d{2})";
    add(yearRange, (m, p, r) -> new Found(m.group(1), Kind.DATE, 1));
    add(yearRange, (m, p, r) -> new Found(m.group(1).substring(0, 2) + m.group(2), Kind.DATE, 2));
    add("in " + count + " (" + lex.alternation("unit") + ")", this::futureOffset);
  }

  private void add(String regex, Rule rule) {
    rules.add(new Entry(Pattern.compile("(?<![\\w-])" + regex + "(?![\\w-])", Pattern.CASE_INSENSITIVE), rule));
  }

  /** SUTime's (resolved) expressions with the missing ones added, in text order. */
  List<TimeMention> addMissing(ParsedText parsed, List<TimeMention> found) {
    LocalDate ref = parsed.date() == null ? null : parsed.date().toLocalDate();
    List<TimeMention> out = new ArrayList<>(found);
    for (Entry e : rules) {
      Matcher m = e.pattern().matcher(parsed.text());
      while (m.find()) {
        Found f = e.rule().apply(m, parsed, ref);
        if (f == null) continue;
        Span span = new Span(m.start(f.group()), m.end(f.group()));
        if (out.stream().anyMatch(t -> t.span().overlaps(span) && !span.contains(t.span()))) continue;
        out.removeIf(t -> span.contains(t.span()));
        out.add(new TimeMention(span, m.group(f.group()), f.value(), f.kind()));
      }
    }
    out.sort(Comparator.comparing(TimeMention::span));
    return out;
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
    int dir = lex.has("before", relative) ? -1 : lex.has("after", relative) ? 1 : 0;
    return new Found(TimexValues.unitOf(TimexValues.shift(ref, "Q", dir), "Q"), Kind.DATE);
  }

  private Found dayOfMonth(String day, String monthWord, String year, LocalDate ref) {
    int d = Integer.parseInt(day);
    int mo = Integer.parseInt(lex.value("month", monthWord));
    String y = year != null ? year : ref != null ? Integer.toString(ref.getYear()) : "XXXX";
    if (d < 1 || d > 31) return null;
    return new Found("%s-%02d-%02d".formatted(y, mo, d), Kind.DATE);
  }

  /** "in two weeks" in a future clause: the day that far ahead. */
  private Found futureOffset(Matcher m, ParsedText parsed, LocalDate ref) {
    if (ref == null) return null;
    Sentence s = parsed.sentenceAt(m.start());
    if (s == null || Tense.of(s, s.tokenAtOrAfter(m.start())) != Tense.FUTURE) return null;
    String unit = lex.value("unit", m.group(2));
    String count = lex.has("count", m.group(1)) ? lex.value("count", m.group(1)) : m.group(1);
    if (count.equals("X") || unit.startsWith("T")) return null;
    return new Found(TimexValues.shift(ref, unit, Long.parseLong(count)).toString(), Kind.DATE);
  }

  private static String fullYear(String y) {
    return y.length() == 4 ? y : (Integer.parseInt(y) < 50 ? "20" : "19") + y;
  }
}
