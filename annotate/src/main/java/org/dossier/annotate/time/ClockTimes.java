package org.dossier.annotate.time;

import java.util.regex.Matcher;
import org.dossier.core.model.TimeMention.Kind;

/**
 * Clock times SUTime misses or misreads: "9.am", "3 p . m .", "8:45a", "at 7p", "11ish", "noonish",
 * "mid night". Each is the reference day at that time, as SUTime gives its own clock times. A bare
 * "6.45" is left alone: in news it is far more often a price or a score than a time.
 */
final class ClockTimes extends RuleSet {
  private static final String HOUR_MINUTE = "(\\d{1,2})(?:[:.](\\d\\d)(?::(\\d\\d))?)?";
  private static final int NOON = 12;

  ClockTimes() {
    add(HOUR_MINUTE + "\\s*\\.?\\s*([ap])(?:\\s*\\.\\s*m(?:\\s*\\.)?|\\s*m)(?!\\w)", this::meridiem);
    // a lone "a"/"p" glued to the digits: only after a word that calls for a time ("at 7p", not "7p a litre")
    add("(?<=(?:\\b(?:at|by|until|till|from|around)|@)\\s)" + HOUR_MINUTE + "([ap])", this::meridiem);
    add("(\\d{1,2})ish", (m, c) -> Integer.parseInt(m.group(1)) > NOON ? null : hour(c, Integer.parseInt(m.group(1)), 0));
    add("noon(?:ish)?", (m, c) -> hour(c, NOON, 0));
    add("mid[- ]?night", (m, c) -> hour(c, 0, 0));
  }

  private Found meridiem(Matcher m, RuleContext c) {
    int hour = Integer.parseInt(m.group(1));
    if (hour < 1 || hour > NOON) return null;
    boolean pm = m.group(4).equalsIgnoreCase("p");
    hour = hour % NOON + (pm ? NOON : 0);
    int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
    int second = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
    if (minute > 59 || second > 59) return null;
    return new Found(c.clock(hour, minute, second), Kind.TIME);
  }

  private static Found hour(RuleContext c, int hour, int minute) {
    return hour > 23 ? null : new Found(c.clock(hour, minute, 0), Kind.TIME);
  }
}
