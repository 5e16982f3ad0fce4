package org.dossier.annotate.quotes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.core.model.EntityKind;
import org.dossier.core.model.EntityMention;
import org.dossier.core.model.Span;

/**
 * The grammatical gender of the people an article names, so that "he" and "she" find the right
 * antecedent: a title before a mention ("Ms. Lopez") decides, else the pronouns of sentences whose
 * subject is that person, named alone, and the first name by CoreNLP's name list (shipped in its models jar) only weighs in,
 * as family names standing first mislead it.
 */
final class Genders {
  enum Gender { MALE, FEMALE, UNKNOWN }

  /** CoreNLP's first-name genders (about 14,000 names), read once; empty when the models jar lacks it. */
  private static final Map<String, Gender> FIRST_NAMES = load("/edu/stanford/nlp/models/dcoref/namegender.combine.txt");
  private static final Set<String> MALE = Set.of("he", "him", "his", "himself");
  private static final Set<String> FEMALE = Set.of("she", "her", "hers", "herself");
  private static final Pattern TITLE = Pattern.compile("(?i)\\b(mr|mrs|ms|miss|sir|lady|lord|king|queen)\\.?\\s+$");

  private final Map<String, Gender> byEntity = new HashMap<>();
  /** Pronouns of each gender in sentences naming one person only: male count minus female count. */
  private final Map<String, Integer> evidence = new HashMap<>();

  Genders(String text, Mentions mentions, List<Span> quoted, Parse parse) {
    for (EntityMention m : mentions.all()) {
      if (m.kind() != EntityKind.PERSON) continue;
      Matcher t = TITLE.matcher(text.substring(Math.max(0, m.span().begin() - 8), m.span().begin()));
      if (t.find()) byEntity.put(m.entity(), title(t.group(1).toLowerCase(Locale.ROOT)));
    }
    for (Span sentence : Sentences.split(text)) gather(text, sentence, mentions, quoted, parse);
  }

  /** "Kim ... he said": a sentence naming one person and using pronouns of one gender tells that person's. */
  private void gather(String text, Span sentence, Mentions mentions, List<Span> quoted, Parse parse) {
    List<EntityMention> people = mentions.within(sentence.begin(), sentence.end()).stream()
        .filter(m -> m.kind() == EntityKind.PERSON && !inside(m.span(), quoted)).toList();
    if (people.isEmpty() || people.stream().map(EntityMention::entity).distinct().count() > 1) return;
    Parse.Word head = parse.headOf(people.get(0).span());
    if (head == null || !parse.relation(head).startsWith("nsubj")) return; // "... threatened to kill X": X is no antecedent
    int score = 0;
    for (TextToken t : TextToken.of(text, people.get(0).span().end(), sentence.end())) {
      if (inside(t.span(), quoted)) continue;
      if (MALE.contains(t.lower())) score++;
      else if (FEMALE.contains(t.lower())) score--;
    }
    if (score != 0) evidence.merge(people.get(0).entity(), score, Integer::sum);
  }

  private static boolean inside(Span s, List<Span> quoted) {
    for (Span q : quoted) {
      if (q.contains(s)) return true;
    }
    return false;
  }

  /** The gender the article itself shows for a person: by a title, else by the pronouns used of them. */
  Gender shown(String entity) {
    Gender g = byEntity.get(entity);
    if (g != null) return g;
    int e = evidence.getOrDefault(entity, 0);
    return e == 0 ? Gender.UNKNOWN : e > 0 ? Gender.MALE : Gender.FEMALE;
  }

  /** The gender a person's first name usually has (a family name first, as in "Kim Jong Un", misleads it). */
  Gender byName(String entity) {
    for (String part : entity.split("[\\s.]+")) {
      if (part.length() < 2) continue; // an initial
      return FIRST_NAMES.getOrDefault(part.toLowerCase(Locale.ROOT), Gender.UNKNOWN);
    }
    return Gender.UNKNOWN;
  }

  /** False when the article shows the person's gender and it differs from the wanted one. */
  boolean agrees(String entity, Gender wanted) {
    Gender g = shown(entity);
    return wanted == Gender.UNKNOWN || g == Gender.UNKNOWN || g == wanted;
  }

  /** True when only the first name suggests another gender than the wanted one: a hint, not a rule. */
  boolean nameDisagrees(String entity, Gender wanted) {
    Gender g = byName(entity);
    return wanted != Gender.UNKNOWN && shown(entity) == Gender.UNKNOWN && g != Gender.UNKNOWN && g != wanted;
  }

  private static Gender title(String t) {
    return switch (t) {
      case "mr", "sir", "lord", "king" -> Gender.MALE;
      default -> Gender.FEMALE;
    };
  }

  private static Map<String, Gender> load(String resource) {
    Map<String, Gender> out = new HashMap<>();
    try (InputStream in = Genders.class.getResourceAsStream(resource)) {
      if (in == null) return Map.of();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        String[] f = line.split("\t");
        if (f.length < 2) continue;
        Gender g = f[1].equals("MALE") ? Gender.MALE : f[1].equals("FEMALE") ? Gender.FEMALE : null;
        if (g != null) out.putIfAbsent(f[0].toLowerCase(Locale.ROOT), g);
      }
    } catch (IOException e) {
      return Map.of();
    }
    return Map.copyOf(out);
  }
}
