package org.dossier.annotate.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.annotate.nlp.NerMention;
import org.dossier.annotate.nlp.ParsedText;
import org.dossier.core.model.EntityKind;
import org.dossier.core.model.Span;

/**
 * Collects entity candidates: CoreNLP's PERSON / ORGANIZATION / LOCATION mentions, lexicon names
 * (agencies, outlets, acronyms), equipment (families with designations, named vessels) and role
 * descriptions ("the Russian president"); where they overlap the longer, then the stronger, wins.
 */
final class CandidateFinder {
  private static final String NAME = "\\p{Lu}[\\p{L}'-]*(?: \\p{Lu}[\\p{L}'-]*){0,2}";

  private final Pattern aliases;
  private final Pattern designated;
  private final Pattern families;
  private final Pattern vessels;
  private final Pattern roles;
  private final EntityLexicon lex;

  CandidateFinder(EntityLexicon lex) {
    this.lex = lex;
    aliases = Pattern.compile("(?<![\\w.-])" + EntityLexicon.alternation(lex.aliases.keySet()) + "(?![\\w-])");
    List<String> withDesignation = lex.families.entrySet().stream().filter(e -> e.getValue()).map(e -> e.getKey()).toList();
    List<String> plain = lex.families.entrySet().stream().filter(e -> !e.getValue()).map(e -> e.getKey()).toList();
    designated = Pattern.compile("(?<![\\w-])" + EntityLexicon.alternation(withDesignation) + "-\\d{1,4}[A-Z]{0,2}(?![\\w-])");
    families = Pattern.compile("(?<![\\w-])" + EntityLexicon.alternation(plain) + "(?:-\\d{1,4}[A-Z]?)?(?![\\w-])");
    vessels = Pattern.compile("(?i:" + EntityLexicon.alternation(lex.vesselClasses) + ") (" + NAME + ")");
    roles = Pattern.compile("(?:(?i:the) )?(" + EntityLexicon.alternation(lex.demonyms.keySet()) + ") ("
        + "(?i:" + EntityLexicon.alternation(lex.roles) + "))(?![\\w-])");
  }

  List<Candidate> find(ParsedText parsed) {
    String text = parsed.text();
    List<Candidate> all = new ArrayList<>();
    for (NerMention m : parsed.mentions()) {
      EntityKind kind = switch (m.kind()) {
        case "PERSON" -> EntityKind.PERSON;
        case "ORGANIZATION" -> EntityKind.ORGANIZATION;
        case "LOCATION", "COUNTRY", "CITY", "STATE_OR_PROVINCE" -> EntityKind.LOCATION;
        default -> null;
      };
      if (kind != null) all.add(new Candidate(m.span(), m.text(), kind, Candidate.Source.NER, null, null));
    }
    for (Matcher m = aliases.matcher(text); m.find(); ) {
      EntityLexicon.Known k = lex.known(m.group());
      all.add(new Candidate(span(m, 0), m.group(), k.kind(), Candidate.Source.ALIAS, k.canonical(), null));
    }
    equipment(text, all);
    for (Matcher m = roles.matcher(text); m.find(); ) {
      String key = lex.demonyms.get(m.group(1)) + "|" + m.group(2).toLowerCase(java.util.Locale.ROOT);
      all.add(new Candidate(span(m, 0), m.group(), EntityKind.PERSON, Candidate.Source.ROLE, null, key));
    }
    return keepBest(all);
  }

  private void equipment(String text, List<Candidate> all) {
    for (Pattern p : List.of(designated, families)) {
      for (Matcher m = p.matcher(text); m.find(); ) {
        all.add(new Candidate(span(m, 0), m.group(), EntityKind.EQUIPMENT, Candidate.Source.EQUIPMENT, m.group(), null));
      }
    }
    for (Matcher m = vessels.matcher(text); m.find(); ) {
      all.add(new Candidate(span(m, 1), m.group(1), EntityKind.EQUIPMENT, Candidate.Source.EQUIPMENT, m.group(1), null));
    }
  }

  /** Longer first, then stronger source; a candidate overlapping an accepted one is dropped. */
  private static List<Candidate> keepBest(List<Candidate> all) {
    all.sort(Comparator.comparingInt((Candidate c) -> -c.span().length())
        .thenComparing(c -> -c.source().ordinal()));
    List<Candidate> kept = new ArrayList<>();
    for (Candidate c : all) {
      if (kept.stream().noneMatch(k -> k.span().overlaps(c.span()))) kept.add(c);
    }
    kept.sort(Comparator.comparing(Candidate::span));
    return kept;
  }

  private static Span span(Matcher m, int group) {
    return new Span(m.start(group), m.end(group));
  }
}
