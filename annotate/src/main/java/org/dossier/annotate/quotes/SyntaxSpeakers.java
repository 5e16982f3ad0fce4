package org.dossier.annotate.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dossier.core.model.EntityKind;
import org.dossier.core.model.EntityMention;
import org.dossier.core.model.Span;

/**
 * Reads who speaks from a speech verb's dependency arcs: the verb's subject (wherever it stands: "X said",
 * "said X", "X, a spokeswoman for Y, said"), the subject of the verb it hangs on ("..., saying", "and
 * added"), the noun "according to" governs. The object and the addressee ("told Y") never speak; an
 * addressee that is a news organisation or a reporter relays the words. A subject phrase resolves to the
 * name it holds, else to an organisation it names ("a spokesperson for Y", "Y officials"), else through
 * {@link Antecedents} (pronouns and descriptors); a vague group ("officials") stays unnamed.
 */
final class SyntaxSpeakers {
  /** A speaker found in the parse and the relays the same verb names ("told Reuters"), nearest first. */
  record Found(SpeakerResolver.Speaker speaker, List<String> relays) {
    Found {
      relays = List.copyOf(relays);
    }
  }

  private static final Set<String> SUBJECT = Set.of("nsubj");
  /** Arcs from a verb without a subject of its own to the verb whose subject speaks for it. */
  private static final Set<String> SHARES_SUBJECT = Set.of("advcl", "xcomp", "conj");
  private static final Set<String> ADDRESSEE = Set.of("obj", "iobj");
  /** What the parser makes of an inverted subject after "said". */
  private static final Set<String> INVERTED = Set.of("obj", "dep", "nmod:tmod", "obl:tmod");
  /** Arcs inside a subject phrase that may name whom an unnamed speaker belongs to, the likeliest first. */
  private static final List<String> OWNER_RANK = List.of("nmod", "appos", "nmod:poss", "compound", "flat", "amod", "dep");
  /** For a thing that is no person or document ("the X program at the Y center"), the modifier names it. */
  private static final List<String> NAME_RANK = List.of("compound", "flat", "appos", "nmod:poss", "nmod", "amod", "dep");
  private static final Set<String> DOCUMENTS = Lexicon.words(SyntaxSpeakers.class, "document-nouns.txt");
  private static final Set<String> APPOSITION = Set.of("appos");
  private static final Set<String> MEDIA_ROLES = Lexicon.words(SyntaxSpeakers.class, "media-roles.txt");
  /** Nouns for people by their work: analyst, researcher, director, consultant, chairwoman. */
  private static final java.util.regex.Pattern PERSON_NOUN =
      java.util.regex.Pattern.compile("\\p{L}+(?:ist|ian|er|or|ant|ent|man|woman|person)s?");
  private static final java.util.regex.Pattern AGE = java.util.regex.Pattern.compile("\\d+\\s*-\\s*year\\s*-\\s*old$");
  /** How many verbs up a participle or a conjoined verb may look for its subject. */
  private static final int MAX_CLIMB = 3;

  private final String text;
  private final Mentions mentions;
  private final Parse parse;
  private final SpeakerResolver resolver;
  private final Antecedents antecedents;
  /** The quoted stretches: a subject the parser finds inside them is no speaker. */
  private final List<Span> quoted;

  SyntaxSpeakers(String text, Mentions mentions, Parse parse, SpeakerResolver resolver, String outlet,
      List<Span> quoted) {
    this.text = text;
    this.mentions = mentions;
    this.parse = parse;
    this.resolver = resolver;
    this.quoted = List.copyOf(quoted);
    this.antecedents = new Antecedents(mentions, parse, resolver, new Genders(text, mentions, quoted, parse), outlet, quoted);
  }

  /** The speaker of the speech verb at {@code verb}; null when the parse says nothing about it. */
  Found speakerOf(Span verb) {
    Parse.Word v = parse.at(verb.begin());
    if (v == null || !v.pos().startsWith("VB") || parse.relation(v).equals("acl")) return null; // acl: a misparse
    Parse.Word subject = subjectOf(v);
    if (subject == null) return null;
    SpeakerResolver.Speaker s = resolve(subject);
    return s == null ? null : new Found(s, relays(v));
  }

