package org.dossier.core.model;

/**
 * Control characters in page text carry no words, yet an escape code that reaches a terminal or a newline
 * inside a one-line message does harm: text drops them, messages spell them out.
 */
public final class ControlChars {
  private ControlChars() {}

  private static boolean isControl(int c) {
    return Character.isISOControl(c) || c == 0x2028 || c == 0x2029;
  }

  /**
   * {@code s} without control characters; with {@code keepLayout}, newlines and tabs stay and a bare carriage
   * return becomes a newline. Null stays null.
   */
  public static String drop(String s, boolean keepLayout) {
    if (s == null || s.chars().noneMatch(ControlChars::isControl)) return s;
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean bareReturn = c == '\r' && (i + 1 == s.length() || s.charAt(i + 1) != '\n');
      if (!isControl(c)) out.append(c);
      else if (keepLayout && (c == '\n' || c == '\t')) out.append(c);
      else if (keepLayout && bareReturn) out.append('\n');
    }
    return out.toString();
  }

  /** {@code s} on one line, each control character written as {@code \\uXXXX}. */
  public static String escape(String s) {
    if (s.chars().noneMatch(ControlChars::isControl)) return s;
    StringBuilder out = new StringBuilder(s.length() + 16);
    s.chars().forEach(c -> out.append(isControl(c) ? String.format("\\u%04x", c) : String.valueOf((char) c)));
    return out.toString();
  }
}
