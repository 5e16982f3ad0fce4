package org.dossier.annotate.entities;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.dossier.annotate.nlp.Dependency;
import org.dossier.annotate.nlp.ParsedText;
import org.dossier.annotate.nlp.Sentence;
import org.dossier.annotate.nlp.Token;
import org.dossier.core.model.EntityKind;

/**
 * One kind for each entity of an article, voted over all its mentions: each tagged mention votes for its
 * tag (a guessed one for half), and what the sentence says about a mention votes more, because the tagger
 * errs on names it never saw ("WeWork" as a person). Organisation cues: a company suffix ("Acme Corp"), a
 * describing noun beside the name ("Zeta, a data firm"), shares, earnings or a stock ticker ("Zeta
 * shares", "(NYSE: ZT)"), a post in it ("Zeta founder Ann Lee"), "its" after it as subject, a word with an
 * inner capital ("InfoNation"). Person cues: a title before it ("Mr.", "Senator"), a describing noun
 * ("Lee, a spokesman"), "he" or "she" after it as subject. Place: "Paris-based".
 * Equipment: a class noun after it ("the Falcon rocket"). Names the lexicon knows keep its kind.
 */
final class KindVotes {
  private static final double STRONG = 3;
  private static final double WEAK = 2;
  private static final Pattern CAMEL = Pattern.compile("\\p{Lu}\\p{Ll}+\\p{Lu}[\\p{L}\\p{N}]*");
  private static final Pattern SURNAME_PREFIX = Pattern.compile("(?:Mc|Mac|O|De|Di|Da|Du|Le|La|Van|Von|St|Fitz).*");
  private static final Pattern TICKER = Pattern.compile(
      "\\s*\\((?:(?i:nyse|nasdaq|lse|tsx|amex|otc|ticker|symbol)\\s*:\\s*)([A-Z]{1,5}(?:\\.[A-Z])?)\\)");
  private static final Pattern BARE_TICKER = Pattern.compile("\\s*\\(([A-Z]{1,5})\\)");
  private static final Pattern DOMAIN = Pattern.compile(".+\\.(?:com|org|net|io|co\\.uk|info)");

  private final EntityLexicon lex;
  private final Map<String, String> suffix;
  private final Map<String, String> org;
  private final Map<String, String> person;
  private final Map<String, String> member;
  private final Map<String, String> owned;
  private final Map<String, String> equipment;
  private final Map<String, String> titles;
  private final Map<String, String> heads;

  KindVotes(EntityLexicon lex) {
    this.lex = lex;
    this.suffix = lex.kindCues("suffix");
    this.org = lex.kindCues("org");
    this.person = lex.kindCues("person");
    this.member = lex.kindCues("member");
    this.owned = lex.kindCues("owned");
    this.equipment = lex.kindCues("equipment");
    this.titles = lex.kindCues("title");
    this.heads = lex.nameHeads("head");
  }

  /** The kind of each canonical name among the candidates (role descriptions and unnamed ones left out). */
  Map<String, EntityKind> decide(ParsedText parsed, List<Candidate> named) {
    Map<String, EntityKind> fixed = new HashMap<>();
    Map<String, Map<EntityKind, Double>> votes = new LinkedHashMap<>();
    for (Candidate c : named) {
      if (c.canonical() == null || c.role() != null) continue;
      if (isFixed(c)) {
        fixed.putIfAbsent(c.canonical(), c.kind());
        continue;
      }
      Map<EntityKind, Double> v = votes.computeIfAbsent(c.canonical(), k -> new EnumMap<>(EntityKind.class));
      v.merge(c.kind(), c.source() == Candidate.Source.GUESS ? 0.5 : 1.0, Double::sum);
      cues(parsed, c, v);
    }
    Map<String, EntityKind> out = new HashMap<>(fixed);
    votes.forEach((name, v) -> out.putIfAbsent(name, winner(v)));
    return out;
  }

