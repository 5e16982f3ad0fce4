/**
 * Time expressions as TIMEX3 values anchored on the article's publication date. SUTime finds most;
 * {@code TimexResolver} re-resolves what it gets wrong in news (weekdays and yearless months by the tense
 * of their clause, "N units ago" and "last week" at the unit's granularity, spans of units as durations,
 * year ranges split) and {@code NewsTimexFinder} adds what it misses (quarters, halves, "mid-2026",
 * decades, fiscal years, ordinal dates). Without a date, relative values stay open ("XXXX-WXX-5").
 *
 * <p>To extend: words go into {@code lexicon.tsv}; a new expression shape is one {@code add(regex, rule)}
 * line in {@code NewsTimexFinder}, a new re-resolution one pattern in {@code TimexResolver}.
 */
package org.dossier.annotate.time;
