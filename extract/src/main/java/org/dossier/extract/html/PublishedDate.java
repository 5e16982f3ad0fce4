package org.dossier.extract.html;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.core.model.PartialDate;
import org.dossier.extract.meta.NewsDates;
import org.dossier.extract.meta.Outlets;
import org.dossier.extract.meta.Stamp;

/**
 * The main article's publication time, as the page prints it. Machine-readable times (JSON-LD, meta tags,
 * {@code <time datetime>}) give the instant; the visible stamp near the headline gives the local clock and
 * day as printed. Updates are never taken for the publication. Where both are known: the same instant
 * shown in another zone (whole quarter hours apart) keeps the printed time; a printed day that the instant
 * falls on, in some zone, keeps the machine's time of day; other disagreements keep the printed day
 * only; a printed stamp far from the machine's day is a stray date and is ignored. Without either, a
 * date in the URL is the last resort.
 */
final class PublishedDate {
  private static final Pattern ISO = Pattern.compile(
      "(\\d{4}-\\d{2}-\\d{2})[T ](\\d{1,2}):(\\d{2})(?::\\d{2}(?:\\.\\d+)?)?\\s*(Z|[+-]\\d{2}:?\\d{2})?");
  private static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(?!\\d)");
  /** Furthest a printed day may be from the machine's day in any zone. */
  private static final int MAX_ZONE_DAYS = 1;
  /** Widest gap between two renderings of one instant (UTC-12 to UTC+14). */
  private static final long MAX_ZONE_MINUTES = 14 * 60;

  private PublishedDate() {}

  /** A machine-readable time: the local reading as written and its UTC offset when given. */
  record Machine(PartialDate local, ZoneOffset offset) {
    LocalDateTime utc() {
      LocalDateTime t = local.toLocalDate().atTime(local.hour(), local.minute());
      return offset == null ? t : t.minusSeconds(offset.getTotalSeconds());
    }
  }

  static PartialDate choose(List<String> machineValues, HeaderZone zone, String url) {
    List<Machine> machine = new ArrayList<>();
    for (String v : machineValues) add(machine, v);
    for (HeaderZone.Stamp s : zone.stamps()) if (!s.updated()) add(machine, s.machine());
    Machine m = localOf(machine);
    PartialDate shown = visible(zone, m);
    if (m == null) return shown != null ? shown : DateParsing.fromUrl(url);
    if (shown == null) return m.local();
    return reconcile(m, shown);
  }

  private static void add(List<Machine> out, String value) {
    Machine m = machine(value);
    if (m != null) out.add(m);
  }

  /** The first machine time, in the page's own zone when another value gives the same instant with it. */
  private static Machine localOf(List<Machine> machine) {
    if (machine.isEmpty()) return null;
    Machine first = machine.get(0);
    if (first.local().precision() != PartialDate.Precision.MINUTE || !isUtc(first.offset())) return first;
    for (Machine other : machine) {
      if (other.offset() != null && !isUtc(other.offset()) && other.local().precision() == PartialDate.Precision.MINUTE
          && other.utc().equals(first.utc())) {
        return other;
      }
    }
    return first;
  }

  private static boolean isUtc(ZoneOffset o) {
    return o != null && o.getTotalSeconds() == 0;
  }

  static Machine machine(String value) {
    if (value == null || value.isBlank()) return null;
    Matcher iso = ISO.matcher(value.strip());
    if (iso.lookingAt()) {
      PartialDate local = PartialDate.parse(iso.group(1) + "T" + "%02d".formatted(Integer.parseInt(iso.group(2)))
          + ":" + iso.group(3));
      if (local != null && plausible(local)) return new Machine(local, offset(iso.group(4)));
    }
    PartialDate d = DateParsing.parse(value);
    return d == null ? null : new Machine(d, null);
  }

  private static ZoneOffset offset(String s) {
    if (s == null) return null;
    try {
      return s.equals("Z") ? ZoneOffset.UTC : ZoneOffset.of(s.length() == 5 ? s.substring(0, 3) + ":" + s.substring(3) : s);
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** The first visible publication stamp that is near the machine day (any, when there is none). */
  private static PartialDate visible(HeaderZone zone, Machine m) {
    for (HeaderZone.Stamp s : zone.stamps()) {
      if (s.updated()) continue;
      PartialDate d = printed(s.text());
      if (d == null || d.precision().compareTo(PartialDate.Precision.DAY) < 0) continue;
      if (m == null || m.local().toLocalDate() == null || daysApart(d.toLocalDate(), m) <= MAX_ZONE_DAYS) return d;
    }
    return null;
  }

  /** A printed stamp: a whole date, or a day, a clock time and a year set apart ("November 20 | 15:23 | 2019"). */
  static PartialDate printed(String text) {
    Stamp stamp = Stamp.parse(text, Outlets.standard());
    if (stamp != null && stamp.date() != null) return stamp.date();
    NewsDates.Found found = NewsDates.find(text);
    if (found != null) return found.date();
    NewsDates.MonthDay day = NewsDates.findMonthDay(text);
    Matcher year = YEAR.matcher(text);
    if (day == null || !year.find()) return null;
    PartialDate d = day.inYear(Integer.parseInt(year.group(1)));
    if (d == null || day.clock() != null) return d;
    NewsDates.Clock clock = NewsDates.findClock(text);
    return clock == null ? d : PartialDate.of(d.toLocalDate().atTime(clock.hour(), clock.minute()));
  }

  private static PartialDate reconcile(Machine m, PartialDate shown) {
    if (m.local().precision() != PartialDate.Precision.MINUTE) return shown; // near the machine's day: printed wins
    LocalDate shownDay = shown.toLocalDate();
    if (shown.precision() == PartialDate.Precision.MINUTE) {
      LocalDateTime printed = shownDay.atTime(shown.hour(), shown.minute());
      long minutes = Duration.between(m.utc(), printed).toMinutes();
      if (Math.abs(minutes) <= MAX_ZONE_MINUTES && minutes % 15 == 0) return shown; // one instant, printed zone
      return PartialDate.of(shownDay);
    }
    if (shownDay.equals(m.local().toLocalDate())) return m.local();
    return shown;
  }

  private static long daysApart(LocalDate day, Machine m) {
    long local = Math.abs(ChronoUnit.DAYS.between(day, m.local().toLocalDate()));
    long utc = Math.abs(ChronoUnit.DAYS.between(day, m.utc().toLocalDate()));
    return Math.min(local, utc);
  }

  private static boolean plausible(PartialDate d) {
    return d.year() >= 1990 && d.year() <= LocalDateTime.now().getYear() + 1;
  }
}
