package org.dossier.annotate.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dossier.core.model.EntityKind;
import org.dossier.core.model.EntityMention;
import org.dossier.core.model.Span;

/**
 * Finds the attribution cues of one sentence, ignoring words inside quotation marks: speech verbs with
 * their speaker, "according to X", "Y quoted X as saying", "X was quoted as saying", "citing Z", and
 * "X told Y" where Y is an organisation relaying the words.
 */
final class CueFinder {
  private static final Map<String, String> VERBS = Lexicon.table(CueFinder.class, "speech-verbs.txt");
  private static final java.util.Set<String> RELAYS = Lexicon.words(CueFinder.class, "relay-phrases.txt");
  private static final java.util.Set<String> STATEMENT_NOUNS = Lexicon.words(CueFinder.class, "statement-nouns.txt");
  /** How many tokens after "according to", "citing" or "quoted" the named source may start. */
  private static final int LOOKAHEAD_TOKENS = 10;
  /** Punctuation that ends the phrase naming a source. */
  private static final java.util.Set<String> CLAUSE_MARKS = java.util.Set.of(",", ";", ":");

  private final String text;
  private final Mentions mentions;
  private final SpeakerResolver speakers;
  /** The speakers the dependency parse gives, or null when the article was not parsed. */
  private final SyntaxSpeakers syntax;

  CueFinder(String text, Mentions mentions, SpeakerResolver speakers, SyntaxSpeakers syntax) {
    this.text = text;
    this.mentions = mentions;
    this.speakers = speakers;
    this.syntax = syntax;
  }

  List<Cue> find(Span sentence, List<Span> quotes) {
    List<TextToken> toks = new ArrayList<>();
    for (TextToken t : TextToken.of(text, sentence.begin(), sentence.end())) {
      if (quotes.stream().noneMatch(q -> q.begin() - 1 <= t.begin() && t.end() <= q.end() + 1)) toks.add(t);
    }
    List<Cue> cues = new ArrayList<>();
    int segment = sentence.begin();
    for (int i = 0; i < toks.size(); i++) {
      TextToken t = toks.get(i);
      if (!cues.isEmpty() && t.begin() < cues.get(cues.size() - 1).span().end()) continue; // inside the last cue
      segment = Math.max(segment, quoteEndBefore(quotes, t.begin()));
      Cue cue = cueAt(toks, i, segment, sentence, cues);
      if (cue != null) {
        cues.add(cue);
        segment = cue.span().end();
      }
    }
    return cues;
  }

  private Cue cueAt(List<TextToken> toks, int i, int segment, Span sentence, List<Cue> earlier) {
    String w = toks.get(i).lower();
    if (w.equals("according") && i + 1 < toks.size() && toks.get(i + 1).lower().equals("to")) {
      return named(Cue.Kind.ACCORDING, toks, i, i + 2, sentence);
    }
    if (w.equals("citing")) return named(Cue.Kind.CITING, toks, i, i + 1, sentence);
    if (i + 1 < toks.size() && RELAYS.contains(w + " " + toks.get(i + 1).lower())) {
      return named(Cue.Kind.SAY, toks, i, i + 2, sentence);
    }
    if (w.equals("quoted")) return quoted(toks, i, segment, sentence);
    String strength = VERBS.get(w);
    SyntaxSpeakers.Found parsed = strength == null || syntax == null ? null : syntax.speakerOf(toks.get(i).span());
    if (parsed != null && !strength.equals("statement")) return parsedCue(toks.get(i).span(), strength, parsed);
    if (strength != null && strength.startsWith("participle")) {
      Span verb = toks.get(i).span();
      EntityMention subject = mentions.lastBefore(verb.begin(),
          x -> x.span().begin() >= segment && text.substring(x.span().end(), verb.begin()).isBlank());
      if (subject != null) { // "..., with X vowing to ...": X speaks
        return new Cue(Cue.Kind.SAY, strength, cover(verb, subject.span()), verb, listOf(subject.entity()),
            subject.span().begin());
      }
      if (!earlier.isEmpty()) {
        Cue main = earlier.get(earlier.size() - 1); // "X stressed ..., promising 'y'": X speaks on
        return new Cue(Cue.Kind.SAY, strength, verb, verb, main.chain().subList(0, 1), -1);
      }
    }
    return strength == null ? null : speech(toks, i, strength, segment, sentence);
  }

  /** A cue whose speaker and relays the parse gave. */
  private static Cue parsedCue(Span verb, String strength, SyntaxSpeakers.Found f) {
    List<String> chain = listOf(f.speaker().name());
    chain.addAll(f.relays());
    Span who = f.speaker().span();
    int subjectBegin = who.begin() < verb.begin() ? who.begin() : -1;
    return new Cue(Cue.Kind.SAY, strength, cover(verb, who), verb, chain, subjectBegin);
  }

