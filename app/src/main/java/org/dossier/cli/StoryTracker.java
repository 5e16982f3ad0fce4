package org.dossier.cli;

import java.util.HashMap;
import java.util.Map;
import org.dossier.core.model.Story;
import org.dossier.core.pipeline.AnnotatedArticle;
import org.dossier.store.KnowledgeBase;
import org.dossier.story.NameFinder;
import org.dossier.story.ProfileBuilder;
import org.dossier.story.StoryChanges;
import org.dossier.story.StoryClusterer;
import org.dossier.story.StoryTuning;

/**
 * Keeps stories up to date during an ingest: loads the articles and stories already stored, places each
 * new article, and writes what changed to the store before each commit.
 */
final class StoryTracker {
  private final ProfileBuilder profiles;
  private final StoryClusterer clusterer;

  private StoryTracker(StoryTuning tuning) {
    this.profiles = new ProfileBuilder(tuning, NameFinder.standard());
    this.clusterer = new StoryClusterer(tuning);
  }

  /** A tracker that knows every article and story in the store. */
  static StoryTracker restore(KnowledgeBase kb) {
    StoryTracker t = new StoryTracker(StoryTuning.defaults());
    Map<String, String> storyOf = new HashMap<>();
    for (Story s : kb.stories()) s.articles().forEach(a -> storyOf.put(a, s.id()));
    kb.forEachArticle(aa -> t.clusterer.restore(t.profiles.profile(aa.article(), aa.annotations()),
        storyOf.get(aa.article().id())));
    t.clusterer.finishRestore();
    return t;
  }

  /**
   * Forgets every stored story and places the stored articles again, one by one in store order as an
   * ingest would, under the given tuning; commits and returns how many stories were written.
   */
  static int rebuild(KnowledgeBase kb, StoryTuning tuning) {
    StoryTracker t = new StoryTracker(tuning);
    kb.forEachArticle(t::add);
    kb.stories().forEach(s -> kb.deleteStory(s.id()));
    int written = t.flushTo(kb);
    kb.commit();
    return written;
  }

  void add(AnnotatedArticle aa) {
    clusterer.add(profiles.profile(aa.article(), aa.annotations()));
  }

  /** Writes new, changed and vanished stories to the store (not yet committed); returns how many. */
  int flushTo(KnowledgeBase kb) {
    StoryChanges changes = clusterer.drainChanges();
    changes.removed().forEach(kb::deleteStory);
    changes.updated().forEach(kb::putStory);
    return changes.updated().size();
  }
}
