/**
 * Event mentions by rule, and the merging of mentions across articles into events.
 *
 * <p>{@link org.dossier.annotate.events.RuleEventAnnotator} finds trigger words of each kind
 * ({@code triggers.txt}; a word whose object tells its sense, such as "sent troops" against "sent a message",
 * in {@code senses.txt}) in sentences that name an actor, skipping planned or suspected happenings
 * ({@code hedges.txt}). Actors are the sentence's entities (only the reported words' when the trigger is
 * inside a quote) except relays and a dateline, the agent (the nearest before the trigger) first; the
 * place is a location after "in"/"at", the date the sentence's date expression.
 * {@link org.dossier.annotate.events.EventMerger#merge} is the pure entry point that joins mentions of many
 * articles (same kind, agreeing dates, the same agent; for statements the same reporting verb) into
 * {@link org.dossier.core.model.Event}s for the store.
 *
 * <p>To extend it, add trigger words (with their kind) or hedges to the data files; a new kind needs a
 * value in {@link org.dossier.core.model.EventKind}.
 */
package org.dossier.annotate.events;
