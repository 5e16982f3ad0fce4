package org.dossier.annotate.time;

import java.util.List;
import java.util.Set;
import org.dossier.annotate.nlp.Dependency;
import org.dossier.annotate.nlp.Sentence;
import org.dossier.annotate.nlp.Token;

/**
 * The tense of the clause a time expression sits in, from the verb that governs it (dependency parse)
 * or, without a parse, the first finite verb of the sentence: past, future or unknown.
 */
enum Tense {
  PAST, FUTURE, UNKNOWN;

  private static final Set<String> FUTURE_AUX = Set.of("will", "'ll", "shall", "wo", "going");
  private static final int MAX_HOPS = 8;

  static Tense of(Sentence s, int token) {
    int verb = governingVerb(s, token);
    return verb >= 0 ? ofVerb(s, verb) : ofSentence(s.tokens());
  }

  private static int governingVerb(Sentence s, int token) {
    if (s.dependencies().isEmpty()) return -1;
    int at = token;
    for (int hops = 0; hops < MAX_HOPS && at >= 0; hops++) {
      if (s.tokens().get(at).pos().startsWith("VB")) return at;
      Dependency head = s.headOf(at);
      if (head == null) return -1;
      at = head.governor();
    }
    return -1;
  }

  /** Auxiliaries decide ("will", infinitive "to" look ahead; "was", "has" look back); a bare past form is past. */
  private static Tense ofVerb(Sentence s, int verb) {
    boolean hasAux = false;
    for (Dependency d : s.dependentsOf(verb)) {
      Token aux = s.tokens().get(d.dependent());
      if (d.relation().equals("mark") && aux.pos().equals("TO")) return FUTURE;
      if (!d.relation().startsWith("aux")) continue;
      hasAux = true;
      String w = aux.word().toLowerCase(java.util.Locale.ROOT);
      if (FUTURE_AUX.contains(w) || aux.pos().equals("TO")) return FUTURE;
      if (aux.pos().equals("VBD") || aux.lemma().equals("have")) return PAST;
    }
    String pos = s.tokens().get(verb).pos();
    return pos.equals("VBD") || (pos.equals("VBN") && !hasAux) ? PAST : UNKNOWN;
  }

  private static Tense ofSentence(List<Token> tokens) {
    for (Token t : tokens) {
      String w = t.word().toLowerCase(java.util.Locale.ROOT);
      if (t.pos().equals("MD") && FUTURE_AUX.contains(w)) return FUTURE;
      if (t.pos().equals("VBD")) return PAST;
    }
    return UNKNOWN;
  }
}
