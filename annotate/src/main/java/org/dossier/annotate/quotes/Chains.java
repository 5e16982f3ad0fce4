package org.dossier.annotate.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.dossier.core.model.Span;

/**
 * Orders the cues around some words into a speaker and a relay chain: the cue nearest the words names the
 * speaker, the next ones the relays, nearest first; "citing Z" puts Z just inside the cue it follows.
 */
final class Chains {
  /** A speaker (null when unnamed) and who relayed the words, nearest first. */
  record Attribution(String speaker, List<String> via) {
    Attribution {
      via = List.copyOf(via);
    }

    boolean isEmpty() {
      return speaker == null && via.isEmpty();
    }
  }

  /** How far before quoted words a verb such as "called" or "hailed" may stand and still attribute them. */
  private static final int MARK_REACH = 150;

  private Chains() {}

  /**
   * Speaker and relays for some words: cues before the words first (the nearest is the speaker: "Kim said
   * he would 'x', KCNA reported"), then cues after them, nearest first.
   */
  static Attribution order(List<Cue> cues, Span words) {
    return order(null, cues, words);
  }

  /** As {@link #order(List, Span)}, with {@code principal} (when not null) taken as the speaker's cue. */
  static Attribution order(Cue principal, List<Cue> cues, Span words) {
    if (cues.isEmpty()) return new Attribution(null, List.of());
    List<Cue> sorted = new ArrayList<>(cues.stream().filter(c -> c.kind() != Cue.Kind.CITING).toList());
    sorted.sort(Comparator.comparing((Cue c) -> c != principal)
        .thenComparing(c -> c.kind() != Cue.Kind.SUBJECT && c.span().begin() >= words.begin())
        .thenComparingInt(c -> c.kind() == Cue.Kind.SUBJECT ? -1 : c.distanceTo(words)));
    for (Cue citing : cues.stream().filter(c -> c.kind() == Cue.Kind.CITING).toList()) {
      Cue host = hostOf(citing, cues);
      int at = host == null ? sorted.size() : sorted.indexOf(host);
      sorted.add(at, citing);
    }
    List<String> names = new ArrayList<>();
    for (Cue c : sorted) names.addAll(c.chain());
    String speaker = names.get(0);
    Set<String> via = new LinkedHashSet<>();
    for (String n : names.subList(1, names.size())) {
      if (n != null && !n.equals(speaker)) via.add(n);
    }
    return new Attribution(speaker, new ArrayList<>(via));
  }

  /** The cue a "citing Z" belongs to: the nearest one ending before it. */
  private static Cue hostOf(Cue citing, List<Cue> all) {
    return all.stream().filter(o -> o.kind() != Cue.Kind.CITING && o.span().end() <= citing.span().begin())
        .max(Comparator.comparingInt(o -> o.span().end())).orElse(null);
  }

  /** True when the cue lies in the same sentence stretch and is not a far-off mark verb. */
  static boolean applies(Cue c, Span words) {
    if (!c.strength().equals("mark")) return true;
    return c.verb().end() <= words.begin() && words.begin() - c.verb().end() <= MARK_REACH;
  }

  static boolean sameSpeaker(Attribution a, Attribution b) {
    return a.speaker() != null && Objects.equals(a.speaker(), b.speaker());
  }
}
