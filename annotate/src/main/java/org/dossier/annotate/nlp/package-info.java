/**
 * The shared CoreNLP layer: one lean pipeline per JVM ({@link org.dossier.annotate.nlp.NlpPipeline#shared()})
 * and the immutable view of its output ({@link org.dossier.annotate.nlp.ParsedText}: sentences, tokens,
 * NER mentions, SUTime time expressions, optionally dependency arcs). Annotators of every family call
 * {@code NlpPipeline.shared().parse(article)}; the per-text cache makes the second call free.
 *
 * <p>CoreNLP types never leave this package. Settings, including Dossier's per-sentence and per-text
 * bounds, live in {@code corenlp.properties} beside these classes, every key commented. To expose more
 * of CoreNLP's output, add a component to the matching record and fill it in {@code CoreNlpViews}.
 */
package org.dossier.annotate.nlp;
