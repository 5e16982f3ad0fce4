package org.dossier.spark.story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.dossier.core.model.Story;
import org.dossier.story.StoryClusterer;

/** Builds a story from its members' (id, published, title) as the command line names and orders them. */
final class StoryRows {
  private static final Comparator<String[]> ARRIVAL = Comparator
      .comparing((String[] m) -> m[1], Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparing(m -> m[0]);

  private StoryRows() {}

  /** The story keyed by its smallest member id; members in publication order; the first title found. */
  static Story story(String root, Iterable<String[]> members) {
    List<String[]> ordered = new ArrayList<>();
    members.forEach(ordered::add);
    ordered.sort(ARRIVAL);
    String title = ordered.stream().map(m -> m[2]).filter(t -> t != null && !t.isBlank()).findFirst().orElse(null);
    return new Story(StoryClusterer.storyId(root), title, ordered.stream().map(m -> m[0]).toList());
  }
}