  private Cue named(Cue.Kind kind, List<TextToken> toks, int i, int after, Span sentence) {
    if (syntax != null && kind != Cue.Kind.SAY) {
      SyntaxSpeakers.Found f = syntax.sourceAfter(toks.get(i).span());
      if (f != null) {
        Span verb = new Span(toks.get(i).begin(), toks.get(after - 1).end());
        return new Cue(kind, "core", cover(verb, f.speaker().span()), verb, listOf(f.speaker().name()), -1);
      }
    }
    int last = Math.min(toks.size() - 1, after + LOOKAHEAD_TOKENS);
    for (int k = after; k <= last; k++) {
      if (CLAUSE_MARKS.contains(toks.get(k).text())) last = k - 1; // "according to the agency, X would ...": X is not the source
    }
    if (after > last) return null;
    int limit = toks.get(last).end();
    SpeakerResolver.Speaker s = speakers.firstWithin(toks.get(after).begin(), limit);
    if (s == null) return null;
    Span verb = new Span(toks.get(i).begin(), toks.get(after - 1).end());
    return new Cue(kind, "core", cover(verb, s.span()), verb, listOf(s.name()), -1);
  }

  private Cue quoted(List<TextToken> toks, int i, int segment, Span sentence) {
    int as = -1;
    for (int k = i + 1; k < Math.min(toks.size() - 1, i + LOOKAHEAD_TOKENS); k++) {
      if (toks.get(k).lower().equals("as") && toks.get(k + 1).lower().matches("saying|telling|stating")) as = k;
    }
    if (as < 0) return null;
    Span verb = new Span(toks.get(i).begin(), toks.get(as + 1).end());
    boolean passive = i > 0 && toks.get(i - 1).lower().matches("was|were|is|been");
    int verbStart = toks.get(passive ? i - 1 : i).begin();
    SpeakerResolver.Speaker subject = speakers.before(segment, verbStart);
    EntityMention between = mentions.firstAfter(toks.get(i).end(), m -> true);
    String inner = between != null && between.span().end() <= toks.get(as).begin() ? between.entity() : null;
    List<String> chain = new ArrayList<>();
    if (passive) {
      chain.add(subject == null ? null : subject.name());
      if (inner != null) chain.add(inner);
      String by = agentAfter(toks, as + 2); // "was quoted as saying by the agency X"
      if (by != null) chain.add(by);
    } else {
      chain.add(inner);
      if (subject != null) chain.add(subject.name());
    }
    int begin = subject == null ? verbStart : subject.span().begin();
    return new Cue(Cue.Kind.QUOTED_AS, "core", new Span(Math.min(begin, verb.begin()), verb.end()), verb, chain,
        subject == null ? -1 : subject.span().begin());
  }

  /** The organisation named after a "by" at token {@code k} ("... by the state news agency X"), or null. */
  private String agentAfter(List<TextToken> toks, int k) {
    if (k >= toks.size() || !toks.get(k).lower().equals("by")) return null;
    int limit = toks.get(Math.min(toks.size() - 1, k + LOOKAHEAD_TOKENS)).end();
    EntityMention m = mentions.firstAfter(toks.get(k).end(), x -> x.kind() == EntityKind.ORGANIZATION);
    return m == null || m.span().end() > limit || text.substring(toks.get(k).end(), m.span().begin()).contains(",")
        ? null : m.entity();
  }

  private Cue speech(List<TextToken> toks, int i, String strength, int segment, Span sentence) {
    TextToken verb = toks.get(i);
    SpeakerResolver.Speaker s;
    if (strength.startsWith("participle")) {
      s = firstMention(sentence.begin(), verb.begin(), sentence.begin());
    } else if (strength.equals("statement")) {
      int noun = -1;
      for (int k = i - 1; k >= 0 && toks.get(k).begin() >= segment && noun < 0; k--) {
        if (STATEMENT_NOUNS.contains(toks.get(k).lower())) noun = toks.get(k).end();
      }
      s = noun < 0 ? null : firstMention(noun, verb.begin(), segment);
    } else {
      s = speakers.before(segment, verb.begin());
      if (s == null) s = speakers.after(verb.end(), sentence.end());
    }
    if (s == null) return null;
    List<String> chain = listOf(s.name());
    if (verb.lower().startsWith("told") || verb.lower().startsWith("tell")) {
      EntityMention object = mentions.firstAfter(verb.end(), m -> true);
      if (object != null && object.kind() == EntityKind.ORGANIZATION && text.substring(verb.end(), object.span().begin()).isBlank()) {
        chain.add(object.entity());
      }
    }
    int subjectBegin = s.span().begin() < verb.begin() ? s.span().begin() : -1;
    return new Cue(Cue.Kind.SAY, strength, cover(verb.span(), s.span()), verb.span(), chain, subjectBegin);
  }

  /** The first person, organisation or place named in {@code [from, to)}, as a speaker reaching back to {@code start}. */
  private SpeakerResolver.Speaker firstMention(int from, int to, int start) {
    EntityMention m = mentions.firstAfter(from, x -> x.kind() != EntityKind.OTHER && x.kind() != EntityKind.EQUIPMENT);
    if (m == null || m.span().end() > to) return null;
    return new SpeakerResolver.Speaker(m.entity(), new Span(start, m.span().end()));
  }

  private static int quoteEndBefore(List<Span> quotes, int pos) {
    int end = -1;
    for (Span q : quotes) if (q.end() < pos) end = Math.max(end, q.end() + 1);
    return end;
  }

  private static Span cover(Span a, Span b) {
    return new Span(Math.min(a.begin(), b.begin()), Math.max(a.end(), b.end()));
  }

  private static List<String> listOf(String name) {
    List<String> l = new ArrayList<>();
    l.add(name);
    return l;
  }
}
