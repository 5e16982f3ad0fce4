package org.dossier.annotate.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A token for number reading: digit groups ("1,674,200.5"), words (with inner dots: "a.m.", "u.s."), or
 * one other character. {@code glued} tells whether it touches the token before ("10k", "$550").
 */
record Tok(String text, String lower, int begin, int end, boolean glued) {
  private static final Pattern TOKEN =
      Pattern.compile("\\d+(?:[,\u202f\u00a0]\\d{3})*(?:\\.\\d+)?|\\p{L}+(?:\\.\\p{L}+)+\\.?|\\p{L}+|\\S");

  static List<Tok> of(CharSequence text, int from, int to) {
    List<Tok> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(text).region(from, to);
    int prevEnd = -1;
    while (m.find()) {
      out.add(new Tok(m.group(), m.group().toLowerCase(Locale.ROOT), m.start(), m.end(), m.start() == prevEnd));
      prevEnd = m.end();
    }
    return out;
  }

  boolean isDigits() {
    return Character.isDigit(text.charAt(0));
  }

  boolean isWord() {
    return Character.isLetter(text.charAt(0));
  }

  boolean isCapitalized() {
    return Character.isUpperCase(text.charAt(0));
  }

  /** The value of a digit token ("1,674,200.5" is 1674200.5). */
  double digits() {
    return Double.parseDouble(text.replaceAll("[,\u202f\u00a0]", ""));
  }
}
