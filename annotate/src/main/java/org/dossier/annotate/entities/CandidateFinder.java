package org.dossier.annotate.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.annotate.nlp.NerMention;
import org.dossier.annotate.nlp.ParsedText;
import org.dossier.core.model.EntityKind;
import org.dossier.core.model.Span;

/**
 * Collects entity candidates: CoreNLP's PERSON / ORGANIZATION / LOCATION mentions, lexicon names
 * (agencies, outlets, acronyms), equipment (families with designations, named vessels) and role
 * descriptions ("the Russian president"), ministries and state media (InstitutionFinder) and capitals; where
 * they overlap the longer, then the stronger, wins. Pronouns, and tagged phrases whose words make no name
 * (NameShape: "Take It"), are no candidates. Capitalised names still uncovered are guessed last
 * (ProperNameFallback).
 */
final class CandidateFinder {
  private static final String NAME = "\\p{Lu}[\\p{L}'-]*(?: \\p{Lu}[\\p{L}'-]*){0,2}";

  private final Pattern aliases;
  private final Pattern designated;
  private final Pattern families;
  private final Pattern vessels;
  private final Pattern roles;
  private final Pattern seats;
  private final EntityLexicon lex;
  private final InstitutionFinder institutions;
  private final ProperNameFallback fallback;
  private final NameShape shape;

