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
  /** Arcs inside a subject phrase that may name the organisation an unnamed speaker belongs to. */
  private static final Set<String> OWNER = Set.of("nmod", "compound", "amod");
  private static final Set<String> APPOSITION = Set.of("appos");
  private static final Set<String> MEDIA_ROLES = Lexicon.words(SyntaxSpeakers.class, "media-roles.txt");
  /** How many verbs up a participle or a conjoined verb may look for its subject. */
  private static final int MAX_CLIMB = 3;

  private static final boolean DEBUG = System.getenv("DOSSIER_DEBUG_ATTRIB") != null;
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
    this.antecedents = new Antecedents(mentions, parse, resolver, new Genders(text, mentions, quoted), outlet, quoted);
  }

  /** The speaker of the speech verb at {@code verb}; null when the parse says nothing about it. */
  Found speakerOf(Span verb) {
    Parse.Word v = parse.at(verb.begin());
    if (DEBUG && v != null) {
      StringBuilder b = new StringBuilder("verb " + verb.of(text) + "@" + v.index() + " " + v.pos() + " " + parse.relation(v) + ":");
      for (var d : v.sentence().dependencies()) {
        var ts = v.sentence().tokens();
        b.append(" ").append(d.relation()).append("(").append(d.governor() < 0 ? "ROOT" : ts.get(d.governor()).word() + "-" + d.governor())
            .append(",").append(ts.get(d.dependent()).word()).append("-").append(d.dependent()).append(")");
      }
      Parse.Word sub = subjectOf(v);
      b.append(" => subj ").append(sub == null ? null : sub.token().word()).append(" -> ").append(sub == null ? null : resolve(sub));
      System.err.println(b);
    }
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
    if (!head.pos().startsWith("NN")) return null;
    for (Parse.Word a : parse.children(head, APPOSITION)) { // "the company's chief, Jane Roe,"
      EntityMention p = named(a);
      if (p != null && p.kind() == EntityKind.PERSON) return new SpeakerResolver.Speaker(resolver.continued(p), where);
    }
    EntityMention owner = owner(head, 0);
    if (owner != null) return new SpeakerResolver.Speaker(owner.entity(), where);
    return antecedents.descriptor(head, where);
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

  /** An organisation or person named inside a phrase ("a spokesperson for Y", "Y's lawyer"), or null. */
  private EntityMention owner(Parse.Word head, int depth) {
    if (depth > 2) return null;
    for (Parse.Word c : parse.children(head, OWNER)) {
      EntityMention m = named(c);
      if (m != null && m.kind() != EntityKind.LOCATION && !m.span().contains(head.span())) return m;
    }
    for (Parse.Word c : parse.children(head, OWNER)) {
      EntityMention m = owner(c, depth + 1);
      if (m != null) return m;
    }
    return null;
  }

  /** "told Reuters", "told the paper's correspondent Ann Lee": the addressee relays; other addressees do not. */
  private List<String> relays(Parse.Word verb) {
    if (!verb.lemma().equals("tell")) return List.of();
    Parse.Word to = parse.child(verb, ADDRESSEE);
    if (to == null) return List.of();
    EntityMention m = named(to);
    List<String> out = new ArrayList<>();
    if (m != null && m.kind() == EntityKind.ORGANIZATION) {
      out.add(m.entity());
    } else if (m != null && m.kind() == EntityKind.PERSON) {
      boolean reporter = parse.children(to, Set.of("compound", "appos", "nmod")).stream()
          .anyMatch(c -> MEDIA_ROLES.contains(c.lower()));
      EntityMention outlet = owner(to, 0);
      if (!reporter && outlet == null) return List.of();
      out.add(m.entity());
      if (outlet != null && outlet.kind() == EntityKind.ORGANIZATION) out.add(outlet.entity());
    } else if (m == null && MEDIA_ROLES.contains(to.lower())) {
      EntityMention outlet = owner(to, 0);
      if (outlet != null && outlet.kind() == EntityKind.ORGANIZATION) out.add(outlet.entity());
    }
    return out;
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
