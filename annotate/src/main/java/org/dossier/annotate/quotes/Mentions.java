package org.dossier.annotate.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.dossier.core.model.Annotation;
import org.dossier.core.model.EntityMention;

/** An article's entity mentions in text order, with the look-ups the attribution rules need. */
public final class Mentions {
  private final List<EntityMention> sorted;

  public Mentions(List<EntityMention> mentions) {
    List<EntityMention> copy = new ArrayList<>(mentions);
    copy.sort(Comparator.comparing(EntityMention::span));
    this.sorted = List.copyOf(copy);
  }

  public static Mentions of(List<Annotation> soFar) {
    return new Mentions(soFar.stream().filter(EntityMention.class::isInstance).map(EntityMention.class::cast)
        .toList());
  }

  public List<EntityMention> all() {
    return sorted;
  }

  /** Mentions lying wholly inside {@code [from, to)}, in text order. */
  public List<EntityMention> within(int from, int to) {
    List<EntityMention> out = new ArrayList<>();
    for (int i = firstAtOrAfter(from); i < sorted.size() && sorted.get(i).span().begin() < to; i++) {
      if (sorted.get(i).span().end() <= to) out.add(sorted.get(i));
    }
    return out;
  }

  /** The mention covering offset {@code pos}, or null. */
  public EntityMention covering(int pos) {
    for (int i = Math.max(0, firstAtOrAfter(pos) - 1); i < sorted.size(); i++) {
      EntityMention m = sorted.get(i);
      if (m.span().begin() > pos) break;
      if (m.span().end() > pos) return m;
    }
    return null;
  }

  /** The last mention ending at or before {@code pos} that passes the test, or null. */
  public EntityMention lastBefore(int pos, Predicate<EntityMention> test) {
    for (int i = firstAtOrAfter(pos) - 1; i >= 0; i--) {
      EntityMention m = sorted.get(i);
      if (m.span().end() <= pos && test.test(m)) return m;
    }
    return null;
  }

  /** The first mention starting at or after {@code pos} that passes the test, or null. */
  public EntityMention firstAfter(int pos, Predicate<EntityMention> test) {
    for (int i = firstAtOrAfter(pos); i < sorted.size(); i++) {
      if (test.test(sorted.get(i))) return sorted.get(i);
    }
    return null;
  }

  private int firstAtOrAfter(int pos) {
    int lo = 0;
    int hi = sorted.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted.get(mid).span().begin() < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
