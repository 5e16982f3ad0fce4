package org.dossier.annotate.events;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.core.model.PartialDate;

/** Turns a TIMEX3 date value into a calendar date at its precision ("2024-W03" becomes its month). */
final class EventDates {
  private static final Pattern WEEK = Pattern.compile("^(\\d{4})-W(\\d{2})");

  private EventDates() {}

  /** The date a TIMEX3 value names, or null when it names none (durations, sets, "PRESENT_REF"). */
  static PartialDate of(String timex) {
    if (timex == null) return null;
    Matcher w = WEEK.matcher(timex);
    if (w.find()) {
      try {
        LocalDate thursday = LocalDate.of(Integer.parseInt(w.group(1)), 6, 1)
            .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(w.group(2))).with(DayOfWeek.THURSDAY);
        return PartialDate.ofMonth(thursday.getYear(), thursday.getMonthValue());
      } catch (RuntimeException e) {
        return null;
      }
    }
    return PartialDate.parse(timex);
  }

  /** True when two dates agree at the coarser precision of the two; an unknown date agrees with any. */
  static boolean agree(PartialDate a, PartialDate b) {
    if (a == null || b == null) return true;
    String x = a.iso();
    String y = b.iso();
    int n = Math.min(x.length(), y.length());
    return x.substring(0, n).equals(y.substring(0, n));
  }
}
