package org.dossier.annotate.nlp;

import java.util.List;
import java.util.Objects;
import org.dossier.core.model.Span;

/**
 * One sentence (or one bounded chunk of an over-long sentence, see {@link ParsedText#notes()}).
 *
 * @param index position in the text, from 0
 * @param span from the first token's start to the last token's end
 * @param tokens in order, each with its own span
 * @param dependencies basic dependency arcs; empty when the pipeline does not parse (see
 *     {@link NlpPipeline#parses()})
 */
public record Sentence(int index, Span span, List<Token> tokens, List<Dependency> dependencies) {
  public Sentence {
    Objects.requireNonNull(span, "span");
    tokens = List.copyOf(tokens);
    dependencies = List.copyOf(dependencies);
  }

  /** The sentence's words as they stand in {@code text}. */
  public String text(String text) {
    return span.of(text);
  }

  /** Index of the first token whose span starts at or after {@code offset}; tokens.size() if none. */
  public int tokenAtOrAfter(int offset) {
    for (Token t : tokens) {
      if (t.span().begin() >= offset) return t.index();
    }
    return tokens.size();
  }

  /** The arcs whose governor is the given token. */
  public List<Dependency> dependentsOf(int token) {
    return dependencies.stream().filter(d -> d.governor() == token).toList();
  }

  /** The arc that attaches the given token to its head, or null (no parse, or not found). */
  public Dependency headOf(int token) {
    for (Dependency d : dependencies) {
      if (d.dependent() == token) return d;
    }
    return null;
  }
}
