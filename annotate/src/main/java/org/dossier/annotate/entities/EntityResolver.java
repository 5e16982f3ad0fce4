package org.dossier.annotate.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.annotate.nlp.Dependency;
import org.dossier.annotate.nlp.ParsedText;
import org.dossier.annotate.nlp.Sentence;
import org.dossier.annotate.nlp.Token;
import org.dossier.core.model.EntityKind;
import org.dossier.core.model.EntityMention;

/**
 * Gives every candidate of one article its canonical name and kind: lexicon names as listed, acronyms
 * defined in the text ("Korean Central News Agency (KCNA)"), short person names to the full name they fit
 * (PersonNames; a one-word name tagged as a place or organisation too when it is a full name's family
 * name), short company names to the full one (OrgNames), role descriptions to the person the article
 * gives that role, capitals standing for their government ("Pyongyang said") to the country, names in
 * capitals to the article's spelling (Spelling); then one kind per name (KindVotes). Role descriptions
 * the article ties to nobody are dropped.
 */
final class EntityResolver {
  private static final Pattern ACRONYM = Pattern.compile("\\s*\\((\\p{Lu}[\\p{Lu}&.-]{1,9})\\)");
  private static final java.util.Set<String> COMPASS = java.util.Set.of("North", "South", "East", "West");
  /** How far a role description may stand from the name it introduces (", the ... leader, Kim"). */
  private static final Pattern ROLE_GAP = Pattern.compile("\\s*,?\\s*");

  private final EntityLexicon lex;
  private final KindVotes votes;

  EntityResolver(EntityLexicon lex) {
    this.lex = lex;
    this.votes = new KindVotes(lex);
  }

  List<EntityMention> resolve(ParsedText parsed, List<Candidate> candidates) {
    Map<String, String> acronyms = acronyms(parsed.text(), candidates);
    PersonNames persons = persons(parsed, candidates);
    List<Candidate> named = new ArrayList<>(candidates.size());
    for (Candidate c : candidates) named.add(name(parsed, c, acronyms, persons));
    OrgNames orgs = new OrgNames(named, lex.kindCues("suffix"), lex.nameHeads("head"));
    named.replaceAll(c -> shortened(c, orgs));
    List<Candidate> places = List.copyOf(named);
    named.replaceAll(c -> compassShort(parsed.text(), c, places));
    named = Spelling.unify(named);
    Map<String, String> roles = bindRoles(parsed.text(), named);
    Map<String, EntityKind> kinds = votes.decide(parsed, named);
    List<EntityMention> out = new ArrayList<>();
    for (Candidate c : named) {
      String name = c.role() != null ? roles.get(c.role()) : c.canonical();
      if (name != null && !name.isBlank()) out.add(new EntityMention(c.span(), c.text(), name, kinds.getOrDefault(name, c.kind())));
    }
    return out;
  }

  /**
   * The article's person names: full names as tagged (and guessed multi-word names, which a tagged short
   * form may confirm), with the title written before each, and the one-word names used alone.
   */
  private PersonNames persons(ParsedText parsed, List<Candidate> candidates) {
    PersonNames persons = new PersonNames(lex.givenNames, lex.kindCues("gendered"));
    for (Candidate c : candidates) {
      boolean tagged = c.kind() == EntityKind.PERSON && c.source() == Candidate.Source.NER;
      boolean guessed = c.source() == Candidate.Source.GUESS && c.kind() != EntityKind.LOCATION && c.kind() != EntityKind.ORGANIZATION;
      if (tagged || guessed) persons.add(at(parsed, c), c.text(), title(parsed, c));
      if (tagged && c.text().strip().indexOf(' ') < 0) persons.addAlone(c.text());
    }
    return persons;
  }

  private Candidate name(ParsedText parsed, Candidate c, Map<String, String> acronyms, PersonNames persons) {
    if (c.source() == Candidate.Source.ROLE || c.canonical() != null) return c;
    String text = c.text();
    EntityLexicon.Known known = lex.known(text);
    if (known != null) return c.resolved(known.canonical(), known.kind());
    if (acronyms.containsKey(text)) return c.resolved(acronyms.get(text), c.kind());
    if (c.kind() == EntityKind.PERSON || persons.isFamilyName(text) && lex.seat(text) == null) {
      return c.resolved(persons.resolve(at(parsed, c), text, title(parsed, c)), c.kind());
    }
    EntityLexicon.Seat seat = lex.seat(text);
    if (seat != null && (seat.always() || isSpeakingSubject(parsed, c))) {
      EntityLexicon.Known country = lex.known(seat.country());
      return c.resolved(seat.country(), country != null ? country.kind() : EntityKind.LOCATION);
    }
    return c.resolved(text.replaceAll("\\s+", " "), c.kind());
  }

  /** A name left as written that shortens an organisation's name ("Acme" for "Acme Robotics Inc") takes it. */
  private Candidate shortened(Candidate c, OrgNames orgs) {
    if (c.role() != null || c.canonical() == null || !c.canonical().equals(c.text().replaceAll("\\s+", " "))
        || lex.known(c.text()) != null) {
      return c;
    }
    String full = orgs.resolve(c.text(), c.kind(), c.span().begin());
    return full == null ? c : c.resolved(full, c.kind());
  }

