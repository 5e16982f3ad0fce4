package org.dossier.extract.meta;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds a site naming itself in a footer line ("© 2025 The Daily Post. All rights reserved."). */
public final class SiteName {
  private static final List<Pattern> PATTERNS = DataFile.lines(SiteName.class, "site-names.txt").stream()
      .map(s -> Pattern.compile(s.strip(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)).toList();

  private SiteName() {}

  /** The site named in {@code line}, canonical when the lexicon knows it; null if the line names none. */
  public static String find(String line, Outlets outlets) {
    for (Pattern p : PATTERNS) {
      Matcher m = p.matcher(line);
      if (m.find()) {
        String name = m.group("name").strip();
        String known = outlets.canonical(name);
        return known != null ? known : name;
      }
    }
    return null;
  }
}
