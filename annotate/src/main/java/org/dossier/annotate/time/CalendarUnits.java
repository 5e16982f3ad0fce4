package org.dossier.annotate.time;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import org.dossier.core.model.TimeMention.Kind;

/**
 * Calendar units named by their place rather than by a date: "week 10", "the first week of 2019", "the
 * last week of July", "the week after next", "the end of the month" (TIMEX3 gives the month itself),
 * and "the day before" / "the day after" standing alone, which SUTime reads as today.
 */
final class CalendarUnits extends RuleSet {
  private static final int DAYS_IN_WEEK = 7;
  private final TimeLexicon lex;

  CalendarUnits(TimeLexicon lex) {
    this.lex = lex;
    String month = "(" + lex.alternation("month") + ")";
    String place = "(first|second|third|fourth|last)";
    strong("week (\\d{1,2})(?!\\s*(?:[,.:]\\d|%))", (m, c) -> week(c, Integer.parseInt(m.group(1))));
    strong("(?:the )?" + place + " week of " + month + "(?:,? (\\d{4}))?",
        (m, c) -> weekOfMonth(c, m.group(1), m.group(2), m.group(3)));
    strong("(?:the )?" + place + " week of (\\d{4})", (m, c) -> weekOfYear(m.group(1), Integer.parseInt(m.group(2))));
    strong("the (day|week|month|year) (after|before) (?:next|last)", this::twoAway);
    strong("the day (after|before)(?=\\s*(?:[.,;?!]|$))",
        (m, c) -> c.ref() == null ? null : new Found(c.ref().plusDays(sign(m.group(1))).toString(), Kind.DATE));
    String relative = "(" + lex.alternation("before") + "|" + lex.alternation("after") + "|" + lex.alternation("current") + ")";
    add(relative + " (week|month|year)", this::relative);
    add("(?:the )?end of (?:the |this )?(week|month|year)", this::endOf);
  }

  private static Found week(RuleContext c, int week) {
    if (c.ref() == null || week < 1 || week > 53) return null;
    return new Found("%04d-W%02d".formatted(c.ref().getYear(), week), Kind.DATE);
  }

  private Found weekOfMonth(RuleContext c, String place, String monthWord, String year) {
    int month = Integer.parseInt(lex.value("month", monthWord));
    if (year == null && c.ref() == null) return null;
    int y = year != null ? Integer.parseInt(year) : Integer.parseInt(c.yearOf(month, 1, 0));
    return new Found(TimexValues.unitOf(placeIn(LocalDate.of(y, month, 1), place, "M"), "W"), Kind.DATE);
  }

  /** ISO weeks: the first holds January 4, the last December 28. */
  private static Found weekOfYear(String place, int year) {
    LocalDate day = place.equalsIgnoreCase("last") ? LocalDate.of(year, 12, 28)
        : placeIn(LocalDate.of(year, 1, 4), place, "Y");
    return new Found(TimexValues.unitOf(day, "W"), Kind.DATE);
  }

  /** The day whose week is the n-th (or last) of the month or year starting on {@code first}. */
  private static LocalDate placeIn(LocalDate first, String place, String unit) {
    return switch (place.toLowerCase(Locale.ROOT)) {
      case "last" -> TimexValues.shift(first, unit, 1).minusDays(1);
      case "second" -> first.plusDays(DAYS_IN_WEEK);
      case "third" -> first.plusDays(2L * DAYS_IN_WEEK);
      case "fourth" -> first.plusDays(3L * DAYS_IN_WEEK);
      default -> first;
    };
  }

  /** "the week after next": two units on, at the unit's granularity. */
  private Found twoAway(Matcher m, RuleContext c) {
    if (c.ref() == null) return null;
    String unit = lex.value("unit", m.group(1));
    LocalDate d = TimexValues.shift(c.ref(), unit, 2L * sign(m.group(2)));
    return new Found(TimexValues.unitOf(d, unit), Kind.DATE);
  }

  /** "next month" where SUTime dropped it: the unit one step away, at its own granularity. */
  private Found relative(Matcher m, RuleContext c) {
    if (c.ref() == null) return null;
    int dir = lex.has("before", m.group(1)) ? -1 : lex.has("after", m.group(1)) ? 1 : 0;
    String unit = lex.value("unit", m.group(2));
    return new Found(TimexValues.unitOf(TimexValues.shift(c.ref(), unit, dir), unit), Kind.DATE);
  }

  /** TIMEX3 gives "the end of the month" the month's value; a past clause means the last one. */
  private Found endOf(Matcher m, RuleContext c) {
    if (c.ref() == null) return null;
    String unit = lex.value("unit", m.group(1));
    int back = c.tense(m.start()) == Tense.PAST ? -1 : 0;
    return new Found(TimexValues.unitOf(TimexValues.shift(c.ref(), unit, back), unit), Kind.DATE);
  }

  private static int sign(String afterOrBefore) {
    return afterOrBefore.equalsIgnoreCase("after") ? 1 : -1;
  }
}
