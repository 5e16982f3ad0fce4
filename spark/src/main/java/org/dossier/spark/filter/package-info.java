/**
 * The topic pre-filter: a {@link org.dossier.spark.filter.Watchlist} of names and keywords, a cheap
 * whole-word {@link org.dossier.spark.filter.TermMatcher}, and the {@link org.dossier.spark.filter.TopicGate}
 * that sits after extraction so that a crawl-scale run annotates only the articles on topic.
 *
 * <p>To filter differently (an entity list from a store, a classifier), write another matcher and wrap the
 * extractor the same way; the gate only needs a yes or no per article.
 */
package org.dossier.spark.filter;
