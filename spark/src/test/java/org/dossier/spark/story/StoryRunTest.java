package org.dossier.spark.story;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.dossier.core.model.Article;
import org.dossier.core.model.PartialDate;
import org.dossier.core.model.Provenance;
import org.dossier.core.model.Role;
import org.dossier.core.model.Story;
import org.dossier.core.pipeline.AnnotatedArticle;
import org.dossier.core.pipeline.Outcome;
import org.dossier.spark.LocalSpark;
import org.dossier.store.export.PageJson;
import org.dossier.story.NameFinder;
import org.dossier.story.ProfileBuilder;
import org.dossier.story.StoryClusterer;
import org.dossier.story.StoryTuning;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The story job in local mode against the command line's clusterer fed the same articles. */
class StoryRunTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir static Path dir;
  private static SparkSession spark;
  private static final List<AnnotatedArticle> ARTICLES = new ArrayList<>();

  private static void article(String id, LocalDate day, String title, String... paragraphs) {
    ARTICLES.add(new AnnotatedArticle(Article.of(id, "https://example.org/" + id, Role.MAIN, null, null, title,
        List.of(), PartialDate.of(day), "en", List.of(paragraphs)), List.of()));
  }

  @BeforeAll
  static void articles() throws IOException {
    LocalDate d = LocalDate.of(2025, 3, 10);
    article("a01", d, "River Aster floods Tellin",
        "The river Aster burst its banks in Tellin on Monday and forced 3,000 residents from their homes.",
        "Mayor Ivo Rask said the Tellin flood barrier failed after three days of rain.");
    article("a02", d.plusDays(1), "Tellin flood: 3,000 leave homes as Aster rises",
        "About 3,000 people left their homes in Tellin after the Aster overflowed, Mayor Ivo Rask said.",
        "Rask blamed the failed flood barrier and three days of heavy rain.");
    article("a03", d.plusDays(30), "Tellin counts the cost of the Aster flood",
        "A month after the Aster flooded Tellin, Mayor Ivo Rask said most of the 3,000 residents were back home.",
        "The flood barrier that failed will be rebuilt, Rask said.");
    article("b01", d.plusDays(2), "Port Amar dock workers strike over pay",
        "Dock workers in Port Amar walked out on Friday over pay, union leader Mara Lenz said.",
        "Lenz said 1,200 workers joined the strike at the Port Amar container terminal.");
    article("b02", d.plusDays(3), "Strike shuts Port Amar container terminal",
        "The Port Amar container terminal stood still as 1,200 dock workers struck over pay.",
        "Union leader Mara Lenz said the Port Amar strike would go on until the pay offer improved.");
    article("c01", d.plusDays(2), "Brava hosts regional chess final",
        "Young players from six towns met in Brava for the regional chess final on Sunday.",
        "The winner, aged fourteen, took the title after a long endgame.");
    Path pages = dir.resolve("crawl/jsonl/pages/day=2025-03-10");
    Files.createDirectories(pages);
    List<String> lines = new ArrayList<>();
    for (AnnotatedArticle aa : ARTICLES) {
      lines.add(PageJson.write(new PageJson.Page(aa.article().page(), Provenance.ofFile(aa.article().page()), null,
          "extract", Outcome.ok(aa.article().page()), List.of(aa))));
    }
    Files.write(pages.resolve("part-00000.txt"), lines);
    spark = LocalSpark.start(2);
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  private static Set<List<String>> sequential() {
    StoryTuning tuning = StoryTuning.defaults();
    ProfileBuilder profiles = new ProfileBuilder(tuning, NameFinder.standard());
    StoryClusterer clusterer = new StoryClusterer(tuning);
    ARTICLES.stream().sorted(BlockClustering.ARRIVAL)
        .forEach(aa -> clusterer.add(profiles.profile(aa.article(), aa.annotations())));
    Set<List<String>> out = new HashSet<>();
    for (Story s : clusterer.stories()) out.add(s.articles());
    return out;
  }

  @Test
  void storiesAreTheClustererStoriesOverAllArticles() throws IOException {
    StoryRun.Summary summary = StoryRun.run(spark, dir.resolve("crawl").toString(), dir.resolve("stories").toString());
    Set<List<String>> found = new HashSet<>();
    Set<String> ids = new HashSet<>();
    try (Stream<Path> files = Files.walk(dir.resolve("stories/jsonl/stories"))) {
      for (Path f : files.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
        for (String line : Files.readAllLines(f)) {
          JsonNode s = JSON.readTree(line);
          List<String> members = new ArrayList<>();
          s.get("articles").forEach(a -> members.add(a.asText()));
          found.add(members);
          ids.add(s.get("id").asText());
          assertEquals(StoryClusterer.storyId(members.stream().min(String::compareTo).orElseThrow()),
              s.get("id").asText());
        }
      }
    }
    assertEquals(Set.of(List.of("a01", "a02", "a03"), List.of("b01", "b02")), found);
    assertEquals(sequential(), found);
    assertEquals(6, summary.articles());
    assertEquals(2, summary.stories());
  }
}
