package org.dossier.extract.meta;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.dossier.core.model.PartialDate;

/**
 * A line that is only a time stamp: a dated stamp ("June 4, 2025", "Updated 10:02 AM June 4, 2025"), an
 * agency stamp with the source glued on ("AFP12-03-2024"), a clock time of a feed item ("9:51 PM",
 * "06:22 (IST) Jun 13") or a relative age ("31 minutes ago").
 *
 * @param source the outlet glued to the stamp, or null
 * @param date the dated reading, or null
 * @param otherDate the other reading of an ambiguous numeric date, or null
 * @param day a day without a year, or null
 * @param clock a clock time without a date, or null
 * @param relative a relative age, or null
 */
public record Stamp(String source, PartialDate date, PartialDate otherDate, NewsDates.MonthDay day,
    NewsDates.Clock clock, RelativeStamp relative) {
  /** Longest leftover word allowed on a stamp line (an icon's alt text such as "time" or "clock"). */
  private static final int MAX_ICON_CHARS = 8;
  /** Most words of a section label before a stamp ("All News", "North Korea"). */
  private static final int MAX_SECTION_WORDS = 3;
  /** Longest line considered for a stamp. */
  private static final int MAX_CHARS = 80;
  private static final Set<String> FILLER = new HashSet<>();
  private static final String SEPARATORS = "[\\s|·•,:–-]+$";
  /** "Pacific Herald · " before a relative age: a source name ended by a separator. */
  private static final Pattern SOURCE_BEFORE =
      Pattern.compile("\\p{Lu}[\\p{L}\\p{N}&.' ]{1,40}?\\s+[|·•–-]\\s*");

  static {
    for (String line : DataFile.lines(Stamp.class, "stamps.txt")) {
      FILLER.addAll(List.of(line.strip().toLowerCase(Locale.ROOT).split("\\s+")));
    }
  }

  /** The stamp that {@code line} consists of; null when the line says more than a stamp. */
  public static Stamp parse(String line, Outlets outlets) {
    String s = line.strip();
    if (s.isEmpty() || s.length() > MAX_CHARS) return null;
    NewsDates.Found found = NewsDates.find(s);
    if (found != null) {
      String rest = s.substring(0, found.start()) + " " + s.substring(found.end());
      String source = sourceOf(s.substring(0, found.start()), outlets);
      if (source == null && !leftoverOk(rest) && !sectionStamp(s.substring(0, found.start()), found, s)) return null;
      if (source != null && !leftoverOk(s.substring(found.end()))) return null;
      return new Stamp(source, found.date(), found.other(), null, null, null);
    }
    RelativeStamp rel = RelativeStamp.find(s);
    if (rel == null) rel = RelativeStamp.findDayWord(s);
    if (rel != null) {
      String before = s.substring(0, rel.start());
      String source = null;
      if (SOURCE_BEFORE.matcher(before).matches()) {
        String named = sourceOf(before, outlets);
        source = named != null ? named : before.replaceAll(SEPARATORS, "").strip();
      }
      if (source == null && !leftoverOk(before)) return null;
      return leftoverOk(s.substring(rel.end())) ? new Stamp(source, null, null, null, null, rel) : null;
    }
    NewsDates.MonthDay day = NewsDates.findMonthDay(s);
    if (day != null && day.clock() != null) {
      return leftoverOk(s.substring(0, day.start()) + " " + s.substring(day.end()))
          ? new Stamp(null, null, null, day, null, null) : null;
    }
    NewsDates.Clock clock = NewsDates.findClock(s);
    if (clock != null && leftoverOk(s.substring(0, clock.start()) + " " + s.substring(clock.end()))) {
      return new Stamp(null, null, null, null, clock, null);
    }
    return null;
  }

  /** True for a feed item's time of day with no date of its own. */
  public boolean clockOnly() {
    return clock != null || (day != null && date == null);
  }

  /** The stamp's date, using {@code reference} (page or fetch time) for relative ages and missing years. */
  public PartialDate resolve(PartialDate reference) {
    if (date != null) return date;
    if (relative != null) return relative.resolve(reference);
    if (day != null && reference != null) return day.inYear(reference.year());
    return null;
  }

  /**
   * A section label before a date with its time and nothing after ("All News 20:51 June 17, 2025"): a
   * stamp, never a headline.
   */
  private static boolean sectionStamp(String before, NewsDates.Found found, String line) {
    if (found.date().precision() != PartialDate.Precision.MINUTE || !leftoverOk(line.substring(found.end()))) return false;
    String label = before.replaceAll(SEPARATORS, "").strip();
    if (label.isEmpty()) return false;
    String[] words = label.split("\\s+");
    if (words.length > MAX_SECTION_WORDS) return false;
    for (String w : words) if (!Character.isUpperCase(w.charAt(0)) || w.matches(".*\\d.*")) return false;
    return true;
  }

  private static String sourceOf(String before, Outlets outlets) {
    String name = before.replaceAll(SEPARATORS, "").strip();
    return name.isEmpty() ? null : outlets.canonical(name);
  }

  private static boolean leftoverOk(String text) {
    RelativeStamp rel = RelativeStamp.find(text); // "Updated 2 hours ago" beside a date
    String rest = rel == null ? text : text.substring(0, rel.start()) + " " + text.substring(rel.end());
    String[] words = rest.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip().split(" ");
    int unknown = 0;
    for (String w : words) {
      if (w.isEmpty() || FILLER.contains(w) || w.matches("\\d{1,2}")) continue; // "GMT+3" offsets
      if (w.length() > MAX_ICON_CHARS || ++unknown > 1) return false;
    }
    return true;
  }
}
