package org.dossier.annotate.nlp;

import java.util.Objects;
import org.dossier.core.model.Span;

/**
 * One token of a parsed text.
 *
 * @param index position in its sentence, from 0
 * @param span characters in the original text (the word may differ: "``" for a quote mark)
 * @param word the token as CoreNLP normalised it
 * @param pos Penn Treebank part-of-speech tag
 * @param lemma base form
 * @param ner NER tag ("PERSON", "ORGANIZATION", "LOCATION", "MISC", "NUMBER", "DATE", ...) or "O"
 * @param normalized normalised NER value ("9000000.0" for "9 million", a TIMEX value for a date), or null
 */
public record Token(int index, Span span, String word, String pos, String lemma, String ner, String normalized) {
  public Token {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(word, "word");
    pos = pos == null ? "" : pos;
    lemma = lemma == null ? word : lemma;
    ner = ner == null ? "O" : ner;
  }

  /** True when the token is part of a named entity or number/time expression. */
  public boolean isEntity() {
    return !"O".equals(ner);
  }
}
