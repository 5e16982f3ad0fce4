package org.dossier.annotate.time;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The words the time rules understand, read from {@code lexicon.tsv} (section, word, value): month and
 * weekday names, seasons, units, count words, relative words and the single words to ignore.
 */
public final class TimeLexicon {
  private static final String RESOURCE = "lexicon.tsv";

  private final Map<String, Map<String, String>> sections;

  private TimeLexicon(Map<String, Map<String, String>> sections) {
    this.sections = sections;
  }

  /** The lexicon shipped with Dossier. */
  public static TimeLexicon standard() {
    try (InputStream in = TimeLexicon.class.getResourceAsStream(RESOURCE)) {
      if (in == null) throw new IllegalStateException(RESOURCE + " missing beside " + TimeLexicon.class.getName());
      return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
    }
  }

  static TimeLexicon read(BufferedReader reader) throws IOException {
    Map<String, Map<String, String>> sections = new HashMap<>();
    String line;
    int n = 0;
    while ((line = reader.readLine()) != null) {
      n++;
      if (line.isBlank() || line.startsWith("#")) continue;
      String[] f = line.split("\t", -1);
      if (f.length < 2) {
        throw new IllegalStateException(RESOURCE + " line " + n + ": expected SECTION<tab>WORD<tab>VALUE");
      }
      sections.computeIfAbsent(f[0], k -> new LinkedHashMap<>())
          .put(f[1].toLowerCase(Locale.ROOT), f.length > 2 ? f[2] : "");
    }
    return new TimeLexicon(sections);
  }

  /** The value of a word in a section ("month", "may" gives "5"), or null. */
  public String value(String section, String word) {
    return section(section).get(word.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip());
  }

  public boolean has(String section, String word) {
    return value(section, word) != null;
  }

  /** A regex alternation of a section's words, longest first, for building patterns. */
  public String alternation(String section) {
    return section(section).keySet().stream().sorted(Comparator.comparingInt(String::length).reversed())
        .map(w -> Pattern.quote(w).replace(" ", "\\E\\s+\\Q")).collect(Collectors.joining("|", "(?:", ")"));
  }

  private Map<String, String> section(String name) {
    Map<String, String> s = sections.get(name);
    if (s == null) throw new IllegalStateException(RESOURCE + " has no section '" + name + "'");
    return s;
  }
}
