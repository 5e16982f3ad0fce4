package org.dossier.annotate.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/** TIMEX3 value arithmetic on a reference day: calendar units at their own granularity, durations. */
final class TimexValues {
  private TimexValues() {}

  /** The value naming the calendar unit (Y, M, W, D, Q, DE, CE) that contains the day. */
  static String unitOf(LocalDate d, String unit) {
    return switch (unit) {
      case "Y" -> "%04d".formatted(d.getYear());
      case "M" -> "%04d-%02d".formatted(d.getYear(), d.getMonthValue());
      case "W" -> "%04d-W%02d".formatted(d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      case "D" -> d.toString();
      case "Q" -> "%04d-Q%d".formatted(d.getYear(), d.get(IsoFields.QUARTER_OF_YEAR));
      case "DE" -> "%03d".formatted(d.getYear() / 10);
      case "CE" -> "%02d".formatted(d.getYear() / 100);
      default -> null;
    };
  }

  /** The day moved by n units (negative: back); null for clock units. */
  static LocalDate shift(LocalDate d, String unit, long n) {
    return switch (unit) {
      case "Y" -> d.plusYears(n);
      case "M" -> d.plusMonths(n);
      case "W" -> d.plusWeeks(n);
      case "D" -> d.plusDays(n);
      case "Q" -> d.plusMonths(3 * n);
      case "DE" -> d.plusYears(10 * n);
      case "CE" -> d.plusYears(100 * n);
      default -> null;
    };
  }

  /** A duration value: "P3Y", "PXM", "PT2H"; a quarter counts as three months. */
  static String duration(String count, String unit) {
    if (unit.equals("Q")) {
      return count.equals("X") ? "PXM" : "P" + trim(Double.parseDouble(count) * 3) + "M";
    }
    return unit.startsWith("T") ? "PT" + count + unit.substring(1) : "P" + count + unit;
  }

  /** The weekday nearest the day in the direction given: -1 on or before, +1 on or after, 0 nearest. */
  static LocalDate weekday(LocalDate d, int isoDay, int direction) {
    DayOfWeek day = DayOfWeek.of(isoDay);
    LocalDate before = d.with(TemporalAdjusters.previousOrSame(day));
    LocalDate after = d.with(TemporalAdjusters.nextOrSame(day));
    if (direction < 0) return before;
    if (direction > 0) return after;
    return d.toEpochDay() - before.toEpochDay() <= after.toEpochDay() - d.toEpochDay() ? before : after;
  }

  /** Whether the day exists in that year (February 29 only in leap years). */
  static boolean exists(int year, int month, int day) {
    return month >= 1 && month <= 12 && day >= 1 && day <= java.time.YearMonth.of(year, month).lengthOfMonth();
  }

  static String trim(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }
}