  /**
   * "The North" in an article that names one place called "North ..." (North Korea) is that place; with
   * none or several it stays as written.
   */
  private static Candidate compassShort(String text, Candidate c, List<Candidate> named) {
    if (!COMPASS.contains(c.text()) || c.span().begin() < 4
        || !text.substring(c.span().begin() - 4, c.span().begin()).equalsIgnoreCase("the ")) {
      return c;
    }
    java.util.Set<String> places = new java.util.HashSet<>();
    for (Candidate p : named) {
      if (p.kind() == EntityKind.LOCATION && p.canonical() != null && p.canonical().startsWith(c.text() + " ")) places.add(p.canonical());
    }
    return places.size() == 1 ? c.resolved(places.iterator().next(), EntityKind.LOCATION) : c;
  }

  private static PersonNames.At at(ParsedText parsed, Candidate c) {
    org.dossier.annotate.nlp.Sentence s = parsed.sentenceAt(c.span().begin());
    return new PersonNames.At(c.span().begin(), s == null ? -1 : s.index());
  }

  /** The title written right before a name, or as its first word ("President", "Mr."), lower case; else null. */
  private String title(ParsedText parsed, Candidate c) {
    Sentence s = parsed.sentenceAt(c.span().begin());
    if (s == null) return null;
    int b = s.tokenAtOrAfter(c.span().begin());
    Map<String, String> titles = lex.kindCues("title");
    for (int i : new int[] {b, b - 1}) {
      if (i < 0 || i >= s.tokens().size()) continue;
      String w = s.tokens().get(i).word().toLowerCase(java.util.Locale.ROOT).replace(".", "");
      if ("".equals(titles.get(w))) return w;
    }
    return null;
  }

  /** "Long Name (ACR)": the acronym stands for the long name's canonical form. */
  private Map<String, String> acronyms(String text, List<Candidate> candidates) {
    Map<String, String> out = new HashMap<>();
    for (Candidate c : candidates) {
      if (c.kind() == EntityKind.PERSON || c.source() == Candidate.Source.ROLE) continue;
      Matcher m = ACRONYM.matcher(text).region(c.span().end(), text.length());
      if (!m.lookingAt()) continue;
      EntityLexicon.Known k = lex.known(c.text());
      out.putIfAbsent(m.group(1), k != null ? k.canonical() : c.canonical() != null ? c.canonical() : c.text());
    }
    return out;
  }

  /** A role description right before or after a person's name ties the role to that person. */
  private static Map<String, String> bindRoles(String text, List<Candidate> named) {
    Map<String, String> roles = new HashMap<>();
    for (int i = 0; i < named.size(); i++) {
      Candidate c = named.get(i);
      if (c.role() == null) continue;
      for (int j : new int[] {i + 1, i - 1}) {
        if (j < 0 || j >= named.size()) continue;
        Candidate p = named.get(j);
        if (p.kind() != EntityKind.PERSON || p.role() != null) continue;
        int from = Math.min(c.span().end(), p.span().end());
        int to = Math.max(c.span().begin(), p.span().begin());
        if (from <= to && ROLE_GAP.matcher(text.substring(from, to)).matches()) {
          roles.putIfAbsent(c.role(), p.canonical());
          break;
        }
      }
    }
    for (Candidate c : named) {
      if (c.role() != null && !roles.containsKey(c.role())) {
        String p = titled(text, named, c);
        if (p != null) roles.put(c.role(), p);
      }
    }
    return roles;
  }

  /**
   * The person the article titles with the role's noun alone ("leader Kim ..." for "the North Korean
   * leader"): the nearest such before the description, else the first after it; null if none.
   */
  private static String titled(String text, List<Candidate> named, Candidate role) {
    String noun = role.role().substring(role.role().indexOf('|') + 1);
    String best = null;
    for (Candidate p : named) {
      if (p.kind() != EntityKind.PERSON || p.role() != null || p.canonical() == null) continue;
      int b = p.span().begin();
      String before = text.substring(Math.max(0, b - noun.length() - 1), b).toLowerCase(java.util.Locale.ROOT);
      if (!before.equals(noun + " ")) continue;
      if (b < role.span().begin()) best = p.canonical();
      else return best != null ? best : p.canonical();
    }
    return best;
  }

  /** The place is the subject of a verb of saying or deciding ("Pyongyang rejected the report"). */
  private boolean isSpeakingSubject(ParsedText parsed, Candidate c) {
    Sentence s = parsed.sentenceAt(c.span().begin());
    if (s == null) return false;
    int last = s.tokenAtOrAfter(c.span().end()) - 1;
    if (last < 0) return false;
    Dependency head = s.headOf(last);
    if (head != null) {
      return head.relation().startsWith("nsubj") && head.governor() >= 0
          && lex.metonymyVerbs.contains(s.tokens().get(head.governor()).lemma());
    }
    List<Token> tokens = s.tokens();
    return last + 1 < tokens.size() && lex.metonymyVerbs.contains(tokens.get(last + 1).lemma());
  }
}
