/**
 * Claims by rule: numbers stated about the world, normalised, with unit, hedge, what is counted and who
 * asserts it.
 *
 * <p>{@link org.dossier.annotate.claims.RuleClaimAnnotator} runs QuantityFinder over each sentence:
 * NumberReader reads digits, number words, scales, fractions and signs; Units finds the unit, currency sign
 * or counted noun; QuantityFinder adds the hedge and leaves out dates, years, clock times, ordinals,
 * calibres, model numbers and page furniture. The annotator then drops numbers inside date/time mentions
 * or names, and takes the source and relays from the quote that contains the number, else from the
 * attribution governing the number's clause in the dependency parse ("X reported", "X expects", "according
 * to X" on a verb above it: quotes.Attributions), else the outlet's own voice.
 *
 * <p>To extend it, edit the data files in {@code src/main/resources/org/dossier/annotate/claims}:
 * number words, scales, fractions, units, currency prefixes, qualifiers, exclusions and noun stops.
 */
package org.dossier.annotate.claims;
