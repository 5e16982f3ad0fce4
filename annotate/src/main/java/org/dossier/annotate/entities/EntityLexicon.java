package org.dossier.annotate.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.dossier.core.model.EntityKind;

/**
 * The entity data files beside this class: known names and aliases, capitals standing for their
 * countries, metonymy verbs, demonyms, role nouns and equipment families. Each is a small TSV or word
 * list; a malformed line fails fast naming the file and line.
 */
public final class EntityLexicon {
  /** A name the lexicon knows. */
  public record Known(String canonical, EntityKind kind) {}

  /** A place standing for a country; {@code always} for seats of government ("the Kremlin"). */
  public record Seat(String country, boolean always) {}

  final Map<String, Known> aliases = new HashMap<>();
  final Map<String, Seat> seats = new HashMap<>();
  final Set<String> metonymyVerbs = new HashSet<>();
  final Map<String, String> demonyms = new HashMap<>();
  final List<String> roles = new ArrayList<>();
  final Map<String, Boolean> families = new HashMap<>();
  final List<String> vesselClasses = new ArrayList<>();

  private EntityLexicon() {}

  /** The lexicon shipped with Dossier. */
  public static EntityLexicon standard() {
    EntityLexicon lex = new EntityLexicon();
    for (String[] f : rows("aliases.tsv", 2)) {
      Known k = new Known(f[0], EntityKind.valueOf(f[1]));
      lex.aliases.put(f[0], k);
      if (f.length > 2 && !f[2].isBlank()) {
        for (String a : f[2].split("\\|")) lex.aliases.put(a.strip(), k);
      }
    }
    for (String[] f : rows("capitals.tsv", 2)) lex.seats.put(f[0], new Seat(f[1], f.length > 2 && f[2].equals("always")));
    for (String[] f : rows("metonymy-verbs.txt", 1)) lex.metonymyVerbs.add(f[0]);
    for (String[] f : rows("demonyms.tsv", 2)) lex.demonyms.put(f[0], f[1]);
    for (String[] f : rows("roles.txt", 1)) lex.roles.add(f[0]);
    for (String[] f : rows("equipment.tsv", 2)) {
      if (f[0].equals("class")) {
        lex.vesselClasses.add(f[1]);
      } else {
        lex.families.put(f[0], f.length > 2 && f[2].equals("designated"));
      }
    }
    return lex;
  }

  public Known known(String surface) {
    return aliases.get(surface);
  }

  public Seat seat(String place) {
    return seats.get(place);
  }

  /** A regex alternation of the words, longest first. */
  static String alternation(java.util.Collection<String> words) {
    return words.stream().sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote)
        .collect(Collectors.joining("|", "(?:", ")"));
  }

  private static List<String[]> rows(String resource, int minFields) {
    List<String[]> out = new ArrayList<>();
    try (InputStream in = EntityLexicon.class.getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException(resource + " missing beside " + EntityLexicon.class.getName());
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) continue;
        String[] f = line.split("\t", -1);
        if (f.length < minFields || f[0].isBlank()) {
          throw new IllegalStateException(resource + " line " + n + ": expected " + minFields + " tab-separated fields");
        }
        out.add(f);
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + resource + ": " + e.getMessage(), e);
    }
    return out;
  }
}
