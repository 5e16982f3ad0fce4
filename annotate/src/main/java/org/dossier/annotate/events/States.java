package org.dossier.annotate.events;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dossier.annotate.quotes.Lexicon;
import org.dossier.core.model.EntityKind;
import org.dossier.core.model.EntityMention;
import org.dossier.core.model.Span;

/**
 * States as parties to a happening, from the entities' own tables: a capital stands for its state
 * ("Pyongyang sent troops", "Kyiv rejected the plan"; {@code capitals.tsv}) and so does a nationality
 * ("Indians were deported", "North Korean troops"; {@code demonyms.tsv}) where no entity was named.
 */
final class States {
  private static final Map<String, String> CAPITALS = read("capitals.tsv");
  private static final Map<String, String> DEMONYMS = read("demonyms.tsv");

  private States() {}

  private static Map<String, String> read(String file) {
    Map<String, String> out = new HashMap<>();
    for (String line : Lexicon.lines(States.class, "/org/dossier/annotate/entities/" + file)) {
      String[] f = line.split("\t");
      if (f.length >= 2) out.put(f[0].strip(), f[1].strip());
    }
    return Map.copyOf(out);
  }

  /** The actor's name, its state's for a capital. */
  static String actor(EntityMention m) {
    if (m.kind() != EntityKind.LOCATION) return m.entity();
    String state = CAPITALS.get(m.entity().toLowerCase(java.util.Locale.ROOT));
    return state == null ? m.entity() : titled(state);
  }

  /** Lexicon lines are lower-cased; a state's name is written with capitals ("north korea" -> "North Korea"). */
  private static String titled(String name) {
    StringBuilder b = new StringBuilder();
    for (String w : name.split(" ")) {
      if (!b.isEmpty()) b.append(' ');
      b.append(w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
    }
    return b.toString();
  }

  static List<String> actors(List<EntityMention> mentions) {
    return mentions.stream().map(States::actor).distinct().toList();
  }

  /**
   * The state a nationality word names ("Indians", "Mexican", "North Korean" with the word before it), as a
   * place mention over the words, or null.
   */
  static EntityMention demonym(String text, Span before, Span word) {
    String w = word.of(text);
    for (String form : new String[] {w, w.endsWith("s") ? w.substring(0, w.length() - 1) : w}) {
      if (before != null) {
        String pair = text.substring(before.begin(), word.end()).replaceAll("\\s+", " ");
        String state = DEMONYMS.get((pair.substring(0, pair.length() - w.length()) + form).toLowerCase(java.util.Locale.ROOT));
        if (state != null) return new EntityMention(new Span(before.begin(), word.end()), pair, titled(state), EntityKind.LOCATION);
      }
      String state = DEMONYMS.get(form.toLowerCase(java.util.Locale.ROOT));
      if (state != null) return new EntityMention(word, w, titled(state), EntityKind.LOCATION);
    }
    return null;
  }
}
