package org.dossier.extract.meta;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
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
 * A relative age stamp such as "31 minutes ago", "an hour ago" or "yesterday". It says nothing about the
 * calendar by itself; {@link #resolve} dates it only against a known page or fetch time.
 *
 * @param amount how many units back
 * @param unit the unit (minutes up to years)
 * @param start where the stamp starts in the searched text
 * @param end where it ends
 */
public record RelativeStamp(long amount, ChronoUnit unit, int start, int end) {
  private static final Map<String, ChronoUnit> UNITS = new HashMap<>();
  private static final Map<String, Integer> DAY_WORDS = new HashMap<>();
  private static final Pattern AGO;
  private static final Pattern DAY_WORD;

  static {
    for (String line : DataFile.lines(RelativeStamp.class, "relative-units.txt")) {
      String[] f = DataFile.fields("relative-units.txt", line, 2);
      ChronoUnit unit = ChronoUnit.valueOf(f[0].strip());
      for (String s : f[1].strip().split("\\s+")) UNITS.put(s, unit);
    }
    List<String> ones = new ArrayList<>();
    for (String line : DataFile.lines(RelativeStamp.class, "relative-words.txt")) {
      String[] f = DataFile.fields("relative-words.txt", line, 2);
      if (f[0].equals("one")) ones.add(f[1].strip());
      else DAY_WORDS.put(f[1].strip(), Integer.parseInt(DataFile.fields("relative-words.txt", line, 3)[2].strip()));
    }
    // no leading word boundary: stamps are often glued to an icon's text ("time11 minutes ago")
    AGO = Pattern.compile("(?<n>\\d{1,4}|" + alternation(ones) + ")\\s*(?<unit>" + alternation(UNITS.keySet())
        + ")\\.?\\s+ago\\b", Pattern.CASE_INSENSITIVE);
    DAY_WORD = Pattern.compile("\\b(?<word>" + alternation(DAY_WORDS.keySet()) + ")\\b", Pattern.CASE_INSENSITIVE);
  }

  private static String alternation(java.util.Collection<String> words) {
    return String.join("|", words.stream().sorted(Comparator.comparing(String::length).reversed()).toList());
  }

  /** The first "N units ago" stamp in {@code text}; null if none. */
  public static RelativeStamp find(String text) {
    Matcher m = AGO.matcher(text);
    if (!m.find()) return null;
    String n = m.group("n");
    long amount = Character.isDigit(n.charAt(0)) ? Long.parseLong(n) : 1;
    return new RelativeStamp(amount, UNITS.get(m.group("unit").toLowerCase(Locale.ROOT)), m.start(), m.end());
  }

  /** A whole-word day stamp ("yesterday", "today") in {@code text}; null if none. */
  public static RelativeStamp findDayWord(String text) {
    Matcher m = DAY_WORD.matcher(text);
    if (!m.find()) return null;
    return new RelativeStamp(DAY_WORDS.get(m.group("word").toLowerCase(Locale.ROOT)), ChronoUnit.DAYS, m.start(),
        m.end());
  }

  /**
   * The date this stamp points at, seen from {@code reference} (the page's date or fetch time), at the
   * precision both allow; null when the reference is unknown or too coarse.
   */
  public PartialDate resolve(PartialDate reference) {
    if (reference == null || reference.precision().compareTo(PartialDate.Precision.DAY) < 0) return null;
    boolean exact = reference.precision() == PartialDate.Precision.MINUTE;
    LocalDateTime at = reference.toLocalDate().atTime(reference.hour(), reference.minute()).minus(amount, unit);
    return switch (unit) {
      case MINUTES, HOURS -> exact ? PartialDate.of(at) : PartialDate.of(reference.toLocalDate());
      case DAYS, WEEKS -> PartialDate.of(at.toLocalDate());
      case MONTHS -> PartialDate.ofMonth(at.getYear(), at.getMonthValue());
      default -> PartialDate.ofYear(at.getYear());
    };
  }
}
