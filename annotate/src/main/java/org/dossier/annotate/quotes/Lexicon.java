package org.dossier.annotate.quotes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the rule data files that sit next to the classes using them: one entry a line, {@code #} starts a
 * comment, blank lines are skipped. Entries are lower-cased. Table files hold {@code key = value} lines.
 * A missing file is a packaging error and fails fast, naming the resource.
 */
public final class Lexicon {
  private Lexicon() {}

  /** The entries of a list file. */
  public static Set<String> words(Class<?> anchor, String resource) {
    return Set.copyOf(lines(anchor, resource));
  }

  /** The {@code key = value} pairs of a table file, in file order (keys lower-cased, values as written). */
  public static Map<String, String> table(Class<?> anchor, String resource) {
    Map<String, String> table = new LinkedHashMap<>();
    for (String line : rawLines(anchor, resource)) {
      int eq = line.indexOf('=');
      if (eq < 0) {
        throw new IllegalStateException(resource + ": line '" + line + "' lacks '='; write 'key = value'");
      }
      table.put(line.substring(0, eq).strip().toLowerCase(Locale.ROOT), line.substring(eq + 1).strip());
    }
    return Map.copyOf(table);
  }

  /** The entries of a file divided by {@code [section]} lines: section name to its entries. */
  public static Map<String, Set<String>> sections(Class<?> anchor, String resource) {
    Map<String, java.util.HashSet<String>> out = new LinkedHashMap<>();
    String section = "";
    for (String line : lines(anchor, resource)) {
      if (line.startsWith("[") && line.endsWith("]")) section = line.substring(1, line.length() - 1);
      else out.computeIfAbsent(section, k -> new java.util.HashSet<>()).add(line);
    }
    Map<String, Set<String>> frozen = new LinkedHashMap<>();
    out.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
    return Map.copyOf(frozen);
  }

  /** The entries of a list file, lower-cased, in file order. */
  public static List<String> lines(Class<?> anchor, String resource) {
    return rawLines(anchor, resource).stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
  }

  private static List<String> rawLines(Class<?> anchor, String resource) {
    List<String> out = new ArrayList<>();
    try (InputStream in = anchor.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("rule file " + resource + " missing next to " + anchor.getName()
            + "; it belongs in src/main/resources of the annotate module");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = reader.readLine()) != null; ) {
        int hash = line.indexOf('#');
        String entry = (hash >= 0 ? line.substring(0, hash) : line).strip();
        if (!entry.isEmpty()) out.add(entry);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read rule file " + resource, e);
    }
    return out;
  }
}
