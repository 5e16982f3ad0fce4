package org.dossier.spark.filter;

import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What a topic run looks for: entries, each a name with its aliases (an entity of the watchlist, or a
 * plain keyword with its variants), and how many distinct entries an article must mention to count as on
 * topic. File format, one entry a line:
 *
 * <pre>
 * # comment
 * require 2
 * Some Country | its adjective | its capital | its leader
 * some keyword | a variant
 * </pre>
 *
 * @param entries each entry's names, the first being its canonical one
 * @param require distinct entries an article must mention (at least 1)
 */
public record Watchlist(List<List<String>> entries, int require) implements Serializable {
  public Watchlist {
    entries = entries.stream().map(List::copyOf).toList();
    if (entries.isEmpty()) throw new IllegalArgumentException("a watchlist needs at least one entry");
    if (require < 1 || require > entries.size()) {
      throw new IllegalArgumentException("watchlist 'require " + require + "' must be between 1 and the "
          + entries.size() + " entries it has");
    }
  }

  /**
   * Reads a watchlist file.
   *
   * @throws IllegalArgumentException naming the file and line when it is malformed
   */
  public static Watchlist read(Path file) throws IOException {
    return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString());
  }

  public static Watchlist parse(List<String> lines, String name) {
    List<List<String>> entries = new ArrayList<>();
    int require = 1;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) continue;
      if (line.matches("require\\s+\\S+")) {
        try {
          require = Integer.parseInt(line.substring("require".length()).strip());
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException(name + ":" + (i + 1) + ": 'require' wants a whole number: " + line);
        }
        continue;
      }
      List<String> names = new ArrayList<>();
      for (String part : line.split("\\|")) {
        if (!part.isBlank()) names.add(part.strip());
      }
      if (names.isEmpty()) throw new IllegalArgumentException(name + ":" + (i + 1) + ": empty entry");
      entries.add(names);
    }
    return new Watchlist(entries, require);
  }
}
