package org.dossier.annotate.time;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.annotate.nlp.ParsedText;
import org.dossier.annotate.nlp.Sentence;
import org.dossier.annotate.nlp.Timex;
import org.dossier.core.model.Span;
import org.dossier.core.model.TimeMention;
import org.dossier.core.model.TimeMention.Kind;

/**
 * Re-resolves SUTime's expressions where it falls short on news: weekdays by the tense of their clause,
 * "N units ago" and "last week" at the unit's own granularity, "the past N months" as durations,
 * "a month earlier" as the duration it states, centuries and decades, and no time zones.
 */
final class TimexResolver {
  private static final Pattern ZONE = Pattern.compile("(T\\d\\d:\\d\\d(?::\\d\\d)?)(?:[+-]\\d{4}|Z)$");
  private static final Pattern YEAR_RANGE = Pattern.compile("(\\d{4})\\s*[-\u2013]\\s*(\\d{4})");
  private static final Pattern FROM_NOW = Pattern.compile("(.+?)\\s+from\\s+(now|today)", Pattern.CASE_INSENSITIVE);
  private static final Pattern AGE = Pattern.compile("\\s*-?\\s*(?:old|older)\\b");
  private static final Pattern MONTH_VALUE = Pattern.compile("(\\d{4})-(\\d\\d)(-\\d\\d)?");
  private static final Pattern YEAR_WRITTEN = Pattern.compile("\\d{4}|'\\d\\d");
  private static final Pattern OPEN_YEAR_DAY = Pattern.compile("XXXX-(\\d\\d)-(\\d\\d)");
  private static final Pattern DAY_ONLY = Pattern.compile("\\d{4}-\\d\\d-\\d\\d");
  private static final Pattern CENTURY_OR_DECADE = Pattern.compile("^(\\d{2,3})X+$");

  private final TimeLexicon lex;
  private final Pattern weekday;
  private final Pattern ago;
  private final Pattern relativeUnit;
  private final Pattern spanOfUnits;
  private final Pattern offsetDuration;
  private final Pattern spanDuration;
  private final Pattern monthWord;
  private final Pattern dayPart;

  TimexResolver(TimeLexicon lex) {
    this.lex = lex;
    String count = "(" + lex.alternation("count") + "|\\d+(?:\\.\\d+)?)";
    String unit = "(" + lex.alternation("unit") + ")";
    String hedge = "(?:about |some |nearly |almost |around |roughly |more than |over |at least )?";
    weekday = Pattern.compile("(?:on )?(" + lex.alternation("weekday") + ")");
    ago = Pattern.compile(hedge + count + " " + unit + " ago");
    relativeUnit = Pattern.compile("(?:the )?(" + lex.alternation("before") + "|" + lex.alternation("after") + "|"
        + lex.alternation("current") + ") (?:fiscal )?" + unit);
    spanOfUnits = Pattern.compile("(?:the |in the |over the |for the )?(" + lex.alternation("before") + "|"
        + lex.alternation("after") + ") " + count + " " + unit);
    spanDuration = Pattern.compile(count + " " + unit);
    offsetDuration = Pattern.compile(hedge + count + " " + unit + " (?:earlier|later|before|after)");
    monthWord = Pattern.compile("\\b" + lex.alternation("month") + "\\b", Pattern.CASE_INSENSITIVE);
    dayPart = Pattern.compile("(?:(?:on )?(" + lex.alternation("weekday") + ")s? )?.*?\\b(" + lex.alternation("daypart")
        + ")(s?)");
  }

