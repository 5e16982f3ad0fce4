package org.dossier.annotate.nlp;

/**
 * One arc of a sentence's basic dependency tree (Universal Dependencies relation names).
 *
 * @param relation "nsubj", "obj", "nmod:poss", ...; "root" for the root arc
 * @param governor token index of the head in the sentence, -1 for the root arc
 * @param dependent token index of the dependent in the sentence
 */
public record Dependency(String relation, int governor, int dependent) {}
