package org.dossier.extract.text;

import org.dossier.extract.meta.Byline;
import org.dossier.extract.meta.Stamp;

/**
 * One classified line of a text dump.
 *
 * @param index its position among the page's lines
 * @param text the stripped line
 * @param kind its class
 * @param section for a LABEL, the section it announces (else NONE)
 * @param stamp for a STAMP, what it says
 * @param byline for a BYLINE, what it says
 * @param outlet for an OUTLET, the source named
 */
record Line(int index, String text, LineClass kind, TextLexicon.Section section, Stamp stamp, Byline byline,
    String outlet) {
  static Line of(int index, String text, LineClass kind) {
    return new Line(index, text, kind, TextLexicon.Section.NONE, null, null, null);
  }

  int words() {
    return wordCount(text);
  }

  static int wordCount(String s) {
    String t = s.strip();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }
}
