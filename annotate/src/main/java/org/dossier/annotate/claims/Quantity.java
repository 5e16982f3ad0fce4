package org.dossier.annotate.claims;

import org.dossier.core.model.Qualifier;
import org.dossier.core.model.Span;

/**
 * A number found in a sentence, before its source is known.
 *
 * @param span the number with its hedge, sign and unit ("as many as 9 million rounds")
 * @param number the number alone ("9 million"; with a sub-unit amount: "13 dollars 45")
 * @param value the normalised value
 * @param unit canonical unit or counted noun, or null for a bare number
 * @param qualifier the hedge
 * @param about a few words on what is counted
 */
record Quantity(Span span, Span number, double value, String unit, Qualifier qualifier, String about) {}
