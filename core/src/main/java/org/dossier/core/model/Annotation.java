package org.dossier.core.model;

/**
 * What an annotator found in a span of an article's text: a fact (who is named, when, who said what,
 * how many, what happened) or, for a {@link Gist}, what the span means. Sealed, so that a new kind
 * makes the compiler point at every place (export, store, web) that must handle it.
 */
public sealed interface Annotation permits EntityMention, TimeMention, Quote, Claim, EventMention, Gist {
  /** Where in the article's text it was found. */
  Span span();
}
