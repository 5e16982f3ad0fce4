package org.dossier.spark.story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.dossier.core.model.PartialDate;
import org.dossier.core.model.Story;
import org.dossier.core.pipeline.AnnotatedArticle;
import org.dossier.story.NameFinder;
import org.dossier.story.ProfileBuilder;
import org.dossier.story.StoryClusterer;
import org.dossier.story.StoryTuning;

/**
 * Clusters the articles of one block with the command line's {@link StoryClusterer}, feeding them in
 * publication order (then id) as an ingest would, and returns each story as links from every member to
 * the story's smallest article id; stories of different blocks that share an article are joined later.
 */
final class BlockClustering {
  /** Publication order, undated last, then id, so a block clusters the same way on every run. */
  static final Comparator<AnnotatedArticle> ARRIVAL = Comparator
      .comparing((AnnotatedArticle aa) -> aa.article().published(), Comparator.nullsLast(PartialDate::compareTo))
      .thenComparing(aa -> aa.article().id());

  private BlockClustering() {}

  /** Pairs (article id, smallest article id of its story) for every story of two or more articles. */
  static List<String[]> links(List<AnnotatedArticle> block, StoryTuning tuning) {
    ProfileBuilder profiles = new ProfileBuilder(tuning, NameFinder.standard());
    StoryClusterer clusterer = new StoryClusterer(tuning);
    block.stream().sorted(ARRIVAL).forEach(aa -> clusterer.add(profiles.profile(aa.article(), aa.annotations())));
    List<String[]> links = new ArrayList<>();
    for (Story s : clusterer.stories()) {
      String root = s.articles().stream().min(String::compareTo).orElseThrow();
      for (String a : s.articles()) links.add(new String[] {a, root});
    }
    return links;
  }
}
