package org.dossier.extract.meta;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.core.model.PartialDate;

/**
 * Finds dates and clock times in news stamps ("May 4, 2025 7:35 AM", "2025-06-04", "05-06-2025",
 * "June 4", "06:22 (IST) Jun 13") using the formats in {@code date-formats.txt}. Thread-safe.
 */
public final class NewsDates {
  /** Text allowed between a date and the clock time that belongs to it ("May 4, 2025 at 7:35 AM"). */
  private static final Pattern DATE_TIME_GAP = Pattern.compile("[\\s,|·•–-]*(?:at\\s+)?", Pattern.CASE_INSENSITIVE);
  private static final Pattern TIME_DATE_GAP = Pattern.compile("[\\s,|·•–-]*(?:on\\s+)?", Pattern.CASE_INSENSITIVE);

  private static final Map<String, Integer> MONTHS = new HashMap<>();
  private static final List<Pattern> FULL = new ArrayList<>();
  private static final List<Pattern> NUMERIC = new ArrayList<>();
  private static final List<Pattern> MONTH_DAY = new ArrayList<>();
  private static final List<Pattern> TIME = new ArrayList<>();

  static {
    for (String line : DataFile.lines(NewsDates.class, "months.txt")) {
      String[] f = DataFile.fields("months.txt", line, 2);
      for (String name : f[1].strip().split("\\s+")) MONTHS.putIfAbsent(name, Integer.parseInt(f[0].strip()));
    }
    String monthGroup = "(?<mname>" + String.join("|",
        MONTHS.keySet().stream().sorted(Comparator.comparing(String::length).reversed()).toList()) + ")\\.?(?!\\p{L})";
    List<String> weekdays = new ArrayList<>();
    for (String line : DataFile.lines(NewsDates.class, "weekdays.txt")) {
      weekdays.addAll(List.of(line.strip().split("\\s+")));
    }
    String weekday = "(?:(?:" + String.join("|", weekdays.stream().sorted(Comparator.comparing(String::length).reversed())
        .map(Pattern::quote).toList()) + ")\\.?,?\\s+)?";
    for (String line : DataFile.lines(NewsDates.class, "date-formats.txt")) {
      String[] f = DataFile.fields("date-formats.txt", line, 2);
      Pattern p = Pattern.compile(f[1].replace("{MONTH}", monthGroup).replace("{WEEKDAY}", weekday),
          Pattern.CASE_INSENSITIVE);
      switch (f[0]) {
        case "full" -> FULL.add(p);
        case "numeric" -> NUMERIC.add(p);
        case "monthday" -> MONTH_DAY.add(p);
        case "time" -> TIME.add(p);
        default -> throw new IllegalStateException("date-formats.txt: unknown kind '" + f[0]
            + "'; use full, numeric, monthday or time");
      }
    }
  }

  private NewsDates() {}

  /** A clock time found in text: 24-hour values, the zone abbreviation if given. */
  public record Clock(int hour, int minute, String zone, int start, int end) {}

  /** A day without a year ("June 4"), with its clock time when one adjoins it. */
  public record MonthDay(int month, int day, Clock clock, int start, int end) {
    /** This day in the given year, at minute precision when the clock is known; null if invalid. */
    public PartialDate inYear(int year) {
      try {
        LocalDate d = LocalDate.of(year, month, day);
        return clock == null ? PartialDate.of(d) : PartialDate.of(d.atTime(clock.hour(), clock.minute()));
      } catch (DateTimeException e) {
        return null;
      }
    }
  }

  /**
   * A date found in text.
   *
   * @param date the reading taken (day-month for ambiguous numeric dates)
   * @param other the other valid reading of an ambiguous numeric date, else null
   */
  public record Found(PartialDate date, PartialDate other, int start, int end) {
    public boolean ambiguous() {
      return other != null;
    }
  }

  /** The earliest date with a year in {@code text}, with its adjoining clock time; null if none. */
  public static Found find(String text) {
    Found best = null;
    for (Pattern p : FULL) {
      Matcher m = p.matcher(text);
      if (m.find() && (best == null || m.start() < best.start())) {
        LocalDate d = localDate(m.group("year"), monthOf(m), m.group("day"));
        if (d != null) best = new Found(PartialDate.of(d), null, m.start(), m.end());
      }
    }
    for (Pattern p : NUMERIC) {
      Matcher m = p.matcher(text);
      if (m.find() && (best == null || m.start() < best.start())) {
        Found f = numeric(m);
        if (f != null) best = f;
      }
    }
    return best == null ? null : withClock(text, best);
  }