  /** The source a word such as "according" or "citing" at {@code cue} introduces; null when unknown. */
  Found sourceAfter(Span cue) {
    Parse.Word w = parse.at(cue.begin());
    if (w == null) return null;
    Parse.Word source = w.lower().equals("according") ? parse.head(w) : parse.child(w, ADDRESSEE);
    if (source == null || source.span().begin() < cue.end()) return null;
    SpeakerResolver.Speaker s = resolve(source);
    return s == null ? null : new Found(s, List.of());
  }

  /** The subject of a verb, or of the verb it shares its subject with; null if none. */
  Parse.Word subjectOf(Parse.Word verb) {
    Parse.Word v = verb;
    for (int i = 0; v != null && i <= MAX_CLIMB; i++) {
      Parse.Word s = nearestUnquoted(v, parse.children(v, SUBJECT));
      if (s != null) return s;
      if (i == 0 && v.lemma().equals("say")) { // "..., said chief executive X": the parser takes X for an object
        Parse.Word o = parse.child(v, INVERTED);
        if (o != null && o.index() > v.index() && o.pos().startsWith("NN")) return o;
      }
      String r = parse.relation(v);
      int colon = r.indexOf(':');
      if (!SHARES_SUBJECT.contains(colon > 0 ? r.substring(0, colon) : r)) return null;
      v = parse.head(v);
    }
    return null;
  }

  /** Of a verb's subjects, the nearest one outside quotation marks (quoted words may misparse as one). */
  private Parse.Word nearestUnquoted(Parse.Word verb, List<Parse.Word> candidates) {
    Parse.Word best = null;
    for (Parse.Word c : candidates) {
      if (quoted.stream().anyMatch(q -> q.contains(c.span()))) continue;
      if (best == null || Math.abs(c.index() - verb.index()) < Math.abs(best.index() - verb.index())) best = c;
    }
    return best;
  }

  /** The speaker a subject phrase headed by {@code head} names; null when it is no speaker at all. */
  SpeakerResolver.Speaker resolve(Parse.Word subject) {
    Span where = extent(subject);
    Parse.Word head = lastConjunct(subject);
    EntityMention m = named(head);
    if (m != null) return new SpeakerResolver.Speaker(resolver.continued(m), where);
    if (head.pos().startsWith("PRP")) return antecedents.pronoun(head, where);
    if (AGE.matcher(where.of(text)).find()) return antecedents.aged(head, where); // "the 52-year-old said"
    if (!head.pos().startsWith("NN")) return null;
    if (head.token().ner().equals("PERSON")) return new SpeakerResolver.Speaker(personName(head), where);
    EntityMention apposed = null; // "the company's chief, Jane Roe,", "the state news agency TASS"
    for (Parse.Word a : parse.children(head, APPOSITION)) {
      EntityMention p = named(a);
      if (p != null && (apposed == null || p.kind() == EntityKind.PERSON)) apposed = p;
    }
    if (apposed != null) {
      return new SpeakerResolver.Speaker(apposed.kind() == EntityKind.PERSON ? resolver.continued(apposed)
          : apposed.entity(), where);
    }
    EntityMention owner = owner(head, 0);
    if (owner != null) return new SpeakerResolver.Speaker(owner.entity(), where);
    String country = antecedents.nationOf(head); // "the Jordanian government"
    if (country != null) return new SpeakerResolver.Speaker(country, where);
    return antecedents.descriptor(head, where);
  }

  /** A name the tagger marks as a person though no mention covers it: its run of person-tagged words. */
  private String personName(Parse.Word head) {
    var tokens = head.sentence().tokens();
    int b = head.index();
    int e = head.index();
    while (b > 0 && tokens.get(b - 1).ner().equals("PERSON")) b--;
    while (e + 1 < tokens.size() && tokens.get(e + 1).ner().equals("PERSON")) e++;
    return text.substring(tokens.get(b).span().begin(), tokens.get(e).span().end());
  }

  /** "X and Y said": the conjunct nearest the verb, the one a reader takes up (when it is named). */
  private Parse.Word lastConjunct(Parse.Word head) {
    List<Parse.Word> conj = parse.children(head, Set.of("conj"));
    if (conj.isEmpty() || named(head) == null) return head;
    Parse.Word last = conj.get(conj.size() - 1);
    return named(last) != null ? last : head;
  }

