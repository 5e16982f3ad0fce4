package org.dossier.annotate.time;

import java.util.regex.Matcher;
import org.dossier.core.model.TimeMention.Kind;

/**
 * Durations SUTime cuts short or rounds: fractions ("one and a half hours", "an hour and a half",
 * "½ hour"), decimals ("123.45 sec", "2.5 days"), units glued to digits ("3h", "90min"), two units
 * added ("1 hour and 30 minutes": PT1H30M) and nights counted as days ("two nights": P2D).
 */
final class Durations extends RuleSet {
  private final TimeLexicon lex;

  Durations(TimeLexicon lex) {
    this.lex = lex;
    String n = "(" + lex.alternation("count") + "|\\d+)";
    String unit = "(" + lex.alternation("unit") + ")";
    String frac = "(?:an? )?(" + lex.alternation("fraction") + ")";
    strong(n + " and " + frac + " " + unit, (m, c) -> sum(m.group(1), m.group(2), m.group(3)));
    strong(n + " " + unit + " and " + frac, (m, c) -> sum(m.group(1), m.group(3), m.group(2)));
    strong(frac + " (?:an? )?" + unit, (m, c) -> sum("0", m.group(1), m.group(2)));
    strong(n + " " + unit + ",? and " + n + " " + unit, this::twoUnits);
    add("(\\d+\\.\\d+) ?" + unit + "(?!\\s*-?\\s*(?:old|older|of age)\\b)", (m, c) -> of(m.group(1), m.group(2)));
    add("(\\d+)(h|hrs?|mins?|secs?)", (m, c) -> of(m.group(1), m.group(2)));
    strong(n + " nights?", (m, c) -> of(m.group(1), "day"));
    // only where SUTime found nothing: its own mention was cut or dropped ("2 hours next month")
    add("(?<!\\bage[ds]? )(\\d+) " + unit + "(?!\\s*-?\\s*(?:old|older|ago|later|earlier|before|after|from|of age)\\b)",
        (m, c) -> of(m.group(1), m.group(2)));
  }

  /** A whole count plus a fraction of a unit; a quarter of a quarter-year is not a news duration. */
  private Found sum(String count, String fraction, String unitWord) {
    String whole = count(count);
    String unit = lex.value("unit", unitWord);
    if (whole == null || unit.equals("Q")) return null;
    double v = Double.parseDouble(whole) + Double.parseDouble(lex.value("fraction", fraction));
    return new Found(TimexValues.duration(TimexValues.trim(v), unit), Kind.DURATION);
  }

  private Found of(String count, String unitWord) {
    String n = count(count);
    return n == null ? null : new Found(TimexValues.duration(n, lex.value("unit", unitWord)), Kind.DURATION);
  }

  /** "1 hour and 30 minutes": the larger unit first, both within one value. */
  private Found twoUnits(Matcher m, RuleContext c) {
    String a = count(m.group(1));
    String b = count(m.group(3));
    String ua = lex.value("unit", m.group(2));
    String ub = lex.value("unit", m.group(4));
    if (a == null || b == null || ua.equals(ub) || ua.equals("Q") || ub.equals("Q")) return null;
    String first = TimexValues.duration(a, ua);
    String second = TimexValues.duration(b, ub);
    if (first.startsWith("PT") && !second.startsWith("PT")) return null;
    String time = clockPart(first) + clockPart(second);
    return new Found("P" + calendarPart(first) + calendarPart(second) + (time.isEmpty() ? "" : "T" + time),
        Kind.DURATION);
  }

  private static String calendarPart(String duration) {
    return duration.startsWith("PT") ? "" : duration.substring(1);
  }

  private static String clockPart(String duration) {
    return duration.startsWith("PT") ? duration.substring(2) : "";
  }

  /** The number a count word or digits stand for; null when vague ("several"). */
  private String count(String word) {
    String v = lex.has("count", word) ? lex.value("count", word) : word;
    return v.equals("X") ? null : v;
  }
}
