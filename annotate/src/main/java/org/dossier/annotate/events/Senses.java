package org.dossier.annotate.events;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dossier.annotate.quotes.Lexicon;
import org.dossier.core.model.EventKind;

/**
 * The sense tables, read once: a verb's kind by its lemma and the head of its object ({@code senses.txt}:
 * "sent troops" is a deployment, "sent a message" a statement), the nouns that name a happening
 * ({@code nominals.txt}) and the words that make one planned, denied or only alleged ({@code hedges.txt}).
 */
final class Senses {
  /** A verb's sense: its kind, and whether it counts only as an article's main happening ("said"). */
  record Sense(EventKind kind, boolean leadOnly) {}

  private static final Sense NONE = new Sense(null, false);
  /** The object word of a verb used without an object ("the flight launched"): "-" in the data file. */
  static final String NO_OBJECT = "-";
  /** The verbs a report of speech uses, which a headline's "vows" or "warns" stands for in the lead. */
  private static final Set<String> SPEECH = Set.of("say", "tell");
  private static final Senses STANDARD = new Senses(Lexicon.lines(Senses.class, "senses.txt"),
      Lexicon.table(Senses.class, "nominals.txt"), Lexicon.words(Senses.class, "hedges.txt"));

  /** lemma -> object word ("" for the default) -> sense. */
  private final Map<String, Map<String, Sense>> verbs = new HashMap<>();
  private final Map<String, EventKind> nouns = new HashMap<>();
  private final Set<String> hedges;

  Senses(List<String> verbLines, Map<String, String> nounTable, Set<String> hedges) {
    for (String line : verbLines) {
      int eq = line.indexOf('=');
      if (eq < 0) throw new IllegalStateException("senses.txt: line '" + line + "' lacks '='");
      String[] words = line.substring(0, eq).strip().split("\\s+");
      String[] value = line.substring(eq + 1).strip().toUpperCase(Locale.ROOT).split("\\s+");
      Sense sense = value[0].equals("NONE") ? NONE
          : new Sense(EventKind.valueOf(value[0]), value.length > 1 && value[1].equals("LEAD"));
      Map<String, Sense> byObject = verbs.computeIfAbsent(words[0], w -> new HashMap<>());
      if (words.length == 1) byObject.put("", sense);
      for (int k = 1; k < words.length; k++) byObject.put(words[k], sense);
    }
    nounTable.forEach((noun, kind) -> nouns.put(noun, EventKind.valueOf(kind.toUpperCase(Locale.ROOT))));
    this.hedges = Set.copyOf(hedges);
  }

  static Senses standard() {
    return STANDARD;
  }

  /**
   * The sense of a verb with the given object words (the first listed one decides), or null when it
   * names no happening.
   */
  Sense verb(String lemma, List<String> objects) {
    Map<String, Sense> byObject = verbs.get(lemma);
    if (byObject == null) return null;
    for (String o : objects) {
      Sense s = byObject.get(o);
      if (s != null) return s.kind() == null ? null : s;
    }
    Sense s = byObject.get("");
    return s == null || s.kind() == null ? null : s;
  }

  /** The headline's lemmas, and "say" and "tell" when one of them is a statement ("Kim vows" for "Kim said"). */
  Set<String> withSpeech(Set<String> headline) {
    for (String lemma : headline) {
      Sense s = verb(lemma, List.of());
      if (s != null && s.kind() == EventKind.STATEMENT) {
        Set<String> out = new java.util.HashSet<>(headline);
        out.addAll(SPEECH);
        return out;
      }
    }
    return headline;
  }

  /** Whether the verb is listed at all (a listed verb with no fitting sense is no main happening either). */
  boolean knows(String lemma) {
    return verbs.containsKey(lemma);
  }

  /** The kind a noun names, or null. */
  EventKind noun(String lemma) {
    return nouns.get(lemma);
  }

  boolean hedge(String lemma) {
    return hedges.contains(lemma);
  }
}
