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
 * Gives every candidate of one article its canonical name: lexicon names as listed, acronyms defined in
 * the text ("Korean Central News Agency (KCNA)"), short person names to the full name, role
 * descriptions to the person the article gives that role, and capitals standing for their government
 * ("Pyongyang said") to the country. Role descriptions the article ties to nobody are dropped.
 */
final class EntityResolver {
  private static final Pattern ACRONYM = Pattern.compile("\\s*\\((\\p{Lu}[\\p{Lu}&.-]{1,9})\\)");
  /** How far a role description may stand from the name it introduces (", the ... leader, Kim"). */
  private static final Pattern ROLE_GAP = Pattern.compile("\\s*,?\\s*");

  private final EntityLexicon lex;

  EntityResolver(EntityLexicon lex) {
    this.lex = lex;
  }

  List<EntityMention> resolve(ParsedText parsed, List<Candidate> candidates) {
    Map<String, String> acronyms = acronyms(parsed.text(), candidates);
    PersonNames persons = new PersonNames();
    for (Candidate c : candidates) {
      if (c.kind() == EntityKind.PERSON && c.source() == Candidate.Source.NER) persons.add(c.span().begin(), c.text());
    }
    List<Candidate> named = new ArrayList<>(candidates.size());
    for (Candidate c : candidates) named.add(name(parsed, c, acronyms, persons));
    Map<String, String> roles = bindRoles(parsed.text(), named);
    List<EntityMention> out = new ArrayList<>();
    for (Candidate c : named) {
      String name = c.role() != null ? roles.get(c.role()) : c.canonical();
      if (name != null && !name.isBlank()) out.add(new EntityMention(c.span(), c.text(), name, c.kind()));
    }
    return out;
  }

  private Candidate name(ParsedText parsed, Candidate c, Map<String, String> acronyms, PersonNames persons) {
    if (c.source() == Candidate.Source.ROLE || c.canonical() != null) return c;
    String text = c.text();
    EntityLexicon.Known known = lex.known(text);
    if (known != null) return c.resolved(known.canonical(), known.kind());
    if (acronyms.containsKey(text)) return c.resolved(acronyms.get(text), c.kind());
    if (c.kind() == EntityKind.PERSON) return c.resolved(persons.resolve(c.span().begin(), text), c.kind());
    EntityLexicon.Seat seat = lex.seat(text);
    if (seat != null && (seat.always() || isSpeakingSubject(parsed, c))) {
      EntityLexicon.Known country = lex.known(seat.country());
      return c.resolved(seat.country(), country != null ? country.kind() : EntityKind.LOCATION);
    }
    return c.resolved(text.replaceAll("\\s+", " "), c.kind());
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
