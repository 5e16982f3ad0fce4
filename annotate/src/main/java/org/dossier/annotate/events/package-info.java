/**
 * Event mentions by rule, and the merging of mentions across articles into events.
 *
 * <p>{@link org.dossier.annotate.events.RuleEventAnnotator} finds trigger words of each kind
 * ({@code triggers.txt}) in sentences that name an actor, skipping planned or suspected happenings
 * ({@code hedges.txt}); actors are the sentence's entities except relays, the place a location after
 * "in"/"at", the date the sentence's date expression. {@link org.dossier.annotate.events.EventMerger#merge}
 * is the pure entry point that joins mentions of many articles (same kind, agreeing dates, a shared actor)
 * into {@link org.dossier.core.model.Event}s for the store.
 *
 * <p>To extend it, add trigger words (with their kind) or hedges to the data files; a new kind needs a
 * value in {@link org.dossier.core.model.EventKind}.
 */
package org.dossier.annotate.events;
