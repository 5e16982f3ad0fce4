package org.dossier.extract.meta;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The headings news pages put over their sections ({@code section-labels.txt}): what follows "Related
 * stories" are embedded articles, what follows "Latest news" is a time-stamped feed, and "Most read" ends
 * the article before it. Shared by the HTML and the text-dump extractors. Thread-safe.
 */
public final class SectionLabels {
  /** What a section label announces. */
  public enum Kind { RELATED, FEED, OTHER }

  private static final Map<String, Kind> LABELS = new HashMap<>();
  private static final Pattern BULLET = Pattern.compile("^[-•·*–—>»]+\\s*");
  private static final Pattern COLON = Pattern.compile("\\s*:$");
  /** Longest label looked up; longer lines are never labels. */
  private static final int MAX_CHARS = 40;

  static {
    for (String line : DataFile.lines(SectionLabels.class, "section-labels.txt")) {
      String[] f = DataFile.fields("section-labels.txt", line, 2);
      LABELS.put(f[1].strip().toLowerCase(Locale.ROOT), Kind.valueOf(f[0].strip().toUpperCase(Locale.ROOT)));
    }
  }

  private SectionLabels() {}

  /** The kind of section {@code line} announces (bullets, case and a final colon ignored), or null. */
  public static Kind of(String line) {
    String s = line.strip();
    if (s.isEmpty() || s.length() > MAX_CHARS) return null;
    s = COLON.matcher(BULLET.matcher(s).replaceFirst("")).replaceFirst("");
    return LABELS.get(s.replace('’', '\'').toLowerCase(Locale.ROOT));
  }
}
