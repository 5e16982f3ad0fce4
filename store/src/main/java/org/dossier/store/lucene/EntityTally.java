package org.dossier.store.lucene;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dossier.core.model.Entity;
import org.dossier.core.model.EntityKind;
import org.dossier.core.model.EntityMention;
import org.dossier.core.model.PartialDate;
import org.dossier.store.EntityProfile;

/**
 * The counts an entity's profile is computed from, kept beside the profile so that new mentions update it
 * by addition, without reading the entity's older mentions again. Two tallies of different articles add up
 * to the tally of both.
 *
 * @param names how often each canonical name was given
 * @param kinds how often each kind was given
 * @param written how often each form was written
 * @param mentions mentions in all
 * @param articles articles with at least one mention
 * @param first earliest publication date of those articles, or null
 * @param last latest, or null
 */
record EntityTally(Map<String, Integer> names, Map<EntityKind, Integer> kinds, Map<String, Integer> written,
    int mentions, int articles, PartialDate first, PartialDate last) {
  EntityTally {
    names = Map.copyOf(names);
    kinds = Map.copyOf(kinds);
    written = Map.copyOf(written);
  }

  /** The tally of one article's mentions of one entity. */
  static EntityTally ofArticle(List<EntityMention> mentions, PartialDate published) {
    Map<String, Integer> names = new HashMap<>(), written = new HashMap<>();
    Map<EntityKind, Integer> kinds = new HashMap<>();
    for (EntityMention m : mentions) {
      names.merge(m.entity(), 1, Integer::sum);
      kinds.merge(m.kind(), 1, Integer::sum);
      if (m.text() != null && !m.text().isBlank()) written.merge(m.text().strip(), 1, Integer::sum);
    }
    return new EntityTally(names, kinds, written, mentions.size(), 1, published, published);
  }

  EntityTally plus(EntityTally o) {
    return new EntityTally(sum(names, o.names), sum(kinds, o.kinds), sum(written, o.written), mentions + o.mentions,
        articles + o.articles, earlier(first, o.first), later(last, o.last));
  }

  /**
   * The profile: the most frequent name and kind (ties to the smallest, so the choice is stable) and the
   * other written forms, most frequent first.
   */
  EntityProfile profile(String id) {
    String name = mostFrequent(names);
    List<String> aliases = new ArrayList<>();
    written.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey).filter(w -> !w.equalsIgnoreCase(name)).forEach(aliases::add);
    return new EntityProfile(new Entity(id, name, mostFrequent(kinds), aliases), mentions, articles, first, last);
  }

  private static <K> Map<K, Integer> sum(Map<K, Integer> a, Map<K, Integer> b) {
    Map<K, Integer> out = new HashMap<>(a);
    b.forEach((k, v) -> out.merge(k, v, Integer::sum));
    return out;
  }

  private static PartialDate earlier(PartialDate a, PartialDate b) {
    return a == null ? b : b == null || a.compareTo(b) <= 0 ? a : b;
  }

  private static PartialDate later(PartialDate a, PartialDate b) {
    return a == null ? b : b == null || a.compareTo(b) >= 0 ? a : b;
  }

  private static <K extends Comparable<K>> K mostFrequent(Map<K, Integer> counts) {
    return counts.entrySet().stream()
        .max(Map.Entry.<K, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
        .map(Map.Entry::getKey).orElse(null);
  }
}
