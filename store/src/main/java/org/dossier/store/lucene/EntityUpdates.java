package org.dossier.store.lucene;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.core.model.Annotation;
import org.dossier.core.model.Article;
import org.dossier.core.model.EntityMention;

/**
 * What the batch under way does to entities: the mentions that new pages add, tallied per entity, and
 * the entities that must be recounted from the index because a page that mentioned them was replaced
 * (a count cannot be taken back by addition alone).
 */
final class EntityUpdates {
  private final Map<String, Map<String, EntityTally>> addedByPage = new HashMap<>();
  private final Set<String> recount = new HashSet<>();

  /**
   * A page is put again: the entities its stored mentions named are recounted, and what it added earlier
   * in this batch is forgotten.
   */
  void replacing(String page, Set<String> storedKeys) {
    recount.addAll(storedKeys);
    addedByPage.remove(page);
  }

  /** An article of a page put in this batch. */
  void added(String page, Article a, List<Annotation> annotations) {
    Map<String, List<EntityMention>> byKey = new HashMap<>();
    for (Annotation x : annotations) {
      if (x instanceof EntityMention m) byKey.computeIfAbsent(Docs.entityKey(m.entity()), k -> new ArrayList<>()).add(m);
    }
    Map<String, EntityTally> tallies = addedByPage.computeIfAbsent(page, p -> new HashMap<>());
    byKey.forEach((key, mentions) -> tallies.merge(key, EntityTally.ofArticle(mentions, a.published()), EntityTally::plus));
  }

  boolean isEmpty() {
    return addedByPage.isEmpty() && recount.isEmpty();
  }

  /** Entities to recount from every stored mention. */
  Set<String> recount() {
    return Set.copyOf(recount);
  }

  /** The new mentions of every other touched entity, tallied. */
  Map<String, EntityTally> additions() {
    Map<String, EntityTally> out = new HashMap<>();
    addedByPage.values().forEach(m -> m.forEach((key, t) -> {
      if (!recount.contains(key)) out.merge(key, t, EntityTally::plus);
    }));
    return out;
  }

  void clear() {
    addedByPage.clear();
    recount.clear();
  }
}
