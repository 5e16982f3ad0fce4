package org.dossier.annotate.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.core.model.EntityKind;
import org.dossier.core.model.EntityMention;
import org.dossier.core.model.Span;

/**
 * Dev-only stand-in for the entity annotator: finds the gold entities' names and aliases in a text (longest
 * first, whole words, case-sensitive) so that the fact rules can be measured apart from entity recognition.
 */
final class GoldMentions {
  private record Name(String surface, String entity, EntityKind kind) {}

  private final List<Name> names = new ArrayList<>();

  GoldMentions(List<JsonNode> entities) {
    for (JsonNode e : entities) {
      EntityKind kind = EntityKind.valueOf(e.get("kind").asText());
      String name = e.get("name").asText();
      names.add(new Name(name, name, kind));
      for (JsonNode a : e.get("aliases")) names.add(new Name(a.asText(), name, kind));
    }
    names.sort(Comparator.comparingInt((Name n) -> n.surface().length()).reversed());
  }

  List<EntityMention> find(String original) {
    String text = original.replace('’', '\'');
    List<EntityMention> out = new ArrayList<>();
    boolean[] taken = new boolean[text.length()];
    for (Name n : names) {
      Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(n.surface()) + "(?![\\p{L}\\p{N}])").matcher(text);
      while (m.find()) {
        boolean free = true;
        for (int i = m.start(); i < m.end() && free; i++) free = !taken[i];
        if (!free) continue;
        for (int i = m.start(); i < m.end(); i++) taken[i] = true;
        out.add(new EntityMention(new Span(m.start(), m.end()), original.substring(m.start(), m.end()), n.entity(), n.kind()));
      }
    }
    out.sort(Comparator.comparing(EntityMention::span));
    return out;
  }
}
