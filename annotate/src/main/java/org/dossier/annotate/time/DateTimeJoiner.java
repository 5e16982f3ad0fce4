package org.dossier.annotate.time;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.core.model.Span;
import org.dossier.core.model.TimeMention;
import org.dossier.core.model.TimeMention.Kind;

/**
 * Joins neighbouring expressions that TIMEX3 gives one value: a day and a clock time ("8.30pm today":
 * 2024-05-20T20:30), a day and a part of it, a week and a weekday, a weekday and the date it names
 * ("Friday 5/12"), and "the week of March 4". Across a preposition ("Monday at 2.30", "Tuesday in the
 * morning", "next week on Tuesday") both stay, the clock time, part or weekday anchored on the other. It also splits SUTime's clock times glued to a month or week ("next month at 6pm"), which
 * have no single TIMEX3 value.
 */
final class DateTimeJoiner {
  private static final Pattern DAY = Pattern.compile("(?:\\d{4}|XXXX)-(?:\\d\\d-\\d\\d|W\\d\\d-\\d|WXX-\\d)");
  private static final Pattern DAY_VALUE = Pattern.compile("(" + DAY + ")(?:T(MO|AF|EV|NI))?");
  private static final Pattern CLOCK_VALUE = Pattern.compile("(?:" + DAY + ")?T(\\d\\d):(\\d\\d(?::\\d\\d)?)");
  private static final Pattern FULL_DATE = Pattern.compile("(?:\\d{4}|XXXX)-\\d\\d-\\d\\d");
  private static final Pattern DATE_AND_TIME = Pattern.compile("(\\d{4}-\\d\\d-\\d\\d)(T.+)?");
  private static final Pattern WEEK = Pattern.compile("\\d{4}-W\\d\\d");
  private static final Pattern COARSE_WITH_CLOCK = Pattern.compile("(\\d{4}(?:-\\d\\d|-W\\d\\d)?)T(\\d\\d:\\d\\d(?::\\d\\d)?)");
  private static final Pattern CLOCK_TAIL = Pattern.compile("\\s+(?:at\\s+)?(?=\\d)");
  private static final Pattern BARE_HOUR = Pattern.compile(
      "\\s*,?\\s*(?:at|around|@)\\s+(\\d{1,2})(?:[.:](\\d\\d))?(?=\\s*(?:[,;?!]|\\.(?!\\d)|$))");
  private static final int NOON = 12;

  private final TimeLexicon lex;
  private final Pattern gap;
  private final Pattern weekday;
  private final Pattern weekOf;

  DateTimeJoiner(TimeLexicon lex) {
    this.lex = lex;
    gap = Pattern.compile("\\s*(?:" + lex.alternation("join") + "\\s*)*", Pattern.CASE_INSENSITIVE);
    weekday = Pattern.compile("(?:(?:on|this|next|last)\\s+)?" + lex.alternation("weekday"), Pattern.CASE_INSENSITIVE);
    weekOf = Pattern.compile(lex.alternation("weekof") + "\\s+$", Pattern.CASE_INSENSITIVE);
  }

  List<TimeMention> join(RuleContext c, List<TimeMention> found) {
    List<TimeMention> out = new ArrayList<>();
    for (TimeMention t : found) out.addAll(splitCoarse(c, t));
    for (int i = 0; i < out.size(); i++) {
      TimeMention t = weekOf(c, out.get(i));
      while (i > 0 && t.span().contains(out.get(i - 1).span())) {
        out.remove(--i);
      }
      out.set(i, t);
      TimeMention hour = bareHour(c, t);
      if (hour != null && (i + 1 == out.size() || !out.get(i + 1).span().overlaps(hour.span()))) out.add(i + 1, hour);
      List<TimeMention> joined = i + 1 < out.size() ? pair(c, t, out.get(i + 1)) : null;
      if (joined == null) continue;
      out.set(i, joined.get(0));
      out.remove(i + 1);
      if (joined.size() == 2) {
        out.add(i + 1, joined.get(1));
      } else {
        i--; // the joined expression may join its next neighbour too
      }
    }
    return out;
  }

  /**
   * Two neighbours that name one time: one expression when nothing but spaces or punctuation lies
   * between ("8.30pm today"); across a preposition ("Monday at 2.30", "next week on Tuesday") TimeML
   * keeps two, so the more specific one takes the joint value and the other stays as it is.
   */
  private List<TimeMention> pair(RuleContext c, TimeMention a, TimeMention b) {
    if (a.span().end() > b.span().begin()) return null;
    String between = c.text().substring(a.span().end(), b.span().begin());
    if (between.length() > 12 || !gap.matcher(between).matches()) return null;
    boolean linked = between.chars().anyMatch(ch -> Character.isLetter(ch) || ch == '@');
    Matcher day;
    Matcher clock;
    if ((day = DAY_VALUE.matcher(a.value())).matches() && (clock = CLOCK_VALUE.matcher(b.value())).matches()) {
      return joint(c, a, b, at(day, clock), linked, false);
    }
    if ((clock = CLOCK_VALUE.matcher(a.value())).matches() && (day = DAY_VALUE.matcher(b.value())).matches()) {
      return joint(c, a, b, at(day, clock), linked, true);
    }
    if ((day = DAY_VALUE.matcher(a.value())).matches() && day.group(2) == null && lex.has("daypart", b.text())) {
      return joint(c, a, b, day.group(1) + "T" + lex.value("daypart", b.text()), linked, false);
    }
    Matcher date = DATE_AND_TIME.matcher(b.value());
    if (WEEK.matcher(a.value()).matches() && weekday.matcher(b.text()).lookingAt() && date.matches()) {
      int isoDay = LocalDate.parse(date.group(1)).getDayOfWeek().getValue();
      String value = inWeek(a.value(), isoDay) + (date.group(2) == null ? "" : date.group(2));
      return joint(c, a, b, value, linked, false);
    }
    if (!linked && weekday.matcher(a.text()).matches() && FULL_DATE.matcher(b.value()).matches()
        && !weekday.matcher(b.text()).matches()) {
      return List.of(merged(c, a, b, b.value()));
    }
    return null;
  }

