package org.dossier.annotate.events;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dossier.annotate.quotes.Lexicon;
import org.dossier.core.model.EntityKind;
import org.dossier.core.model.EntityMention;

/**
 * A capital taking part in a happening stands for its state ("Pyongyang sent troops", "Kyiv rejected the
 * plan", "Moscow's invasion"): the entities' own table of seats of government, {@code capitals.tsv}.
 */
final class Capitals {
  private static final Map<String, String> STATES = read();

  private Capitals() {}

  private static Map<String, String> read() {
    Map<String, String> out = new HashMap<>();
    for (String line : Lexicon.lines(Capitals.class, "/org/dossier/annotate/entities/capitals.tsv")) {
      String[] f = line.split("\t");
      if (f.length >= 2) out.put(f[0].strip(), f[1].strip());
    }
    return Map.copyOf(out);
  }

  /** The actor's name, its state's for a capital. */
  static String actor(EntityMention m) {
    if (m.kind() != EntityKind.LOCATION) return m.entity();
    String state = STATES.get(m.entity().toLowerCase(java.util.Locale.ROOT));
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
    return mentions.stream().map(Capitals::actor).distinct().toList();
  }
}