  private boolean isFixed(Candidate c) {
    return c.source() == Candidate.Source.ALIAS || c.source() == Candidate.Source.EQUIPMENT
        || c.source() == Candidate.Source.ROLE || lex.known(c.text()) != null;
  }

  /** The most voted kind; a tie goes to the kind voted first (the tagger's, at the first mention). */
  private static EntityKind winner(Map<EntityKind, Double> v) {
    EntityKind best = null;
    for (Map.Entry<EntityKind, Double> e : v.entrySet()) {
      if (best == null || e.getValue() > v.get(best) + 1e-9) best = e.getKey();
    }
    return best;
  }

  /** Adds the votes of what the sentence says around one mention. */
  private void cues(ParsedText parsed, Candidate c, Map<EntityKind, Double> v) {
    Sentence s = parsed.sentenceAt(c.span().begin());
    if (s == null) return;
    int b = s.tokenAtOrAfter(c.span().begin());
    int e = s.tokenAtOrAfter(c.span().end());
    if (b >= e) return;
    List<Token> t = s.tokens();
    int h = head(s, b, e);
    nameCues(c, t, b, e, v);
    String after = parsed.text().substring(c.span().end(), Math.min(parsed.text().length(), c.span().end() + 24));
    if (TICKER.matcher(after).lookingAt()) v.merge(EntityKind.ORGANIZATION, STRONG, Double::sum);
    else if (BARE_TICKER.matcher(after).lookingAt() && !isInitials(c.text(), after)) v.merge(EntityKind.ORGANIZATION, 1.0, Double::sum);
    if (e + 1 < t.size() && t.get(e).word().equals("-") && lower(t.get(e + 1)).equals("based")) {
      v.merge(EntityKind.LOCATION, STRONG, Double::sum);
    }
    if (b > 0 && "".equals(titles.get(lower(t.get(b - 1)).replace(".", "")))) {
      v.merge(EntityKind.PERSON, STRONG, Double::sum);
    }
    if (b > 1 && t.get(b - 1).word().equals("The") && c.kind() == EntityKind.PERSON) {
      v.merge(EntityKind.ORGANIZATION, WEAK, Double::sum); // "told The Hill": no person is "The" anybody
    }
    arcCues(s, h, b, e, c.kind(), v);
    pronounCue(s, h, e, c.kind(), v);
  }

  /** Cues in the name's own words: a suffix, a head word, a domain, an inner capital. */
  private void nameCues(Candidate c, List<Token> t, int b, int e, Map<EntityKind, Double> v) {
    String last = lower(t.get(e - 1));
    boolean suffixAfter = e < t.size() && suffix.containsKey(lower(t.get(e))) && t.get(e).word().chars().anyMatch(Character::isUpperCase);
    if ((e - b > 1 && suffix.containsKey(last)) || suffixAfter || DOMAIN.matcher(c.text()).matches()) {
      v.merge(EntityKind.ORGANIZATION, STRONG, Double::sum);
    }
    String head = e - b > 1 ? heads.get(t.get(e - 1).word()) : null;
    if (head != null) v.merge(EntityKind.valueOf(head), STRONG, Double::sum);
    if (e - b == 1 && CAMEL.matcher(c.text()).matches() && !SURNAME_PREFIX.matcher(c.text()).matches()) {
      v.merge(EntityKind.ORGANIZATION, WEAK, Double::sum);
    }
  }

