package org.dossier.annotate.entities;

import org.dossier.core.model.EntityKind;
import org.dossier.core.model.Span;

/**
 * A stretch of text that may name an entity, before resolution.
 *
 * @param canonical the name it resolves to when already known (lexicon, equipment), else null
 * @param role for role descriptions, the key "country|role" ("North Korea|leader"), else null
 */
record Candidate(Span span, String text, EntityKind kind, Source source, String canonical, String role) {
  /** Where a candidate came from, weakest first (GUESS: from capitals alone); on equal spans the stronger wins. */
  enum Source { GUESS, NER, ROLE, ALIAS, EQUIPMENT }

  Candidate resolved(String name, EntityKind newKind) {
    return new Candidate(span, text, newKind, source, name, role);
  }
}