  /** The person, organisation, place or other named body whose mention covers a word, or null. */
  private EntityMention named(Parse.Word w) {
    EntityMention m = mentions.covering(w.span().begin());
    return m == null || m.kind() == EntityKind.EQUIPMENT ? null : m;
  }

  /**
   * Who a phrase names as the speaker's own: a person it names ("NASA's chief Jim Lee"), else the
   * organisation after a preposition ("a spokesperson for Y"), a possessor ("Y's lawyer"), a modifier ("Y
   * officials"), in that order; null if none. Places never own a speaker here.
   */
  private EntityMention owner(Parse.Word head, int depth) {
    EntityMention best = null;
    int bestRank = Integer.MAX_VALUE;
    List<String> order = SpeakerResolver.descriptorKind(head.lemma()) != null || DOCUMENTS.contains(head.lemma())
        || SpeakerResolver.descriptorKind(head.lower()) != null || MEDIA_ROLES.contains(head.lower())
        || PERSON_NOUN.matcher(head.lower()).matches() ? OWNER_RANK : NAME_RANK;
    for (var d : head.sentence().dependentsOf(head.index())) {
      int rank = order.indexOf(d.relation());
      if (rank < 0) continue;
      Parse.Word c = parse.word(head, d.dependent());
      EntityMention m = named(c);
      if (m == null && depth < 2) m = owner(c, depth + 1);
      if (m == null || m.kind() == EntityKind.LOCATION || m.span().contains(head.span())) continue;
      if (m.kind() == EntityKind.PERSON && !d.relation().equals("nmod:poss")) rank = -1;
      if (rank < bestRank) {
        best = m;
        bestRank = rank;
      }
    }
    return best;
  }

  /**
   * "told Reuters", "told the paper's correspondent Ann Lee", "told police": an addressee that is an
   * organisation or a reporter relays the words; any other addressee does not.
   */
  private List<String> relays(Parse.Word verb) {
    if (!verb.lemma().equals("tell")) return List.of();
    Parse.Word to = parse.child(verb, ADDRESSEE);
    if (to == null || quoted.stream().anyMatch(q -> q.contains(to.span()))) return List.of();
    EntityMention m = named(to);
    if (m != null && m.kind() != EntityKind.PERSON && m.kind() != EntityKind.LOCATION) return List.of(m.entity());
    EntityMention outlet = owner(to, 0);
    boolean media = outlet != null && outlet.kind() != EntityKind.PERSON;
    if (m != null && m.kind() == EntityKind.PERSON) {
      boolean reporter = parse.children(to, Set.of("compound", "appos", "nmod")).stream()
          .anyMatch(c -> MEDIA_ROLES.contains(c.lower()));
      if (!reporter) return List.of();
      return media ? List.of(m.entity(), outlet.entity()) : List.of(m.entity());
    }
    if (m == null && media && MEDIA_ROLES.contains(to.lower())) return List.of(outlet.entity());
    if (m == null && to.pos().startsWith("NN")) { // "told police": the police force named before
      SpeakerResolver.Speaker body = antecedents.body(to);
      if (body != null && body.name() != null) return List.of(body.name());
    }
    return List.of();
  }

  private boolean inClause(Parse.Word w, Parse.Word head) {
    Parse.Word x = w;
    for (int steps = 0; x != null && x.index() != head.index() && steps < 64; steps++) {
      if (parse.relation(x).startsWith("acl")) return true;
      x = parse.head(x);
    }
    return false;
  }

  /**
   * The characters a phrase covers: its head and everything under it in the sentence but clauses ("X, who
   * speaks for Y, in a statement carried by Z": the relay stays outside the speaker).
   */
  Span extent(Parse.Word head) {
    int begin = head.span().begin();
    int end = head.span().end();
    for (var t : head.sentence().tokens()) {
      Parse.Word w = parse.word(head, t.index());
      if ((t.span().begin() < begin || t.span().end() > end) && parse.under(w, head) && !inClause(w, head)) {
        begin = Math.min(begin, t.span().begin());
        end = Math.max(end, t.span().end());
      }
    }
    return new Span(begin, end);
  }
}
