package org.dossier.annotate.nlp;

import java.util.Objects;
import org.dossier.core.model.Span;

/**
 * A time expression as SUTime found and normalised it (before Dossier's own corrections, which live in
 * {@code org.dossier.annotate.time}).
 *
 * @param span characters in the original text
 * @param text those characters
 * @param type TIMEX3 type: DATE, TIME, DURATION or SET
 * @param value TIMEX3 value as SUTime resolved it against the text's date ("2013-03-22", "P3D",
 *     "XXXX-WXX-5"), or null when SUTime gave none
 * @param sentence index of its sentence
 * @param firstToken index of its first token in the sentence
 * @param endToken index one past its last token
 */
public record Timex(Span span, String text, String type, String value, int sentence, int firstToken,
    int endToken) {
  public Timex {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
  }
}