  /** One merged expression, or both with the joint value on the specific one ({@code a} when first). */
  private static List<TimeMention> joint(RuleContext c, TimeMention a, TimeMention b, String value, boolean linked,
      boolean firstIsSpecific) {
    if (!linked) return List.of(merged(c, a, b, value));
    if (value.equals((firstIsSpecific ? a : b).value())) return null;
    return firstIsSpecific ? List.of(revalued(a, value), b) : List.of(a, revalued(b, value));
  }

  private static TimeMention revalued(TimeMention t, String value) {
    return new TimeMention(t.span(), t.text(), value, value.contains("T") ? Kind.TIME : Kind.DATE);
  }

  /** The day's value at the clock time, the hour moved into the afternoon for "evening" or "night". */
  private static String at(Matcher day, Matcher clock) {
    int hour = Integer.parseInt(clock.group(1));
    return day.group(1) + "T%02d:%s".formatted(inPart(hour, day.group(2)), clock.group(2));
  }

  private static int inPart(int hour, String part) {
    if (part == null) return hour;
    return switch (part) {
      case "AF", "EV" -> hour < NOON ? hour + NOON : hour;
      case "NI" -> hour >= 6 && hour < NOON ? hour + NOON : hour;
      default -> hour == NOON ? 0 : hour;
    };
  }

  private static TimeMention merged(RuleContext c, TimeMention a, TimeMention b, String value) {
    Span span = new Span(a.span().begin(), b.span().end());
    Kind kind = value.contains("T") ? Kind.TIME : Kind.DATE;
    return new TimeMention(span, span.of(c.text()), value, kind);
  }

  private static String inWeek(String week, int isoDay) {
    LocalDate monday = LocalDate.of(Integer.parseInt(week.substring(0, 4)), 6, 1)
        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Long.parseLong(week.substring(6)))
        .with(java.time.DayOfWeek.MONDAY);
    return monday.plusDays(isoDay - 1L).toString();
  }

  /** "the week of March 4": the week holding the date, over the whole phrase. */
  private TimeMention weekOf(RuleContext c, TimeMention t) {
    if (!FULL_DATE.matcher(t.value()).matches() || t.value().startsWith("X")) return t;
    Matcher m = weekOf.matcher(c.text()).region(Math.max(0, t.span().begin() - 30), t.span().begin());
    if (!m.find()) return t;
    Span span = new Span(m.start(), t.span().end());
    String week = TimexValues.unitOf(LocalDate.parse(t.value()), "W");
    return new TimeMention(span, span.of(c.text()), week, Kind.DATE);
  }

  /** "Monday at 2.30", "last night at 8": a bare number after a day is a clock time on that day. */
  private static TimeMention bareHour(RuleContext c, TimeMention t) {
    Matcher day = DAY_VALUE.matcher(t.value());
    if (!day.matches()) return null;
    Matcher m = BARE_HOUR.matcher(c.text()).region(t.span().end(), c.text().length());
    if (!m.lookingAt()) return null;
    int hour = Integer.parseInt(m.group(1));
    int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
    if (hour > 23 || minute > 59) return null;
    Span span = new Span(m.start(1), m.end());
    String value = day.group(1) + "T%02d:%02d".formatted(inPart(hour, day.group(2)), minute);
    return new TimeMention(span, span.of(c.text()), value, Kind.TIME);
  }

  /** SUTime's "next month at 6pm" (2024-06T18:00) as the month and the time, each with its own value. */
  private static List<TimeMention> splitCoarse(RuleContext c, TimeMention t) {
    Matcher v = COARSE_WITH_CLOCK.matcher(t.value());
    if (!v.matches()) return List.of(t);
    Matcher tail = CLOCK_TAIL.matcher(t.text());
    int cut = -1;
    int clockAt = -1;
    while (tail.find()) {
      cut = tail.start();
      clockAt = tail.end();
    }
    if (cut <= 0) return List.of(t);
    int b = t.span().begin();
    Span date = new Span(b, b + cut);
    Span clock = new Span(b + clockAt, t.span().end());
    String time = c.ref() == null ? "T" + v.group(2) : c.ref() + "T" + v.group(2);
    return List.of(new TimeMention(date, date.of(c.text()), v.group(1), Kind.DATE),
        new TimeMention(clock, clock.of(c.text()), time, Kind.TIME));
  }
}
