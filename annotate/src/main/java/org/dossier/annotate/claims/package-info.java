/**
 * Claims by rule: quantities stated about the world, normalised, with unit, hedge, what is counted and who
 * asserts it.
 *
 * <p>{@link org.dossier.annotate.claims.RuleClaimAnnotator} runs QuantityFinder over each sentence with the
 * article's dependency parse ({@code Syntax}, from the shared CoreNLP pipeline's cache):
 * <ul>
 *   <li>NumberReader reads digits, number words, scales, fractions and signs; digit groups are never
 *       joined across a model name ("400 737 Max jets").
 *   <li>Exclusions leaves out what states no amount: dates, years, clock times, ordinals, page furniture,
 *       labels ("area 55"), calibres, codes and names (model numbers "Boeing 787-9", "A350-900", "F-16";
 *       digits glued to letters "T3", "5G"; phone numbers; a number right after another), ages in
 *       apposition ("Smith, 35,"), hyphenated ages ("the 55-year-old") and age groups ("aged 26 or
 *       older").
 *   <li>The unit is a currency sign, a measure word (Units, units.txt) or the counted noun: the number's
 *       nummod head in the parse when that is a plural common noun ("nine US companies", "46 of their
 *       close contacts"), never a verb, preposition or adjective; a singular proper noun there makes the
 *       number part of a name ("One Home Depot", "118 Depot Street"). Without a parse the plural noun
 *       after the number is taken.
 *   <li>A number with no unit is a claim only where its sentence states it as a value (after or before a
 *       copula, or in a sentence without nouns); otherwise it may take the unit of the number just before
 *       it ("..., up from 1,117") or is left out. A lone "one" counts nothing.
 *   <li>Ranges ("30-60 per cent", "between 40 and 60 people", "one-to-seven days") give two claims, the
 *       low end "at least" and the high end "at most" (Ranges); a descending pair ("6-4", "787-9") is a
 *       score or a model.
 * </ul>
 * The annotator then drops numbers inside date/time mentions or names, and takes the source and relays
 * from the quote that contains the number, else from the attribution governing the number's clause in the
 * dependency parse ("X reported", "X expects", "according to X" on a verb above it: quotes.Attributions),
 * else the outlet's own voice.
 *
 * <p>To extend it, edit the data files in {@code src/main/resources/org/dossier/annotate/claims}: number
 * words, scales, fractions, units (with currency names), currency prefixes, qualifiers, exclusions (months,
 * clock words, calibre words, furniture, references, labels, age groups) and noun stops.
 */
package org.dossier.annotate.claims;