  /** SUTime's expression as Dossier reports it: none (dropped), one, or two (a year range split). */
  List<TimeMention> resolve(ParsedText parsed, Timex t) {
    Matcher years = YEAR_RANGE.matcher(t.text());
    if (years.matches()) {
      int b = t.span().begin();
      return List.of(
          new TimeMention(new Span(b + years.start(1), b + years.end(1)), years.group(1), years.group(1), Kind.DATE),
          new TimeMention(new Span(b + years.start(2), b + years.end(2)), years.group(2), years.group(2), Kind.DATE));
    }
    Matcher fromNow = FROM_NOW.matcher(t.text());
    if (fromNow.matches() && t.type().equals("DATE")) {
      return splitFromNow(parsed, t, fromNow);
    }
    TimeMention m = resolveOne(parsed, t);
    Matcher part = dayPart.matcher(norm(t.text()));
    if (m != null && part.matches()) m = withDayPart(m, part);
    return m == null ? List.of() : List.of(m);
  }

  /** "eight years from now" is a duration and a PRESENT_REF in TimeML. */
  private List<TimeMention> splitFromNow(ParsedText parsed, Timex t, Matcher m) {
    int b = t.span().begin();
    Matcher d = spanDuration.matcher(norm(m.group(1)));
    if (!d.matches()) return List.of();
    Span amount = new Span(b + m.start(1), b + m.end(1));
    Span now = new Span(b + m.start(2), b + m.end(2));
    return List.of(
        new TimeMention(amount, amount.of(parsed.text()),
            TimexValues.duration(countValue(d.group(1)), lex.value("unit", d.group(2))), Kind.DURATION),
        new TimeMention(now, now.of(parsed.text()), "PRESENT_REF", Kind.DATE));
  }

