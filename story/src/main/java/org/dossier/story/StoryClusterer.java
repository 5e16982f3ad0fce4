package org.dossier.story;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.core.model.Ids;
import org.dossier.core.model.Story;

/**
 * Same-story clustering, incremental as articles arrive. A new article is compared with the articles
 * that share its heaviest terms ({@link CandidateIndex}); the stories of the close ones form a block
 * that is clustered again, together with the new article, by {@link AverageLink}. So an article can
 * join a story, bridge two stories into one, or stay alone, and no pass ever covers the whole store.
 *
 * <p>A story is named by its smallest article id, so its id is stable while that article stays in it.
 * Only stories of two or more articles are reported, members in order of arrival. Not thread-safe: one ingest feeds it.
 */
public final class StoryClusterer {
  private final StoryTuning tuning;
  private final StorySimilarity similarity;
  private final CandidateIndex index;
  private final Map<String, StoryProfile> profiles = new HashMap<>();
  private final Map<String, Integer> arrival = new HashMap<>();
  private final Map<String, String> storyOf = new HashMap<>();
  private final Map<String, List<String>> members = new HashMap<>();
  private final Map<String, Story> updated = new LinkedHashMap<>();
  private final Set<String> removed = new LinkedHashSet<>();

  public StoryClusterer(StoryTuning tuning) {
    this.tuning = tuning;
    this.similarity = new StorySimilarity(tuning);
    this.index = new CandidateIndex(tuning.maxPostings());
  }

  /** Puts an article into a story (or leaves it alone) and re-clusters its neighbourhood. */
  public void add(StoryProfile p) {
    if (profiles.containsKey(p.articleId())) return;
    remember(p);
    StorySimilarity.Vectors mine = similarity.vectors(p);
    List<String> block = block(mine);
    double[][] sim = matrix(block, mine);
    for (List<Integer> group : AverageLink.cluster(sim, tuning.linkThreshold())) {
      assign(group.stream().map(block::get).toList());
    }
  }

  /** Loads an article clustered in an earlier run, keeping the story it was in (null: alone). */
  public void restore(StoryProfile p, String storyId) {
    if (profiles.containsKey(p.articleId())) return;
    remember(p);
    String key = storyId == null ? p.articleId() : storyId;
    storyOf.put(p.articleId(), key);
    members.computeIfAbsent(key, k -> new ArrayList<>()).add(p.articleId());
  }

  /** After restoring: renames restored stories by their smallest member, as {@link #add} names them. */
  public void finishRestore() {
    for (List<String> group : List.copyOf(members.values())) assign(List.copyOf(group));
    updated.clear();
    removed.clear();
  }

  /** The story changes since the last call. */
  public StoryChanges drainChanges() {
    StoryChanges c = new StoryChanges(List.copyOf(updated.values()), Set.copyOf(removed));
    updated.clear();
    removed.clear();
    return c;
  }

  /** Every current story of two or more articles. */
  public List<Story> stories() {
    return members.entrySet().stream().filter(e -> e.getValue().size() > 1)
        .map(e -> story(e.getKey(), e.getValue())).toList();
  }

  public static String storyId(String smallestArticleId) {
    return "s" + Ids.hash(smallestArticleId);
  }

  private void remember(StoryProfile p) {
    similarity.add(p);
    profiles.put(p.articleId(), p);
    arrival.put(p.articleId(), arrival.size());
    index.add(p.articleId(), p.terms().keySet());
    index.add(p.articleId(), p.names().keySet());
  }

  /** The new article, then every member of the stories of its close neighbours, up to the cap. */
  private List<String> block(StorySimilarity.Vectors mine) {
    String me = mine.profile().articleId();
    Map<String, Double> near = new HashMap<>();
    for (String id : candidates(mine)) {
      StorySimilarity.Vectors other = similarity.vectors(profiles.get(id));
      if (similarity.duplicates(mine, other)) {
        near.put(storyOf.get(id), Double.MAX_VALUE);
        continue;
      }
      double s = similarity.between(mine, other);
      if (s >= tuning.candidateThreshold()) near.merge(storyOf.get(id), s, Math::max);
    }
    LinkedHashSet<String> block = new LinkedHashSet<>(List.of(me));
    near.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
        .forEach(e -> {
          List<String> story = members.get(e.getKey());
          if (block.size() + story.size() <= tuning.maxBlock()) block.addAll(story);
        });
    return List.copyOf(block);
  }

