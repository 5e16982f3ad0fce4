package org.dossier.story;

import java.util.List;
import java.util.Set;
import org.dossier.core.model.Story;

/**
 * What clustering changed since it was last asked: stories to write (new or with new members) and ids
 * of stories that no longer exist (merged into another or split up).
 */
public record StoryChanges(List<Story> updated, Set<String> removed) {
  public StoryChanges {
    updated = List.copyOf(updated);
    removed = Set.copyOf(removed);
  }

  public boolean isEmpty() {
    return updated.isEmpty() && removed.isEmpty();
  }
}
