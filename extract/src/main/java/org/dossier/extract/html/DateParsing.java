package org.dossier.extract.html;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.core.model.PartialDate;

/** Reads the date forms that pages put in metadata: ISO 8601, slashed dates, RFC 1123, dates in URLs. */
final class DateParsing {
  private static final Pattern SLASHED = Pattern.compile("(\\d{4})[/.](\\d{1,2})[/.](\\d{1,2})(.*)");
  private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})(?:T?(\\d{2})(\\d{2}))?.*");
  private static final Pattern URL_DATE = Pattern.compile("/((?:19|20)\\d{2})/(\\d{1,2})/(\\d{1,2})/");
  private static final List<DateTimeFormatter> TEXT_FORMS = List.of(
      DateTimeFormatter.RFC_1123_DATE_TIME,
      DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH),
      DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH),
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH));

  private DateParsing() {}

  /** The date in a metadata value, or null when it is not one of the known forms. */
  static PartialDate parse(String value) {
    if (value == null || value.isBlank()) return null;
    String v = value.strip();
    Matcher m = SLASHED.matcher(v);
    if (m.matches()) v = "%s-%02d-%02d%s".formatted(m.group(1), Integer.parseInt(m.group(2)),
        Integer.parseInt(m.group(3)), m.group(4));
    m = COMPACT.matcher(v);
    if (m.matches() && !v.contains("-")) {
      v = m.group(1) + "-" + m.group(2) + "-" + m.group(3) + (m.group(4) == null ? "" : "T" + m.group(4) + ":" + m.group(5));
    }
    PartialDate iso = PartialDate.parse(v);
    if (iso != null && plausible(iso)) return iso;
    return textual(v);
  }

  private static PartialDate textual(String v) {
    for (DateTimeFormatter f : TEXT_FORMS) {
      try {
        if (f == DateTimeFormatter.RFC_1123_DATE_TIME) return PartialDate.of(ZonedDateTime.parse(v, f).toLocalDateTime());
        return PartialDate.of(LocalDate.parse(v, f));
      } catch (DateTimeParseException e) {
        // try the next form
      }
    }
    return null;
  }

  /** A date in a URL path such as {@code /2019/11/18/}, at day precision; null when none. */
  static PartialDate fromUrl(String url) {
    if (url == null) return null;
    Matcher m = URL_DATE.matcher(url);
    if (!m.find()) return null;
    try {
      return PartialDate.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
          Integer.parseInt(m.group(3))));
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** Rejects placeholder years that some sites put in empty date fields. */
  private static boolean plausible(PartialDate d) {
    return d.year() >= 1990 && d.year() <= LocalDateTime.now().getYear() + 1;
  }
}
