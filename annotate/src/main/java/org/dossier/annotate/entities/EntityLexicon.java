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
 * countries, metonymy verbs, demonyms, role nouns, equipment families, state media by country, ministry
 * fields and the words that guess a missed name's kind. Each is a small TSV or word
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
  /** Country to its state news agency's canonical name. */
  final Map<String, String> stateMedia = new HashMap<>();
  /** Ministry field as written (lower case) to the field in the canonical name. */
  final Map<String, String> ministryFields = new HashMap<>();
  /** Proper-name guessing data, by section of name-heads.tsv: head, after, before, skip. */
  final Map<String, Map<String, String>> nameHeads = new HashMap<>();
  /** Kind cue words, by section of kind-cues.tsv: suffix, org, person, member, owned, equipment, title, gendered. */
  final Map<String, Map<String, String>> kindCues = new HashMap<>();
  /** Given names (lower case) to "male" / "female", from CoreNLP's name-gender list; empty if absent. */
  final Map<String, String> givenNames = new HashMap<>();

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
    for (String[] f : rows("state-media.tsv", 2)) lex.stateMedia.put(f[0], f[1]);
    for (String[] f : rows("ministries.tsv", 2)) lex.ministryFields.put(f[0], f[1]);
    for (String[] f : rows("name-heads.tsv", 2)) {
      lex.nameHeads.computeIfAbsent(f[0], k -> new HashMap<>()).put(f[1], f.length > 2 ? f[2] : "");
    }
    for (String[] f : rows("kind-cues.tsv", 2)) {
      lex.kindCues.computeIfAbsent(f[0], k -> new HashMap<>()).put(f[1], f.length > 2 ? f[2] : "");
    }
    lex.readGivenNames();
    return lex;
  }

  /** The entries of one section of kind-cues.tsv (word to value; value empty for plain word lists). */
  Map<String, String> kindCues(String section) {
    return kindCues.getOrDefault(section, Map.of());
  }

  /**
   * CoreNLP ships a list of given names with their usual sex (the coreference models' data); it tells a
   * given name from a surname and "Mr" from "Ms". Without it the rules that use it stay silent.
   */
  private void readGivenNames() {
    String resource = "edu/stanford/nlp/models/dcoref/namegender.combine.txt";
    try (InputStream in = EntityLexicon.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) return;
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        String[] f = line.split("\t");
        if (f.length == 2) givenNames.put(f[0].strip(), f[1].strip().toLowerCase(java.util.Locale.ROOT));
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + resource + ": " + e.getMessage(), e);
    }
  }

  /** The entries of one section of name-heads.tsv (word to value; value empty for plain word lists). */
  Map<String, String> nameHeads(String section) {
    return nameHeads.getOrDefault(section, Map.of());
  }

  /** Country names the lexicon knows (canonical names and aliases of LOCATION entries). */
  List<String> countryNames() {
    return aliases.entrySet().stream().filter(e -> e.getValue().kind() == EntityKind.LOCATION)
        .map(Map.Entry::getKey).toList();
  }

  /** The country whose state news agency {@code agency} (a canonical name) is, or null. */
  public String stateMediaCountry(String agency) {
    for (Map.Entry<String, String> e : stateMedia.entrySet()) {
      if (e.getValue().equals(agency)) return e.getKey();
    }
    return null;
  }

  /** The adjectives of nationality of a country ("North Korean" for North Korea). */
  public List<String> demonymsOf(String country) {
    return demonyms.entrySet().stream().filter(e -> e.getValue().equals(country)).map(Map.Entry::getKey).toList();
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
