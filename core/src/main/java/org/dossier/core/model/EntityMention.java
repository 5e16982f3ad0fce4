package org.dossier.core.model;

import java.util.Objects;

/**
 * A stretch of text naming an entity.
 *
 * @param span the words as written ("the North Korean leader")
 * @param text those words
 * @param entity the canonical name they resolve to ("Kim Jong Un")
 * @param kind the entity's kind
 */
public record EntityMention(Span span, String text, String entity, EntityKind kind) implements Annotation {
  public EntityMention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(kind, "kind");
  }
}
