package org.dossier.core.model;

import java.util.List;

/** A thing resolved across mentions: its canonical name, kind and the other names it goes by. */
public record Entity(String id, String name, EntityKind kind, List<String> aliases) {
  public Entity {
    aliases = List.copyOf(aliases);
  }
}
