package org.dossier.core.model;

/**
 * Long values cut short for messages: a 40 KB address or a query of a thousand words must not fill a
 * terminal or a log line, yet the start and the end tell which one it was.
 */
public final class Elision {
  /** What a message quotes of one value at most, unless it says otherwise. */
  public static final int MESSAGE_CHARS = 200;

  private Elision() {}

  /** {@code s} when at most {@code max} characters, else its start and end around the count left out. */
  public static String of(String s, int max) {
    if (s == null || s.length() <= max) return s;
    int keep = Math.max(2, max - 30);
    int head = keep * 3 / 4;
    if (Character.isHighSurrogate(s.charAt(head - 1))) head--;
    int from = s.length() - (keep - head);
    if (Character.isLowSurrogate(s.charAt(from))) from++;
    return s.substring(0, head) + " ... (" + (from - head) + " characters left out) ... " + s.substring(from);
  }

  /** {@code s} elided to {@link #MESSAGE_CHARS}. */
  public static String of(String s) {
    return of(s, MESSAGE_CHARS);
  }
}