  /** Cues from the dependency arcs at the name's head token {@code h}. */
  private void arcCues(Sentence s, int h, int b, int e, EntityKind tagged, Map<EntityKind, Double> v) {
    List<Token> t = s.tokens();
    for (Dependency d : s.dependentsOf(h)) {
      if (d.dependent() >= b && d.dependent() < e) continue;
      if (d.relation().equals("appos") || d.relation().equals("compound") && d.dependent() < b) describe(t.get(d.dependent()), v);
    }
    Dependency up = s.headOf(h);
    if (up == null || up.governor() < 0 || (up.governor() >= b && up.governor() < e)) return;
    Token g = t.get(up.governor());
    String rel = up.relation();
    String word = lower(g);
    String lemma = g.lemma().toLowerCase(Locale.ROOT);
    if (rel.equals("appos") || rel.equals("dep") && up.governor() == b - 1) describe(g, v); // "the website Full Fact"
    boolean modifies = rel.equals("compound") || rel.equals("nmod:poss");
    if (modifies && (owned.containsKey(word) || owned.containsKey(lemma))) v.merge(EntityKind.ORGANIZATION, STRONG, Double::sum);
    if (modifies && member.containsKey(word) && tagged != EntityKind.LOCATION) v.merge(EntityKind.ORGANIZATION, WEAK, Double::sum);
    if (rel.equals("compound") && equipment.containsKey(lemma)) v.merge(EntityKind.EQUIPMENT, STRONG, Double::sum);
    if (rel.startsWith("nmod") && hasCase(s, h, "of") && (owned.containsKey(word) || member.containsKey(word))) {
      v.merge(EntityKind.ORGANIZATION, WEAK, Double::sum); // "shares of Zeta", "the chief executive of Zeta"
    }
  }

  /** A noun describing the name: an organisation's or a person's. */
  private void describe(Token noun, Map<EntityKind, Double> v) {
    String w = lower(noun);
    String lemma = noun.lemma().toLowerCase(Locale.ROOT);
    if (org.containsKey(w) || org.containsKey(lemma)) v.merge(EntityKind.ORGANIZATION, STRONG, Double::sum);
    else if (person.containsKey(w) || person.containsKey(lemma) || member.containsKey(w)) v.merge(EntityKind.PERSON, STRONG, Double::sum);
  }

  /** The subject's next pronoun in its sentence: "it"/"its" for a thing, "he"/"she" for a person. */
  private static void pronounCue(Sentence s, int h, int e, EntityKind tagged, Map<EntityKind, Double> v) {
    Dependency up = s.headOf(h);
    if (up == null || !up.relation().startsWith("nsubj")) return;
    List<Token> t = s.tokens();
    for (int i = e; i < t.size(); i++) {
      Token x = t.get(i);
      if (x.pos().startsWith("NNP")) return; // another name stands between
      if (!x.pos().startsWith("PRP")) continue;
      switch (x.word().toLowerCase(Locale.ROOT)) {
        case "it", "its" -> { // no person; a place is called "it" too, so only what is not tagged as one
          if (tagged != EntityKind.LOCATION) v.merge(EntityKind.ORGANIZATION, WEAK, Double::sum);
        }
        case "he", "his", "him", "she", "her" -> v.merge(EntityKind.PERSON, WEAK, Double::sum);
        default -> { }
      }
      return;
    }
  }

  /** The token of {@code [b, e)} whose head lies outside it (the last such), else the last token. */
  private static int head(Sentence s, int b, int e) {
    for (int i = e - 1; i >= b; i--) {
      Dependency d = s.headOf(i);
      if (d == null || d.governor() < b || d.governor() >= e) return i;
    }
    return e - 1;
  }

  private static boolean hasCase(Sentence s, int h, String word) {
    return s.dependentsOf(h).stream().anyMatch(d -> d.relation().equals("case") && s.tokens().get(d.dependent()).word().equalsIgnoreCase(word));
  }

  /** "Baltic Ports Authority (BPA)": capitals in brackets that spell the name's initials define it. */
  private static boolean isInitials(String name, String after) {
    java.util.regex.Matcher m = BARE_TICKER.matcher(after);
    if (!m.lookingAt()) return false;
    StringBuilder initials = new StringBuilder();
    for (String w : name.split("[\\s-]+")) if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) initials.append(w.charAt(0));
    return initials.length() > 1 && initials.toString().equals(m.group(1));
  }

  private static String lower(Token t) {
    return t.word().toLowerCase(Locale.ROOT);
  }
}