  private TimeMention resolveOne(ParsedText parsed, Timex t) {
    String text = norm(t.text());
    if (lex.has("ignore", text) || isModal(t.text())) return null;
    LocalDate ref = parsed.date() == null ? null : parsed.date().toLocalDate();
    Kind kind = Kind.valueOf(t.type());
    Matcher m;
    if ((m = weekday.matcher(text)).matches()) {
      return mention(t, weekdayValue(parsed, t, ref, Integer.parseInt(lex.value("weekday", m.group(1)))), Kind.DATE);
    }
    if ((m = ago.matcher(text)).matches() && ref != null) {
      String v = shifted(ref, m.group(2), m.group(1), -1);
      if (v != null) return mention(t, v, Kind.DATE);
    }
    if (text.endsWith("old")) return null;
    if (kind == Kind.DURATION && AGE.matcher(parsed.text()).region(t.span().end(), parsed.text().length()).lookingAt()) {
      return null;
    }
    if ((m = relativeUnit.matcher(text)).matches() && lex.value("unit", m.group(2)).equals("DE")) {
      return mention(t, "P1DE", Kind.DURATION);
    }
    if ((m = relativeUnit.matcher(text)).matches() && ref != null) {
      String v = shifted(ref, m.group(2), "1", direction(m.group(1)));
      if (v != null) return mention(t, v, Kind.DATE);
    }
    if ((m = spanOfUnits.matcher(text)).matches()) {
      return mention(t, TimexValues.duration(countValue(m.group(2)), lex.value("unit", m.group(3))), Kind.DURATION);
    }
    if ((m = offsetDuration.matcher(text)).matches()) {
      int from = t.text().toLowerCase(Locale.ROOT).indexOf(m.group(1).split(" ")[0]);
      int to = t.text().toLowerCase(Locale.ROOT).lastIndexOf(m.group(2)) + m.group(2).length();
      Span span = new Span(t.span().begin() + Math.max(0, from), t.span().begin() + to);
      return new TimeMention(span, span.of(parsed.text()),
          TimexValues.duration(countValue(m.group(1)), lex.value("unit", m.group(2))), Kind.DURATION);
    }
    if (t.value() == null) return null;
    if (kind == Kind.SET && t.value().startsWith("T")) return mention(t, "XXXX-XX-XX" + t.value(), kind);
    if ((m = OPEN_YEAR_DAY.matcher(t.value())).matches() && ref != null) {
      String v = RuleContext.of(parsed).date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), t.span().begin());
      if (v != null) return mention(t, v, kind);
    }
    return mention(t, yearByTense(parsed, t, ref, cleanValue(t.value())), kind);
  }

  /**
   * "last night" is yesterday's night (2024-05-14TNI), not yesterday; "mornings" and "Friday mornings"
   * recur (sets TMO, XXXX-WXX-5TMO).
   */
  private TimeMention withDayPart(TimeMention t, Matcher m) {
    String part = lex.value("daypart", m.group(2));
    if (!m.group(3).isEmpty()) {
      String day = m.group(1) == null ? "" : "XXXX-WXX-" + lex.value("weekday", m.group(1));
      return new TimeMention(t.span(), t.text(), day + "T" + part, Kind.SET);
    }
    if (!DAY_ONLY.matcher(t.value()).matches()) return t;
    return new TimeMention(t.span(), t.text(), t.value() + "T" + part, Kind.TIME);
  }

  /** "this may be": a month name written lower case and without a number is the modal verb in news. */
  private boolean isModal(String text) {
    if (text.chars().anyMatch(Character::isDigit)) return false;
    for (String w : text.split("\\s+")) {
      if (lex.has("modal", w) && w.equals(w.toLowerCase(Locale.ROOT))) return true;
    }
    return false;
  }

  /**
   * A month or day named without its year ("in July", "on March 5") lies in the past of a past-tense
   * clause and in the future of a future one; SUTime always takes the reference year.
   */
  private String yearByTense(ParsedText parsed, Timex t, LocalDate ref, String value) {
    Matcher v = MONTH_VALUE.matcher(value);
    if (ref == null || !v.matches() || YEAR_WRITTEN.matcher(t.text()).find()) return value;
    // only a month named in the text; "yesterday" or "this September" keep the year they were given
    if (!monthWord.matcher(t.text()).find() || norm(t.text()).startsWith("this ")) return value;
    int year = Integer.parseInt(v.group(1));
    if (year != ref.getYear()) return value;
    int month = Integer.parseInt(v.group(2));
    int day = v.group(3) == null ? 0 : Integer.parseInt(v.group(3).substring(1));
    int cmp = month != ref.getMonthValue() ? Integer.compare(month, ref.getMonthValue())
        : day == 0 ? 0 : Integer.compare(day, ref.getDayOfMonth());
    Tense tense = Tense.of(parsed.sentences().get(t.sentence()), t.endToken() - 1);
    if (tense == Tense.PAST && cmp > 0) year--;
    if (tense == Tense.FUTURE && cmp < 0) year++;
    return "%04d".formatted(year) + value.substring(4);
  }

  private String weekdayValue(ParsedText parsed, Timex t, LocalDate ref, int isoDay) {
    if (ref == null) return "XXXX-WXX-" + isoDay;
    Sentence s = parsed.sentences().get(t.sentence());
    int direction = switch (Tense.of(s, t.endToken() - 1)) {
      case PAST -> -1;
      case FUTURE -> 1;
      case UNKNOWN -> 0;
    };
    return TimexValues.weekday(ref, isoDay, direction).toString();
  }

  private String shifted(LocalDate ref, String unitWord, String countWord, int direction) {
    String unit = lex.value("unit", unitWord);
    String count = countValue(countWord);
    if (count.equals("X") || count.contains(".")) return null;
    LocalDate d = TimexValues.shift(ref, unit, direction * Long.parseLong(count));
    return d == null ? null : TimexValues.unitOf(d, unit);
  }

  private int direction(String relative) {
    if (lex.has("before", relative)) return -1;
    if (lex.has("after", relative)) return 1;
    return 0;
  }

  private String countValue(String word) {
    String v = lex.value("count", word);
    return v != null ? v : word;
  }

  /** TIMEX3 values carry no zone; a century is two digits and a decade three ("19", "199"). */
  static String cleanValue(String v) {
    Matcher z = ZONE.matcher(v);
    if (z.find()) v = v.substring(0, z.start()) + z.group(1);
    Matcher c = CENTURY_OR_DECADE.matcher(v);
    return c.matches() ? c.group(1) : v;
  }

  private static TimeMention mention(Timex t, String value, Kind kind) {
    return new TimeMention(t.span(), t.text(), value, kind);
  }

  static String norm(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
  }
}
