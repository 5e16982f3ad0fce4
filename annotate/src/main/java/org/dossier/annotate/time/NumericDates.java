package org.dossier.annotate.time;

import java.util.regex.Matcher;
import org.dossier.core.model.TimeMention.Kind;

/**
 * Dates written with digits and separators that SUTime misses or cuts to the month: "Oct/2", "mar3",
 * "Dec-2018", "2019/aug/01", "23-2020-September", "20161016", "2015-3", "April of 87", "12 of Nov",
 * "the 21st this month", and month/day pairs ("on 5/12", "22/04": day first only when it must be).
 * A month/day pair needs a lead that calls for a date and must end its phrase, so that fractions and
 * scores ("3/4 of", "24/7") stay numbers.
 */
final class NumericDates extends RuleSet {
  private static final int MONTHS = 12;
  private final TimeLexicon lex;

  NumericDates(TimeLexicon lex) {
    this.lex = lex;
    String month = "(" + lex.alternation("month") + ")\\.?";
    String part = "(\\d{1,4}|" + lex.alternation("month") + ")";
    strong(part + "([/.-])" + part + "\\2" + part, this::threeParts);
    strong(month + "\\s?[/-]\\s?(\\d{1,2})(?!\\d|[/.:]\\d)", (m, c) -> monthDay(m.group(1), m.group(2), c, m.start()));
    strong(month + "(\\d{1,2})", (m, c) -> monthDay(m.group(1), m.group(2), c, m.start()));
    add(month + "\\s?-\\s?(\\d{4})", (m, c) -> monthYear(m.group(1), m.group(2)));
    add(month + "\\s+of\\s+'?(\\d{4}|\\d{2})", (m, c) -> monthYear(m.group(1), m.group(2)));
    strong("(\\d{1,2}) of " + month + "(?!,?\\s*\\d)", (m, c) -> monthDay(m.group(2), m.group(1), c, m.start()));
    add(month + " (\\d{1,2})(?:st|nd|rd|th)?(?:,? (\\d{4}))?",
        (m, c) -> m.group(3) != null ? full(m.group(3), lex.value("month", m.group(1)), m.group(2)) : monthDay(m.group(1), m.group(2), c, m.start()));
    strong("(?<=(?:" + lex.alternation("weekday") + ")\\.? )the (\\d{1,2})(?:st|nd|rd|th)",
        (m, c) -> c.ref() == null ? null : found(c.date(c.ref().getMonthValue(), Integer.parseInt(m.group(1)), m.start())));
    add("((?:19|20)\\d\\d)(\\d\\d)(\\d\\d)", (m, c) -> full(m.group(1), m.group(2), m.group(3)));
    add("((?:19|20)\\d\\d)-(\\d)", (m, c) -> new Found(m.group(1) + "-0" + m.group(2), Kind.DATE));
    strong("the (\\d{1,2})(?:st|nd|rd|th)(?= this month|[ ]?[.,;?!)]|$)(?: this month)?",
        (m, c) -> c.ref() == null ? null : found(c.date(c.ref().getMonthValue(), Integer.parseInt(m.group(1)), m.start())));
    String weekdays = lex.alternation("weekday");
    String lead = "(?<=(?:[?!:,(]|\\b(?:on|by|until|till|before|after|since|from|and|or|next|this|last|due|"
        + weekdays + "))\\s{0,2})";
    String end = "(?=\\s*(?:[.,;?!)(]|$)|\\s+(?:at|and|or|to|through|until|@)\\b)";
    strong(lead + "(\\d{1,2})/(\\d{1,2})" + end, this::monthSlashDay);
  }

  /** Year, month word and day in any order, given one four-digit year and one month word. */
  private Found threeParts(Matcher m, RuleContext c) {
    String year = null;
    String month = null;
    String day = null;
    for (String p : new String[] {m.group(1), m.group(3), m.group(4)}) {
      if (lex.has("month", p)) month = month == null ? lex.value("month", p) : "";
      else if (p.length() == 4) year = year == null ? p : "";
      else day = day == null ? p : "";
    }
    if (year == null || month == null || day == null || year.isEmpty() || month.isEmpty() || day.isEmpty()) return null;
    return full(year, month, day);
  }

  private Found monthDay(String monthWord, String day, RuleContext c, int at) {
    return found(c.date(Integer.parseInt(lex.value("month", monthWord)), Integer.parseInt(day), at));
  }

  private Found monthYear(String monthWord, String year) {
    String y = year.length() == 4 ? year : (Integer.parseInt(year) < 50 ? "20" : "19") + year;
    return new Found("%s-%02d".formatted(y, Integer.parseInt(lex.value("month", monthWord))), Kind.DATE);
  }

  /** Month first, as US news writes it, unless the first number cannot be a month. */
  private Found monthSlashDay(Matcher m, RuleContext c) {
    int a = Integer.parseInt(m.group(1));
    int b = Integer.parseInt(m.group(2));
    return a > MONTHS ? found(c.date(b, a, m.start())) : found(c.date(a, b, m.start()));
  }

  private static Found full(String year, String month, String day) {
    int y = Integer.parseInt(year);
    int mo = Integer.parseInt(month);
    int d = Integer.parseInt(day);
    return TimexValues.exists(y, mo, d) ? new Found("%04d-%02d-%02d".formatted(y, mo, d), Kind.DATE) : null;
  }

  private static Found found(String value) {
    return value == null ? null : new Found(value, Kind.DATE);
  }
}
