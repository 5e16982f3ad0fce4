package org.dossier.annotate.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.annotate.nlp.Token;
import org.dossier.annotate.quotes.Mentions;
import org.dossier.core.model.EntityKind;
import org.dossier.core.model.EntityMention;
import org.dossier.core.model.EventKind;

/**
 * Who took part in a happening, read off the dependency tree around its trigger: the agent (the subject;
 * "by" in the passive; a possessor or a name before a noun) first, then the patient (the object, the
 * passive subject, "with"/"against" names; "of" names of a noun). Only people, organisations, equipment
 * and, as a whole argument, places standing for their state ("Spain beat Russia"): a place that only
 * modifies an argument ("a New York man", "prosecutors in Sweden") is a home, not an actor.
 */
final class Arguments {
  /** Relations inside an argument that still name the same participants ("Kim and Putin", "Spain's"). */
  private static final Set<String> SAME = Set.of("compound", "flat", "appos", "conj", "nmod:poss", "amod");
  /** Prepositions that make a modifying place a home or a place, never a participant. */
  private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "from", "outside", "inside", "across");
  /** Prepositions of a phrase inside an argument that name another party to the happening. */
  private static final Set<String> PARTNER_CASES = Set.of("with", "against", "between");
  /** Obliques of a verb whose names are its patients. */
  private static final Set<String> PATIENT_CASES = Set.of("with", "against", "into");
  /** ... and for sending and speaking also the receiver. */
  private static final Set<String> RECEIVER_CASES = Set.of("to");
  /** "of", "by" and company names of a noun trigger ("invasion of Ukraine", "talks between A and B"). */
  private static final Set<String> NOUN_CASES = Set.of("of", "by", "with", "between", "against", "on", "into", "to");
  /** How deep into an argument's modifiers names are looked for. */
  private static final int DEPTH = 4;
  private static final Set<String> RELATIVE = Set.of("who", "that", "which", "whom");
  /** Verbs that only carry the happening their object names ("held talks", "carried out an attack"). */
  private static final Set<String> LIGHT = Set.of("hold", "conduct", "carry", "make", "stage", "begin", "start",
      "complete", "pay", "mount", "undertake", "attend", "resume", "continue", "wrap", "have", "give", "deliver",
      "suffer", "sustain", "take", "see", "witness", "oversee", "observe");
  private static final Set<String> PRONOUNS = Set.of("he", "she", "it", "they");

  private Arguments() {}

  /**
   * The actors of a trigger, agent first, each once; empty when none is named. A subject pronoun ("it sent
   * troops") stands for the subject of the clause that reports it ("North Korea confirmed that it ..."),
   * else for {@code previous}, the subject of the sentence before.
   */
  static List<EntityMention> actors(Tree tree, int trigger, EventKind kind, Mentions mentions,
      EntityMention previous) {
    Map<String, EntityMention> out = new LinkedHashMap<>();
    for (int a : agents(tree, trigger)) {
      if (PRONOUNS.contains(tree.lemma(a)) && tree.token(a).pos().equals("PRP")) {
        EntityMention m = antecedent(tree, a, mentions, previous);
        if (m != null) out.putIfAbsent(m.entity(), m);
      } else {
        collect(tree, a, mentions, out, 0);
      }
    }
    for (int p : patients(tree, trigger, kind)) collect(tree, p, mentions, out, 0);
    return List.copyOf(out.values());
  }

  /** The actors named as patients only. */
  static List<EntityMention> patientsOnly(Tree tree, int trigger, EventKind kind, Mentions mentions) {
    Map<String, EntityMention> out = new LinkedHashMap<>();
    for (int p : patients(tree, trigger, kind)) collect(tree, p, mentions, out, 0);
    return List.copyOf(out.values());
  }

  /** The named subject of the sentence's main clause, which a later "he" or "it" most likely means. */
  static EntityMention subject(Tree tree, Mentions mentions) {
    for (int i = 0; i < tree.size(); i++) {
      if (!tree.rel(i).equals("root")) continue;
      Map<String, EntityMention> out = new LinkedHashMap<>();
      for (int s : tree.children(i, "nsubj")) collect(tree, s, mentions, out, 0);
      return out.isEmpty() ? null : out.values().iterator().next();
    }
    return null;
  }

  /** The subject of a governing clause ("X confirmed that it sent"), else the previous sentence's. */
  private static EntityMention antecedent(Tree tree, int pronoun, Mentions mentions, EntityMention previous) {
    int clause = tree.clauseOf(pronoun);
    for (int step = 0; step < 3; step++) {
      int g = tree.governor(clause);
      if (g < 0) break;
      clause = tree.clauseOf(g);
      Map<String, EntityMention> out = new LinkedHashMap<>();
      for (int s : tree.children(clause, "nsubj")) collect(tree, s, mentions, out, 0);
      if (!out.isEmpty()) return out.values().iterator().next();
    }
    return previous;
  }

  /** The heads of the agent phrases. */
  static List<Integer> agents(Tree tree, int t) {
    if (!tree.isVerb(t)) return nounAgents(tree, t);
    List<Integer> out = new ArrayList<>();
    if (tree.isPassive(t)) {
      for (int o : tree.children(t, "obl")) if (tree.caseOf(o).equals("by")) out.add(o);
      return out;
    }
    for (int s : tree.children(t, "nsubj")) {
      out.add(RELATIVE.contains(tree.lemma(s)) && tree.rel(t).startsWith("acl") ? tree.governor(t) : s);
    }
    String r = tree.rel(t);
    int g = tree.governor(t);
    if (out.isEmpty() && g >= 0 && r.equals("xcomp") && tree.isPassive(g)) return tree.children(g, "nsubj:pass");
    boolean catenative = r.equals("obj") && tree.token(t).pos().equals("VBG"); // "began building"
    boolean participle = (r.equals("advcl") || r.equals("dep")) && tree.token(t).pos().equals("VBG"); // "X won, beating Y"
    if (out.isEmpty() && g >= 0 && (r.equals("conj") || r.equals("xcomp") || catenative || participle) && tree.isVerb(g)) {
      return agents(tree, g);
    }
    if (out.isEmpty() && g >= 0 && r.equals("acl") && !tree.isPassive(t)) out.add(g);
    if (out.isEmpty() && t > 0) out.addAll(nameBefore(tree, t));
    return out;
  }

  /**
   * A name right before a verb the parse left without a subject ("..., Shoigu said on Tuesday"): in news
   * English the name before the verb is its subject.
   */
  private static List<Integer> nameBefore(Tree tree, int t) {
    int k = t - 1;
    if (k > 0 && tree.token(k).pos().equals("RB")) k--;
    return k >= 0 && tree.token(k).pos().startsWith("NNP") ? List.of(k) : List.of();
  }

  /**
   * A noun's agents: its possessor ("its" is the subject of the verb it hangs on), names before it, "by"
   * names, or the subject of a light verb it is the object of ("held talks", "made a visit").
   */
  private static List<Integer> nounAgents(Tree tree, int t) {
    List<Integer> out = new ArrayList<>();
    int g = tree.governor(t);
    String r = tree.rel(t);
    boolean light = g >= 0 && (r.equals("obj") || r.equals("nsubj:pass")) && tree.isVerb(g) && LIGHT.contains(tree.lemma(g));
    for (int p : tree.children(t, "nmod:poss")) {
      if (!tree.token(p).pos().equals("PRP$")) out.add(p);
      else if (light) out.addAll(agents(tree, g));
    }
    for (int c : tree.children(t, "compound")) out.add(c);
    for (int c : tree.children(t, "amod")) out.add(c);
    for (int n : tree.children(t, "nmod")) if (tree.caseOf(n).equals("by")) out.add(n);
    if (out.isEmpty() && light) out.addAll(agents(tree, g));
    return out;
  }

  /** The heads of the patient phrases. */
  static List<Integer> patients(Tree tree, int t, EventKind kind) {
    List<Integer> out = new ArrayList<>();
    if (!tree.isVerb(t)) {
      for (int n : tree.children(t, "nmod")) if (NOUN_CASES.contains(tree.caseOf(n)) && !tree.caseOf(n).equals("by")) out.add(n);
      return out;
    }
    if (tree.isPassive(t)) out.addAll(tree.children(t, "nsubj:pass"));
    if (tree.isPassive(t) && tree.rel(t).equals("acl")) out.add(tree.governor(t));
    out.addAll(tree.children(t, "obj"));
    out.addAll(tree.children(t, "iobj"));
    boolean receives = kind == EventKind.DEPLOY || kind == EventKind.TRANSFER || kind == EventKind.STATEMENT;
    for (int o : tree.children(t, "obl")) {
      String c = tree.caseOf(o);
      if (PATIENT_CASES.contains(c) || receives && RECEIVER_CASES.contains(c)) out.add(o);
    }
    return out;
  }

  /** The entities an argument phrase names, through its own modifiers only (bounded depth). */
  private static void collect(Tree tree, int head, Mentions mentions, Map<String, EntityMention> out, int depth) {
    EntityMention m = mentionAt(tree, head, mentions);
    if (m != null && fits(m, depth, tree.rel(head)) && !home(tree, head, m, mentions)) out.putIfAbsent(m.entity(), m);
    if (depth >= DEPTH) return;
    for (var d : tree.children(head)) {
      int c = d.dependent();
      String r = d.relation();
      if (SAME.contains(r) || r.startsWith("flat") || r.startsWith("compound")) {
        collect(tree, c, mentions, out, r.equals("conj") || r.equals("appos") ? depth : depth + 1);
      } else if ((r.equals("nmod") || r.equals("obl") || r.equals("acl")) && !LOCATIVE.contains(tree.caseOf(c))) {
        // "an agreement with Portmaris" names a party as the argument does; "Tom Baker of Veloria" a home
        collect(tree, c, mentions, out, PARTNER_CASES.contains(tree.caseOf(c)) ? depth : depth + 1);
      }
    }
  }

  /**
   * People and organisations anywhere in the phrase; a place only as the phrase itself or its possessor or
   * adjective ("Spain", "Russia's forces", "North Korean troops"), not "Tom Baker of Veloria".
   */
  private static boolean fits(EntityMention m, int depth, String rel) {
    return switch (m.kind()) {
      case PERSON, ORGANIZATION, EQUIPMENT -> true;
      case LOCATION -> depth == 0 || depth == 1 && (SAME.contains(rel) || rel.startsWith("compound") || rel.startsWith("flat"));
      default -> false;
    };
  }

  /** "a New York man", "a U.S. official": a place naming one person's home, not a party that acted. */
  private static boolean home(Tree tree, int token, EntityMention m, Mentions mentions) {
    if (m.kind() != EntityKind.LOCATION || !tree.rel(token).startsWith("compound")) return false;
    int g = tree.governor(token);
    return g >= 0 && tree.token(g).pos().equals("NN") && mentionAt(tree, g, mentions) != m;
  }

  static EntityMention mentionAt(Tree tree, int i, Mentions mentions) {
    Token t = tree.token(i);
    EntityMention m = mentions.covering(t.span().begin());
    if (m != null && m.span().begin() < t.span().end()) return m;
    if (!t.pos().startsWith("NNPS") || tree.text() == null) return null; // "Indians were deported"
    return States.demonym(tree.text(), i > 0 ? tree.token(i - 1).span() : null, t.span());
  }

  /** A place name under the trigger: "in"/"at"/"near" X, or the object or goal of a visit ("visited X"). */
  static EntityMention place(Tree tree, int t, EventKind kind, Mentions mentions) {
    List<Integer> where = new ArrayList<>();
    for (String rel : List.of("obl", "nmod")) {
      for (int o : tree.children(t, rel)) if (Set.of("in", "at", "near").contains(tree.caseOf(o))) where.add(o);
    }
    if (kind == EventKind.VISIT || kind == EventKind.INSPECT) {
      where.addAll(tree.children(t, "obj"));
      for (int o : tree.children(t, "obl")) if (tree.caseOf(o).equals("to")) where.add(o);
    }
    for (int w : where) {
      for (int k : tree.subtree(w)) {
        EntityMention m = mentionAt(tree, k, mentions);
        if (m != null && m.kind() == EntityKind.LOCATION && tree.clauseOf(k) == tree.clauseOf(w)) return m;
      }
    }
    return null;
  }
}