  private List<String> candidates(StorySimilarity.Vectors v) {
    return index.candidates(List.of(v.terms(), v.names()), tuning.candidateTerms(), tuning.maxCandidates())
        .stream().filter(id -> !id.equals(v.profile().articleId())).toList();
  }

  /**
   * Pairwise similarities of the block, relative to the block ({@link Neighbourhoods}), gists compared
   * after the block's mean gist is taken away; copies count as 1.
   */
  private double[][] matrix(List<String> block, StorySimilarity.Vectors mine) {
    List<StorySimilarity.Vectors> v = new ArrayList<>(block.size());
    v.add(mine);
    for (int i = 1; i < block.size(); i++) v.add(similarity.vectors(profiles.get(block.get(i))));
    double[][] gists = centredGists(v);
    double[][] sim = new double[block.size()][block.size()];
    boolean[][] copies = new boolean[block.size()][block.size()];
    for (int i = 0; i < sim.length; i++) {
      for (int j = i + 1; j < sim.length; j++) {
        copies[i][j] = copies[j][i] = similarity.duplicates(v.get(i), v.get(j));
        sim[i][j] = sim[j][i] = copies[i][j] ? 1 : similarity.between(v.get(i), v.get(j), gists[i], gists[j]);
      }
    }
    double[][] relative = Neighbourhoods.relative(sim, copies, tuning.scaleNeighbours(), tuning.scaleFloor());
    for (int i = 0; i < sim.length; i++) {
      for (int j = i + 1; j < sim.length; j++) {
        if (copies[i][j]) relative[i][j] = relative[j][i] = 1;
      }
    }
    return relative;
  }

  /**
   * Each article's gist with the block's mean gist taken away ({@link StorySimilarity#centred}), null
   * for an article without one. The mean is shrunk towards zero as if {@code gistShrink} more articles
   * without a gist were in the block: a block of two or three says little of what its topic has in
   * common, and taking their own mean away would leave only their differences. Only gists of the new
   * article's model count; all null when it has no gist.
   */
  private double[][] centredGists(List<StorySimilarity.Vectors> block) {
    double[][] out = new double[block.size()][];
    StoryProfile mine = block.get(0).profile();
    if (mine.gist().length == 0) return out;
    double[] mean = new double[mine.gist().length];
    int n = 0;
    for (StorySimilarity.Vectors x : block) {
      if (!StorySimilarity.comparable(mine, x.profile())) continue;
      float[] g = x.profile().gist();
      for (int i = 0; i < g.length; i++) mean[i] += g[i];
      n++;
    }
    for (int i = 0; i < mean.length; i++) mean[i] /= n + tuning.gistShrink();
    for (int i = 0; i < out.length; i++) {
      StoryProfile p = block.get(i).profile();
      if (StorySimilarity.comparable(mine, p)) out[i] = StorySimilarity.centred(p.gist(), mean);
    }
    return out;
  }

  /** Makes the articles one story, keyed by the smallest id, and records what changed. */
  private void assign(List<String> group) {
    String key = group.stream().min(String::compareTo).orElseThrow();
    Set<String> touched = new LinkedHashSet<>();
    for (String id : group) {
      String old = storyOf.get(id);
      if (old == null) continue;
      touched.add(old);
      List<String> left = members.get(old);
      if (left != null) left.remove(id);
      if (left != null && left.isEmpty()) members.remove(old);
    }
    List<String> ordered = new ArrayList<>(group);
    ordered.sort(java.util.Comparator.comparing(arrival::get));
    members.put(key, ordered);
    group.forEach(id -> storyOf.put(id, key));
    touched.add(key);
    for (String k : touched) record(k);
  }

  /** A story of two or more articles is to be written; any other id, to be deleted if it was stored. */
  private void record(String key) {
    List<String> now = members.get(key);
    String id = storyId(key);
    if (now != null && now.size() > 1) {
      updated.put(id, story(key, now));
      removed.remove(id);
    } else {
      updated.remove(id);
      removed.add(id);
    }
  }

  private Story story(String key, List<String> articleIds) {
    String title = articleIds.stream().map(profiles::get).map(StoryProfile::title)
        .filter(t -> t != null && !t.isBlank()).findFirst().orElse(null);
    return new Story(storyId(key), title, articleIds);
  }
}
