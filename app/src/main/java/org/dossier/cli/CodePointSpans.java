package org.dossier.cli;

import org.dossier.core.model.Span;

/**
 * Converts spans in Java chars (UTF-16 units) to code points, the offsets a reader of the UTF-8 file
 * counts in (the evaluation scripts index Python strings). Identity when the text has no surrogates.
 */
final class CodePointSpans {
  private final int[] codePointAt;

  CodePointSpans(String text) {
    if (text.codePoints().count() == text.length()) {
      codePointAt = null;
      return;
    }
    codePointAt = new int[text.length() + 1];
    int cp = 0;
    for (int i = 0; i < text.length(); i++) {
      codePointAt[i] = cp;
      if (!Character.isLowSurrogate(text.charAt(i)) || i == 0 || !Character.isHighSurrogate(text.charAt(i - 1))) {
        cp++;
      } else {
        codePointAt[i] = cp - 1;
      }
    }
    codePointAt[text.length()] = cp;
  }

  Span convert(Span s) {
    if (codePointAt == null) return s;
    return new Span(codePointAt[s.begin()], codePointAt[s.end()]);
  }
}