  CandidateFinder(EntityLexicon lex) {
    this.lex = lex;
    this.institutions = new InstitutionFinder(lex);
    this.fallback = new ProperNameFallback(lex);
    this.shape = new NameShape(lex);
    seats = Pattern.compile("(?<![\\w.-])" + EntityLexicon.alternation(lex.seats.keySet()) + "(?![\\w-])");
    aliases = Pattern.compile("(?<![\\w.-])" + EntityLexicon.alternation(lex.aliases.keySet()) + "(?![\\w-])");
    List<String> withDesignation = lex.families.entrySet().stream().filter(e -> e.getValue()).map(e -> e.getKey()).toList();
    List<String> plain = lex.families.entrySet().stream().filter(e -> !e.getValue()).map(e -> e.getKey()).toList();
    designated = Pattern.compile("(?<![\\w-])" + EntityLexicon.alternation(withDesignation) + "-\\d{1,4}[A-Z]{0,2}(?![\\w-])");
    families = Pattern.compile("(?<![\\w-])" + EntityLexicon.alternation(plain)
        + "(?:-(?:\\d{1,4}[A-Z]{0,2}|[A-Z]{1,2}\\d{0,2}))?(?![\\w-])");
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
      if (kind != null && !isPronoun(parsed, m) && isName(parsed, m)) all.addAll(atPossessive(parsed, m, kind));
    }
    for (Matcher m = aliases.matcher(text); m.find(); ) {
      EntityLexicon.Known k = lex.known(m.group());
      all.add(new Candidate(span(m, 0), m.group(), k.kind(), Candidate.Source.ALIAS, k.canonical(), null));
    }
    equipment(text, all);
    all.addAll(institutions.find(parsed));
    for (Matcher m = seats.matcher(text); m.find(); ) {
      all.add(new Candidate(span(m, 0), m.group(), EntityKind.LOCATION, Candidate.Source.ALIAS, null, null));
    }
    for (Matcher m = roles.matcher(text); m.find(); ) {
      String key = lex.demonyms.get(m.group(1)) + "|" + m.group(2).toLowerCase(java.util.Locale.ROOT);
      all.add(new Candidate(span(m, 0), m.group(), EntityKind.PERSON, Candidate.Source.ROLE, null, key));
    }
    List<Candidate> kept = keepBest(all);
    kept.addAll(fallback.find(parsed, kept));
    kept.sort(Comparator.comparing(Candidate::span));
    return propagate(text, kept);
  }

  /**
   * One sense per article: a name found once is a name wherever the same words stand again, even where
   * the tagger missed it ("the MSMT report" after "the MSMT said"). One pass over the text's word starts,
   * each looked up by its first word, so a long text with many names stays linear.
   */
  static List<Candidate> propagate(String text, List<Candidate> kept) {
    List<Candidate> surfaces = new ArrayList<>();
    Map<String, List<Integer>> byFirstWord = new HashMap<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (Candidate c : kept) {
      if (c.role() == null && c.text().length() > 1 && !c.text().equals(c.text().toLowerCase(java.util.Locale.ROOT))
          && seen.add(c.text())) {
        byFirstWord.computeIfAbsent(firstWord(c.text(), 0), k -> new ArrayList<>()).add(surfaces.size());
        surfaces.add(c);
      }
    }
    // Every standing of every surface; an earlier-found surface takes a contested place, as before.
    List<long[]> found = new ArrayList<>();
    for (int i = 0; i < text.length(); i++) {
      if (i > 0 && isWordChar(text.charAt(i - 1))) continue;
      List<Integer> starting = byFirstWord.get(firstWord(text, i));
      if (starting == null) continue;
      for (int n : starting) {
        int end = i + surfaces.get(n).text().length();
        if (text.startsWith(surfaces.get(n).text(), i) && (end == text.length() || !isWordChar(text.charAt(end)))) {
          found.add(new long[] {n, i});
        }
      }
    }
    found.sort(Comparator.<long[]>comparingLong(f -> f[0]).thenComparingLong(f -> f[1]));
    Occupied taken = new Occupied(kept);
    List<Candidate> out = new ArrayList<>(kept);
    for (long[] f : found) {
      Candidate c = surfaces.get((int) f[0]);
      Span at = new Span((int) f[1], (int) f[1] + c.text().length());
      if (taken.add(at)) out.add(new Candidate(at, c.text(), c.kind(), c.source(), c.canonical(), null));
    }
    out.sort(Comparator.comparing(Candidate::span));
    return out;
  }

  /** The word starting at {@code from}: letters, digits and the characters a name may hold inside. */
  private static String firstWord(String text, int from) {
    int end = from;
    while (end < text.length() && isWordChar(text.charAt(end))) end++;
    return text.substring(from, Math.max(end, Math.min(from + 1, text.length())));
  }

  /** As the regex boundaries had it: {@code \\w} and the hyphen join words. */
  private static boolean isWordChar(char c) {
    return c == '_' || c == '-' || c < 128 && Character.isLetterOrDigit(c);
  }

  /** Spans already taken, none overlapping another, for overlap tests in logarithmic time. */
  private static final class Occupied {
    private final java.util.TreeMap<Integer, Integer> ends = new java.util.TreeMap<>();

    Occupied(List<Candidate> taken) {
      taken.forEach(c -> ends.put(c.span().begin(), c.span().end()));
    }

    /** Takes the span unless it overlaps one taken; returns whether it was free. */
    boolean add(Span s) {
      Map.Entry<Integer, Integer> before = ends.floorEntry(s.begin());
      if (before != null && before.getValue() > s.begin()) return false;
      Map.Entry<Integer, Integer> after = ends.ceilingEntry(s.begin());
      if (after != null && after.getKey() < s.end()) return false;
      if (s.length() == 0) return false;
      ends.put(s.begin(), s.end());
      return true;
    }
  }

  /** Tagged phrases that cannot be names, and roles tagged as organisations ("Courier Staff Writer"). */
  private boolean isName(ParsedText parsed, NerMention m) {
    if (!m.kind().equals("PERSON") && shape.endsInTitle(parsed.tokensIn(m.span()))) return false;
    if (m.sentence() < 0 || m.sentence() >= parsed.sentences().size()) return shape.isName(parsed.tokensIn(m.span()));
    return shape.isName(parsed.sentences().get(m.sentence()).tokens(), m.firstToken(), m.endToken());
  }

  /**
   * The tagger runs an owner and the owned together ("Acme University's Research Center"); a possessive
   * inside a tagged name parts two names when the owner is a whole organisation's name by itself (it ends
   * in a head word such as "University", or is an acronym), not in "Magistrate's Court".
   */
  private List<Candidate> atPossessive(ParsedText parsed, NerMention m, EntityKind kind) {
    List<org.dossier.annotate.nlp.Token> t = parsed.tokensIn(m.span());
    List<Candidate> out = new ArrayList<>();
    int from = m.span().begin();
    for (int i = 1; i + 1 < t.size(); i++) {
      String owner = t.get(i - 1).word();
      boolean whole = lex.nameHeads("head").containsKey(owner) || owner.length() > 1 && owner.chars().allMatch(Character::isUpperCase);
      if (!t.get(i).pos().equals("POS") || !whole) continue;
      out.add(part(parsed.text(), from, t.get(i - 1).span().end(), kind));
      from = t.get(i + 1).span().begin();
    }
    out.add(part(parsed.text(), from, m.span().end(), kind));
    return out;
  }

  private static Candidate part(String text, int begin, int end, EntityKind kind) {
    Span s = new Span(begin, end);
    return new Candidate(s, s.of(text), kind, Candidate.Source.NER, null, null);
  }

  /** NER tags "he", "his", "She" as people; they name no one by themselves. */
  private static boolean isPronoun(ParsedText parsed, NerMention m) {
    List<org.dossier.annotate.nlp.Token> tokens = parsed.tokensIn(m.span());
    return !tokens.isEmpty() && tokens.stream().allMatch(t -> t.pos().startsWith("PRP") || t.pos().startsWith("WP"));
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
    Occupied taken = new Occupied(List.of());
    for (Candidate c : all) {
      if (taken.add(c.span())) kept.add(c);
    }
    kept.sort(Comparator.comparing(Candidate::span));
    return kept;
  }

  private static Span span(Matcher m, int group) {
    return new Span(m.start(group), m.end(group));
  }
}
