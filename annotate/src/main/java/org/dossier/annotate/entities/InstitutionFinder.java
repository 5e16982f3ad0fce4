package org.dossier.annotate.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.annotate.nlp.ParsedText;
import org.dossier.annotate.nlp.Sentence;
import org.dossier.core.model.EntityKind;
import org.dossier.core.model.Span;

/**
 * Institutions that news describes in lower case, which the NER model misses: ministries by country and
 * field ("Russia's transport ministry", "the Russian Ministry of Transport", later "the transport
 * ministry"), a country's armed forces ("South Korea's military", "the U.S. military"), a country's
 * state media ("North Korean state media", "Russia's state news agency"), which stands for that
 * country's agency (state-media.tsv), and a place's institution named by a lower-case noun ("the Ohio
 * health department", "the Chilean embassy"; kind-cues.tsv, section institution).
 */
final class InstitutionFinder {
  private final EntityLexicon lex;
  private final Pattern ministry;
  private final Pattern ministryOf;
  private final Pattern stateMedia;
  private final Pattern military;
  private static final java.util.Set<String> PLACE_TAGS = java.util.Set.of("LOCATION", "COUNTRY", "CITY",
      "STATE_OR_PROVINCE", "NATIONALITY");

  InstitutionFinder(EntityLexicon lex) {
    this.lex = lex;
    String country = "(?:(" + EntityLexicon.alternation(lex.countryNames()) + ")(?:'s|’s)\\s+|("
        + EntityLexicon.alternation(lex.demonyms.keySet()) + ")\\s+)";
    String field = "(?i:" + EntityLexicon.alternation(lex.ministryFields.keySet()) + ")";
    ministry = Pattern.compile("(?<![\\w-])" + country + "?(" + field + ")\\s+(?i:ministry)(?![\\w-])");
    ministryOf = Pattern.compile("(?<![\\w-])" + country + "?Ministry of (?:the )?(" + field + ")(?![\\w-])");
    stateMedia = Pattern.compile("(?<![\\w-])" + country
        + "(?:(?i:official|state|state-run|state-controlled|state-owned)\\s+)+(?i:(?:news\\s+)?(?:media|agency|"
        + "news agency|television|tv|broadcaster|outlet))(?![\\w-])");
    military = Pattern.compile("(?<![\\w-])(?:(" + EntityLexicon.alternation(lex.countryNames()) + ")(?:'s|’s)?\\s+|("
        + EntityLexicon.alternation(lex.demonyms.keySet()) + ")\\s+)(?i:military|armed forces)(?![\\w-])");
  }

  List<Candidate> find(ParsedText parsed) {
    String text = parsed.text();
    List<Candidate> out = new ArrayList<>();
    Map<String, String> countryOfField = new HashMap<>();
    List<MatchResult> found = new ArrayList<>();
    for (Pattern p : List.of(ministry, ministryOf)) {
      for (Matcher m = p.matcher(text); m.find(); ) found.add(m.toMatchResult());
    }
    found.sort(Comparator.comparingInt(MatchResult::start));
    for (MatchResult m : found) {
      String field = lex.ministryFields.get(m.group(3).toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
      String country = countryOf(m);
      if (country != null) countryOfField.put(field, country);
      else country = countryOfField.get(field);
      String name = "Ministry of " + field + (country == null ? "" : " of " + country);
      out.add(candidate(m, name, EntityKind.ORGANIZATION));
    }
    for (Matcher m = military.matcher(text); m.find(); ) {
      String country = countryOf(m);
      if (country != null && !modifiesNoun(parsed, m.end())) out.add(candidate(m, "Armed Forces of " + country, EntityKind.ORGANIZATION));
    }
    for (Sentence sentence : parsed.sentences()) placeInstitutions(text, sentence, out);
    for (Matcher m = stateMedia.matcher(text); m.find(); ) {
      String agency = lex.stateMedia.get(countryOf(m));
      if (agency != null) out.add(candidate(m, agency, EntityKind.ORGANIZATION));
    }
    return out;
  }

  /**
   * A place or nationality the tagger found, at most two lower-case words, and an institution noun: "the
   * Inner Mongolia health authority", "the Chilean embassy". Named as written; none where a name follows,
   * which it only describes ("the South Korean news agency Yonhap").
   */
  private void placeInstitutions(String text, Sentence s, List<Candidate> out) {
    List<org.dossier.annotate.nlp.Token> t = s.tokens();
    for (int j = 1; j < t.size(); j++) {
      String kind = lex.kindCues("institution").get(t.get(j).word());
      if (kind == null || j + 1 < t.size() && t.get(j + 1).pos().startsWith("NNP")) continue; // "news agency Yonhap" describes
      int k = j;
      while (k > 0 && j - k < 2 && isModifier(t.get(k - 1))) k--;
      if (k == 0 || !isPlace(t, k - 1)) continue;
      int b = k - 1;
      while (b > 0 && PLACE_TAGS.contains(t.get(k - 1).ner()) && t.get(b - 1).ner().equals(t.get(k - 1).ner())) b--;
      while (b > 0 && isCapitalisedName(t.get(b - 1))) b--; // "Inner" of "Inner Mongolia" the tagger left out
      Span span = new Span(t.get(b).span().begin(), t.get(j).span().end());
      String name = span.of(text).replaceAll("\\s+", " ");
      out.add(new Candidate(span, span.of(text), EntityKind.valueOf(kind), Candidate.Source.ALIAS, name, null));
    }
  }

  /** A place's name, or a nationality: an adjective capitalised inside a sentence ("Chilean"). */
  private static boolean isPlace(List<org.dossier.annotate.nlp.Token> t, int i) {
    if (PLACE_TAGS.contains(t.get(i).ner())) return true;
    String w = t.get(i).word();
    return i > 0 && t.get(i).pos().equals("JJ") && Character.isUpperCase(w.charAt(0)) && w.chars().skip(1).allMatch(Character::isLowerCase);
  }

  private static boolean isCapitalisedName(org.dossier.annotate.nlp.Token t) {
    String w = t.word();
    return (t.pos().startsWith("NNP") || t.pos().equals("JJ")) && !w.isEmpty() && Character.isUpperCase(w.charAt(0));
  }

  private static boolean isModifier(org.dossier.annotate.nlp.Token t) {
    String w = t.word();
    return (t.pos().startsWith("NN") || t.pos().startsWith("JJ")) && !w.isEmpty() && Character.isLowerCase(w.charAt(0))
        && "O".equals(t.ner());
  }

  /** "Russian military efforts": "military" as an adjective, before a noun of its sentence. */
  private static boolean modifiesNoun(ParsedText parsed, int end) {
    Sentence s = parsed.sentenceAt(end > 0 ? end - 1 : 0);
    if (s == null) return false;
    int next = s.tokenAtOrAfter(end);
    return next < s.tokens().size() && (s.tokens().get(next).pos().startsWith("NN") || s.tokens().get(next).pos().startsWith("JJ"));
  }

  /** The country named by the possessive (group 1) or demonym (group 2), or null. */
  private String countryOf(MatchResult m) {
    if (m.group(1) != null) {
      EntityLexicon.Known k = lex.known(m.group(1));
      return k == null ? m.group(1) : k.canonical();
    }
    return m.group(2) == null ? null : lex.demonyms.get(m.group(2));
  }

  private static Candidate candidate(MatchResult m, String name, EntityKind kind) {
    return new Candidate(new Span(m.start(), m.end()), m.group(), kind, Candidate.Source.ALIAS, name, null);
  }
}
