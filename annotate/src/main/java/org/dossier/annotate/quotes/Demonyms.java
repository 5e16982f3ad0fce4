package org.dossier.annotate.quotes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Adjectives of nationality to their place ("Jordanian" to Jordan), from the list CoreNLP ships in its
 * models jar (drawn from Wikipedia's list of adjectival forms of place names), read once.
 */
final class Demonyms {
  private static final Map<String, String> PLACES = load("/edu/stanford/nlp/models/dcoref/demonyms.txt");

  private Demonyms() {}

  /** The place a nationality adjective or noun names, or null. */
  static String country(String word) {
    return PLACES.get(word.toLowerCase(Locale.ROOT));
  }

  private static Map<String, String> load(String resource) {
    Map<String, String> out = new HashMap<>();
    try (InputStream in = Demonyms.class.getResourceAsStream(resource)) {
      if (in == null) return Map.of();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        if (line.startsWith("#")) continue;
        String[] f = line.split("\t");
        for (int i = 1; i < f.length; i++) {
          if (!f[i].isBlank()) out.putIfAbsent(f[i].strip().toLowerCase(Locale.ROOT), f[0].strip());
        }
      }
    } catch (IOException e) {
      return Map.of();
    }
    return Map.copyOf(out);
  }
}
