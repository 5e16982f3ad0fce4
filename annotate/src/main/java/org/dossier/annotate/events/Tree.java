package org.dossier.annotate.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dossier.annotate.nlp.Dependency;
import org.dossier.annotate.nlp.Sentence;
import org.dossier.annotate.nlp.Token;

/** One sentence's dependency tree (UD relations) with the look-ups the event rules need. */
final class Tree {
  /** Relations that open a clause of its own: a date or a hedge in one does not reach another. */
  private static final Set<String> CLAUSES = Set.of("root", "ccomp", "xcomp", "advcl", "acl", "acl:relcl",
      "parataxis", "csubj", "csubj:pass", "conj", "dep");
  /** How far a walk up the tree goes: parses are trees, this only bounds a malformed one. */
  private static final int MAX_CLIMB = 40;

  private final Sentence sentence;
  private final String text;
  private final Dependency[] heads;
  private final List<List<Dependency>> children;

  /** The tree of a sentence of {@code text} (null when the words themselves are not needed). */
  Tree(Sentence sentence, String text) {
    this.sentence = sentence;
    this.text = text;
    int n = sentence.tokens().size();
    this.heads = new Dependency[n];
    this.children = new ArrayList<>(n);
    for (int i = 0; i < n; i++) children.add(new ArrayList<>());
    for (Dependency d : sentence.dependencies()) {
      if (d.dependent() < 0 || d.dependent() >= n) continue;
      heads[d.dependent()] = d;
      if (d.governor() >= 0 && d.governor() < n) children.get(d.governor()).add(d);
    }
  }

  Sentence sentence() {
    return sentence;
  }

  /** The text the sentence's spans point into, or null. */
  String text() {
    return text;
  }

  int size() {
    return heads.length;
  }

  Token token(int i) {
    return sentence.tokens().get(i);
  }

  String lemma(int i) {
    return token(i).lemma().toLowerCase(Locale.ROOT);
  }

  /** The relation that attaches the token to its head ("" when none). */
  String rel(int i) {
    return heads[i] == null ? "" : heads[i].relation();
  }

  /** The token's head, or -1 for the root (or no parse). */
  int governor(int i) {
    return heads[i] == null ? -1 : heads[i].governor();
  }

  /** The dependents of a token by relation: "nmod" matches "nmod" and its subtypes ("nmod:poss"). */
  List<Integer> children(int i, String relation) {
    List<Integer> out = new ArrayList<>();
    for (Dependency d : children.get(i)) {
      if (d.relation().equals(relation) || d.relation().startsWith(relation + ":")) out.add(d.dependent());
    }
    return out;
  }

  List<Dependency> children(int i) {
    return children.get(i);
  }

  /** The first dependent by that relation (exactly), or -1. */
  int child(int i, String relation) {
    for (Dependency d : children.get(i)) if (d.relation().equals(relation)) return d.dependent();
    return -1;
  }

  /** The preposition a nominal hangs on ("in" for "in Paris"), lower-cased, or "". */
  String caseOf(int i) {
    int c = child(i, "case");
    return c < 0 ? "" : lemma(c);
  }

  boolean isVerb(int i) {
    return token(i).pos().startsWith("VB");
  }

  boolean isNoun(int i) {
    return token(i).pos().startsWith("NN");
  }

  /** Passive voice, also a past participle modifying a noun ("Assange, accused of rape by ..."). */
  boolean isPassive(int i) {
    return child(i, "aux:pass") >= 0 || child(i, "nsubj:pass") >= 0
        || rel(i).equals("acl") && token(i).pos().equals("VBN");
  }

  /** The head of the clause a token belongs to: the first token up the tree that opens a clause. */
  int clauseOf(int i) {
    int at = i;
    for (int step = 0; step < MAX_CLIMB && at >= 0; step++) {
      String r = rel(at);
      if (CLAUSES.contains(r) && (!r.equals("conj") || isVerb(at)) || governor(at) < 0) return at;
      at = governor(at);
    }
    return at;
  }

  /** The tokens of a subtree (bounded: a malformed parse cannot loop). */
  List<Integer> subtree(int i) {
    List<Integer> out = new ArrayList<>();
    boolean[] seen = new boolean[heads.length];
    List<Integer> todo = new ArrayList<>(List.of(i));
    while (!todo.isEmpty()) {
      int at = todo.remove(todo.size() - 1);
      if (seen[at]) continue;
      seen[at] = true;
      out.add(at);
      for (Dependency d : children.get(at)) todo.add(d.dependent());
    }
    return out;
  }
}
