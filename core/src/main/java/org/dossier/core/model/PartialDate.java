package org.dossier.core.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar date known to some precision: "2025", "2025-06", "2025-06-04" or "2025-06-04T07:35".
 * Fields below the precision are zero.
 */
public record PartialDate(int year, int month, int day, int hour, int minute, Precision precision)
    implements Comparable<PartialDate> {

  public enum Precision { YEAR, MONTH, DAY, MINUTE }

  private static final Pattern ISO =
      Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::\\d{2}(?:\\.\\d+)?)?)?)?)?");

  public PartialDate {
    if (year < 1 || year > 9999) throw new IllegalArgumentException("year " + year);
    if (precision.compareTo(Precision.MONTH) >= 0 && (month < 1 || month > 12)) {
      throw new IllegalArgumentException("month " + month);
    }
    if (precision.compareTo(Precision.DAY) >= 0) {
      LocalDate.of(year, month, day); // validates the day of month
    }
    if (precision == Precision.MINUTE && (hour > 23 || minute > 59 || hour < 0 || minute < 0)) {
      throw new IllegalArgumentException("time " + hour + ":" + minute);
    }
  }

  public static PartialDate ofYear(int year) {
    return new PartialDate(year, 0, 0, 0, 0, Precision.YEAR);
  }

  public static PartialDate ofMonth(int year, int month) {
    return new PartialDate(year, month, 0, 0, 0, Precision.MONTH);
  }

  public static PartialDate of(LocalDate d) {
    return new PartialDate(d.getYear(), d.getMonthValue(), d.getDayOfMonth(), 0, 0, Precision.DAY);
  }

  public static PartialDate of(LocalDateTime t) {
    return new PartialDate(t.getYear(), t.getMonthValue(), t.getDayOfMonth(), t.getHour(), t.getMinute(),
        Precision.MINUTE);
  }

  /** Parses the ISO forms this record prints (seconds and fractions are dropped); null if not one. */
  public static PartialDate parse(String s) {
    if (s == null) return null;
    Matcher m = ISO.matcher(s.strip());
    if (!m.lookingAt()) return null;
    try {
      int y = Integer.parseInt(m.group(1));
      if (m.group(2) == null) return ofYear(y);
      int mo = Integer.parseInt(m.group(2));
      if (m.group(3) == null) return ofMonth(y, mo);
      int d = Integer.parseInt(m.group(3));
      if (m.group(4) == null) return of(LocalDate.of(y, mo, d));
      return new PartialDate(y, mo, d, Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
          Precision.MINUTE);
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** The day, when known to the day or better. */
  public LocalDate toLocalDate() {
    return precision.compareTo(Precision.DAY) >= 0 ? LocalDate.of(year, month, day) : null;
  }

  public String iso() {
    return switch (precision) {
      case YEAR -> "%04d".formatted(year);
      case MONTH -> "%04d-%02d".formatted(year, month);
      case DAY -> "%04d-%02d-%02d".formatted(year, month, day);
      case MINUTE -> "%04d-%02d-%02dT%02d:%02d".formatted(year, month, day, hour, minute);
    };
  }

  @Override
  public int compareTo(PartialDate o) {
    int c = Integer.compare(year, o.year);
    if (c == 0) c = Integer.compare(month, o.month);
    if (c == 0) c = Integer.compare(day, o.day);
    if (c == 0) c = Integer.compare(hour, o.hour);
    if (c == 0) c = Integer.compare(minute, o.minute);
    return c != 0 ? c : precision.compareTo(o.precision);
  }

  @Override
  public String toString() {
    return iso();
  }
}
