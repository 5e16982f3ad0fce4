package org.dossier.annotate.time;

import java.time.LocalDate;
import org.dossier.annotate.nlp.ParsedText;
import org.dossier.annotate.nlp.Sentence;

/**
 * What a pattern rule sees besides its match: the text, the reference day (null when the article has
 * none) and the parse when there is one (null in pattern-only use, where tense is unknown).
 */
record RuleContext(String text, LocalDate ref, ParsedText parsed) {
  static RuleContext of(ParsedText parsed) {
    return new RuleContext(parsed.text(), parsed.date() == null ? null : parsed.date().toLocalDate(), parsed);
  }

  /** The tense of the clause around the offset; unknown without a parse. */
  Tense tense(int offset) {
    if (parsed == null) return Tense.UNKNOWN;
    Sentence s = parsed.sentenceAt(offset);
    return s == null ? Tense.UNKNOWN : Tense.of(s, s.tokenAtOrAfter(offset));
  }

  /**
   * The year of a day named without one: the reference year, moved back in a past clause when the day
   * lies after the reference day, forward in a future one when it lies before, and on to the nearest
   * year where the day exists (February 29). "XXXX" without a reference day.
   */
  String yearOf(int month, int day, int offset) {
    if (ref == null) return "XXXX";
    int year = ref.getYear();
    int cmp = month != ref.getMonthValue() ? Integer.compare(month, ref.getMonthValue())
        : Integer.compare(day, ref.getDayOfMonth());
    Tense tense = tense(offset);
    if (tense == Tense.PAST && cmp > 0) year--;
    if (tense == Tense.FUTURE && cmp < 0) year++;
    int step = tense == Tense.PAST ? -1 : 1;
    for (int tries = 0; tries < 8 && !TimexValues.exists(year, month, day); tries++) year += step;
    return "%04d".formatted(year);
  }

  /** A full date value, or null when month or day is out of range. */
  String date(int month, int day, int offset) {
    if (month < 1 || month > 12 || day < 1 || day > 31) return null;
    return "%s-%02d-%02d".formatted(yearOf(month, day, offset), month, day);
  }

  /** A clock time on the reference day ("2024-05-15T08:30"), or on no day ("T08:30") without one. */
  String clock(int hour, int minute, int second) {
    String t = second > 0 ? "T%02d:%02d:%02d".formatted(hour, minute, second) : "T%02d:%02d".formatted(hour, minute);
    return ref == null ? t : ref + t;
  }
}
