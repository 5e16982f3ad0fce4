package org.dossier.extract.html;

import java.util.List;

/** Quick word tests on class names and lines, before the regular expressions that decide. */
final class Words {
  private Words() {}

  /** True when {@code s} holds one of {@code words} anywhere, ignoring case. */
  static boolean mentionsAny(String s, List<String> words) {
    if (s.isEmpty()) return false;
    for (String w : words) {
      for (int i = 0; i + w.length() <= s.length(); i++) {
        if (s.regionMatches(true, i, w, 0, w.length())) return true;
      }
    }
    return false;
  }

  static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) if (Character.isDigit(s.charAt(i))) return true;
    return false;
  }
}
