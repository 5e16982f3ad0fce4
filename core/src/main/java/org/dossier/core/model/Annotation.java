package org.dossier.core.model;

/**
 * A fact found in an article's text. Sealed, so that a new kind makes the compiler point at every
 * place (export, store, web) that must handle it.
 */
public sealed interface Annotation permits EntityMention, TimeMention, Quote, Claim, EventMention, Gist {
  /** Where in the article's text the fact was stated. */
  Span span();
}