  /** The earliest year-less day ("June 4", "13 Jun"), with an adjoining clock time; null if none. */
  public static MonthDay findMonthDay(String text) {
    MonthDay best = null;
    for (Pattern p : MONTH_DAY) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        int month = MONTHS.getOrDefault(m.group("mname").toLowerCase(Locale.ROOT), 0);
        int day = Integer.parseInt(m.group("day"));
        if (month == 0 || day < 1 || day > 31) continue;
        if (best == null || m.start() < best.start()) best = new MonthDay(month, day, null, m.start(), m.end());
        break;
      }
    }
    if (best == null) return null;
    Clock c = clockAround(text, best.start(), best.end());
    return c == null ? best
        : new MonthDay(best.month(), best.day(), c, Math.min(c.start(), best.start()), Math.max(c.end(), best.end()));
  }

  /** The earliest clock time in {@code text} ("7:35 AM", "06:22 (IST)", "14.05"); null if none. */
  public static Clock findClock(String text) {
    for (Pattern p : TIME) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        Clock c = clock(m);
        if (c != null) return c;
      }
    }
    return null;
  }

  private static Found withClock(String text, Found f) {
    Clock c = clockAround(text, f.start(), f.end());
    if (c == null) return f;
    return new Found(atClock(f.date(), c), f.other() == null ? null : atClock(f.other(), c),
        Math.min(f.start(), c.start()), Math.max(f.end(), c.end()));
  }

  private static PartialDate atClock(PartialDate d, Clock c) {
    return PartialDate.of(d.toLocalDate().atTime(c.hour(), c.minute()));
  }

  /** A clock time right after the date, or right before it ("10:02 AM EDT, June 4, 2025"). */
  private static Clock clockAround(String text, int start, int end) {
    Matcher gap = DATE_TIME_GAP.matcher(text).region(end, text.length());
    if (gap.lookingAt()) {
      Clock after = clockAt(text, gap.end());
      if (after != null) return after;
    }
    Clock before = findClock(text.substring(0, start));
    if (before == null) return null;
    Matcher back = TIME_DATE_GAP.matcher(text).region(before.end(), start);
    return back.matches() ? before : null;
  }

  private static Clock clockAt(String text, int from) {
    for (Pattern p : TIME) {
      Matcher m = p.matcher(text).region(from, text.length());
      if (m.lookingAt()) return clock(m);
    }
    return null;
  }

  private static Clock clock(Matcher m) {
    int hour = Integer.parseInt(m.group("hour"));
    int minute = Integer.parseInt(m.group("minute"));
    String ampm = m.group("ampm");
    if (ampm != null) {
      if (hour < 1 || hour > 12) return null;
      boolean pm = Character.toLowerCase(ampm.charAt(0)) == 'p';
      hour = hour % 12 + (pm ? 12 : 0);
    }
    if (hour > 23 || minute > 59) return null;
    return new Clock(hour, minute, m.group("zone"), m.start(), m.end());
  }

  private static Found numeric(Matcher m) {
    int a = Integer.parseInt(m.group("a"));
    int b = Integer.parseInt(m.group("b"));
    LocalDate dayFirst = localDate(m.group("year"), b, Integer.toString(a));
    LocalDate monthFirst = localDate(m.group("year"), a, Integer.toString(b));
    if (dayFirst == null && monthFirst == null) return null;
    if (dayFirst == null) return new Found(PartialDate.of(monthFirst), null, m.start(), m.end());
    PartialDate other = monthFirst == null || monthFirst.equals(dayFirst) ? null : PartialDate.of(monthFirst);
    return new Found(PartialDate.of(dayFirst), other, m.start(), m.end());
  }

  private static int monthOf(Matcher m) {
    String name = group(m, "mname");
    if (name != null) return MONTHS.getOrDefault(name.toLowerCase(Locale.ROOT), 0);
    return Integer.parseInt(m.group("month"));
  }

  private static String group(Matcher m, String name) {
    return m.pattern().pattern().contains("(?<" + name + ">") ? m.group(name) : null;
  }

  private static LocalDate localDate(String year, int month, String day) {
    try {
      int y = Integer.parseInt(year);
      return y < 1900 || y > 2200 ? null : LocalDate.of(y, month, Integer.parseInt(day));
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }
}
