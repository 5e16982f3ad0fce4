package org.dossier.extract.meta;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dateline opening a story ("May 2 (AP) --", "GENEVA, July 2 (Reuters) -", "Nairobi:"), read with the
 * patterns in {@code datelines.txt}. The dateline stays part of the text; this only reports what it says.
 *
 * @param place the place named, or null
 * @param day the day named (no year), or null
 * @param agency the wire in brackets, canonical when the lexicon knows it, or null
 * @param end where the dateline ends in the paragraph
 */
public record Dateline(String place, NewsDates.MonthDay day, String agency, int end) {
  private static final List<Pattern> PATTERNS = new ArrayList<>();
  private static final Set<String> NOT_PLACES = new HashSet<>();

  static {
    for (String line : DataFile.lines(Dateline.class, "datelines.txt")) {
      String[] f = DataFile.fields("datelines.txt", line, 2);
      switch (f[0]) {
        case "pattern" -> PATTERNS.add(Pattern.compile(f[1].strip()));
        case "notplace" -> NOT_PLACES.addAll(List.of(f[1].strip().split("\\s+")));
        default -> throw new IllegalStateException("datelines.txt: unknown kind '" + f[0] + "'; use pattern or notplace");
      }
    }
  }

  /** The dateline at the start of {@code paragraph}; null when it has none. */
  public static Dateline parse(String paragraph, Outlets outlets) {
    for (Pattern p : PATTERNS) {
      Matcher m = p.matcher(paragraph);
      if (!m.lookingAt()) continue;
      String place = group(m, "place");
      if (place != null && NOT_PLACES.contains(place.strip().toLowerCase(Locale.ROOT))) continue;
      String when = group(m, "when");
      NewsDates.MonthDay day = when == null ? null : NewsDates.findMonthDay(when);
      if (when != null && day == null) continue; // "Word 12" that is no month: not a dateline
      String agency = group(m, "agency");
      if (agency != null) {
        String known = outlets.canonical(agency);
        agency = known != null ? known : agency.strip();
      }
      if (place == null && day == null && agency == null) continue;
      return new Dateline(place == null ? null : place.strip(), day, agency, m.end());
    }
    return null;
  }

  private static String group(Matcher m, String name) {
    return m.pattern().pattern().contains("(?<" + name + ">") ? m.group(name) : null;
  }
}
