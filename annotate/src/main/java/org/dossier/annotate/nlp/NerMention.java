package org.dossier.annotate.nlp;

import java.util.Objects;
import org.dossier.core.model.Span;

/**
 * A maximal run of tokens with one NER tag, as CoreNLP's entity-mention builder groups them.
 *
 * @param span characters in the original text
 * @param text those characters
 * @param kind the NER tag: PERSON, ORGANIZATION, LOCATION, MISC, NUMBER, MONEY, PERCENT, ORDINAL, DATE,
 *     TIME, DURATION, SET
 * @param sentence index of its sentence
 * @param firstToken index of its first token in the sentence
 * @param endToken index one past its last token
 * @param normalized CoreNLP's normalised value (number, money amount, TIMEX value), or null
 */
public record NerMention(Span span, String text, String kind, int sentence, int firstToken, int endToken,
    String normalized) {
  public NerMention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
  }

  /** True for the numeric kinds (NUMBER, MONEY, PERCENT, ORDINAL). */
  public boolean isNumeric() {
    return switch (kind) {
      case "NUMBER", "MONEY", "PERCENT", "ORDINAL" -> true;
      default -> false;
    };
  }
}
