/**
 * Time expressions as TIMEX3 values anchored on the article's publication date. SUTime finds most;
 * {@code TimexResolver} re-resolves what it gets wrong in news (weekdays and yearless months by the tense
 * of their clause, "N units ago" and "last week" at the unit's granularity, spans of units as durations,
 * year ranges split, "last night" as a part of day, lower-case "may" as the verb). {@code TimeRules}
 * then runs the pattern {@code RuleSet}s that add what SUTime misses or cuts short: news shapes
 * ({@code NewsTimexFinder}: quarters, halves, decades, fiscal and school years), dates in digits
 * ({@code NumericDates}), clock times ({@code ClockTimes}), fractional and compound durations
 * ({@code Durations}) and units named by place ({@code CalendarUnits}: "week 10", "the last week of
 * July"); last, {@code DateTimeJoiner} joins a day with its clock time or part of day, a week with its
 * weekday, following TimeML: one expression when adjacent, two anchored ones across a preposition.
 * Without a date, relative values stay open ("XXXX-WXX-5").
 *
 * <p>To extend: words go into {@code lexicon.tsv}; a new expression shape is one {@code add} (gives way
 * to SUTime's overlapping expressions) or {@code strong} (displaces them) line in the fitting rule set;
 * a new re-resolution one pattern in {@code TimexResolver}.
 */
package org.dossier.annotate.time;
