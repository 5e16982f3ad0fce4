/**
 * Event mentions by sense, read off the dependency parse, and the merging of mentions across articles into
 * events.
 *
 * <p>{@link org.dossier.annotate.events.RuleEventAnnotator} walks each sentence's UD tree ({@code Tree}).
 * A verb names a happening by its lemma together with the head of its object ({@code Senses}, data file
 * {@code senses.txt}: "sent troops" is a deployment, "sent a message" a statement, "launched a phone" a
 * launch, "launched a flight" no launch); a noun by {@code nominals.txt} ("the invasion of ..."). A hedge
 * ({@code hedges.txt}) as the trigger's auxiliary, negation or marker, or as a verb or noun governing it a
 * few arcs up, makes it planned, denied or alleged: "charged with visiting a common nuisance" is no visit,
 * "talks aimed at pursuing an agreement" no agreement. The article's main happening ({@code Lead}: the lead's
 * predicate its headline names, else the main verb of the lead's first sentence with one) is always an
 * event, OTHER where no kind fits (a plea, an arrest, a ruling, a game).
 *
 * <p>Actors ({@code Arguments}) are the agent (subject; "by" in the passive; a possessor or a name before
 * a noun; for "it" in reported speech, the reporting subject) then the patient (object, passive subject,
 * "with"/"against" names): people, organisations, equipment, and places only as a whole argument or its
 * possessor or adjective ("Spain beat Russia", "North Korean troops"), never as a home ("a New York man");
 * a capital stands for its state ({@code Capitals}). The place is an "in"/"at" phrase of the trigger (the
 * object of a visit), for the main happening else the dateline; the date is a time expression of the
 * trigger's own clause, for the main happening else one in its phrases or dateline, else the article's
 * date.
 *
 * <p>{@link org.dossier.annotate.events.EventMerger#merge} is the pure entry point that joins mentions of many
 * articles (same kind, agreeing dates, the same agent; for statements and OTHER happenings also the same
 * word) into {@link org.dossier.core.model.Event}s for the store.
 *
 * <p>To extend it, add verb senses, nouns or hedges to the data files (general news English, never a word
 * because one page uses it); a new kind needs a value in {@link org.dossier.core.model.EventKind}.
 */
package org.dossier.annotate.events;
