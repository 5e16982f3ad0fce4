package org.dossier.spark.run;

import org.dossier.store.export.PageJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.dossier.annotate.events.EventMerger;
import org.dossier.core.model.Claim;
import org.dossier.core.model.Quote;
import org.dossier.core.pipeline.PageResult;
import org.dossier.core.pipeline.Pipeline;
import org.dossier.extract.page.Pages;
import org.dossier.store.KnowledgeBase;
import org.dossier.store.PageRecord;
import org.dossier.store.export.ContractJson;
import org.dossier.store.lucene.LuceneKnowledgeBase;
import org.dossier.spark.LocalSpark;
import org.dossier.spark.bench.SyntheticCrawl;
import org.dossier.spark.filter.TermMatcher;
import org.dossier.spark.filter.Watchlist;
import org.dossier.spark.read.BadWarcs;
import org.dossier.spark.read.CrawlFiles;
import org.dossier.spark.story.StoryRun;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The crawl job in Spark local mode on WARC files written here, against the pipeline run directly. */
class CrawlRunTest {
  private static final int CAP = 64 << 10;
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir static Path dir;
  private static SparkSession spark;
  private static Path crawl;
  private static Path out;
  private static CrawlRun.Summary summary;
  private static Map<String, List<String>> exported;

  @BeforeAll
  static void run() throws IOException {
    crawl = dir.resolve("crawl");
    SyntheticCrawl gen = new SyntheticCrawl(42, 0.5);
    gen.write(crawl, 2, 3);
    BadWarcs.damaged(crawl.resolve("bad"), gen, 2 * CAP);
    EventPages.write(crawl.resolve("events"));
    spark = LocalSpark.start(2);
    out = dir.resolve("out");
    summary = CrawlRun.run(spark, new CrawlRun.Settings(List.of(crawl.toString()), out.toString(), null, CAP));
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  /** What the pipeline yields on the same files, read the same way, without Spark. */
  private static Map<String, List<String>> direct() {
    Pipeline pipeline = ExecutorStages.build(Optional.empty());
    String signature = pipeline.signature();
    Map<String, List<String>> byKind = new java.util.TreeMap<>();
    for (CrawlFiles.Entry e : CrawlFiles.list(List.of(crawl.toString()), new Configuration())) {
      CrawlFiles.read(e, new Configuration(), CAP).forEachRemaining(item -> {
        for (Row r : PageTask.rows(item, pipeline, signature)) {
          byKind.computeIfAbsent(r.getString(0), k -> new ArrayList<>()).add(r.getString(2));
        }
      });
    }
    byKind.replaceAll((k, v) -> v.stream().sorted().toList());
    return byKind;
  }

  @Test
  void articlesAndFactsAreWhatThePipelineGivesDirectly() {
    Map<String, List<String>> expected = direct();
    assertEquals(expected.get(OutputKind.ARTICLE), JobOutput.lines(out, "articles"));
    assertEquals(expected.getOrDefault(OutputKind.FACT, List.of()), JobOutput.lines(out, "facts"));
    assertEquals(expected.get(OutputKind.REJECT), JobOutput.lines(out, "rejects"));
    assertEquals(13, JobOutput.lines(out, "articles").stream().filter(l -> l.contains("\"role\":\"main\"")).count());
  }

  /**
   * The command line's way: its page reader, the pipeline, the Lucene store with events merged across it
   * as an ingest does, then the export contract objects of articles, quotes, claims and events as
   * {@code dossier export} writes them, by type.
   */
  private static Map<String, List<String>> viaStore(Path store) {
    Pipeline pipeline = ExecutorStages.build(Optional.empty());
    Map<String, List<String>> lines = new java.util.TreeMap<>();
    try (KnowledgeBase kb = LuceneKnowledgeBase.openForWriting(store)) {
      Pages.read(List.of(crawl), CAP, page -> {
        PageResult r = pipeline.process(page);
        kb.putPage(new PageRecord(page.name(), page.provenance(), null, "test", r.outcome()), r.articles());
      }, problem -> { });
      kb.commit();
      List<EventMerger.ArticleEvents> events = new ArrayList<>();
      kb.forEachArticle(aa -> events.add(EventMerger.ArticleEvents.of(aa)));
      kb.replaceEvents(EventMerger.merge(events));
      kb.commit();
      kb.forEachArticle(aa -> {
        add(lines, ContractJson.article(aa.article()));
        aa.all(Quote.class).forEach(q -> add(lines, ContractJson.quote(aa.article().id(), q)));
        aa.all(Claim.class).forEach(c -> add(lines, ContractJson.claim(aa.article().id(), c)));
      });
      kb.events().forEach(e -> add(lines, ContractJson.event(e)));
    }
    lines.replaceAll((k, v) -> v.stream().sorted().toList());
    return lines;
  }

  private static void add(Map<String, List<String>> lines, ObjectNode n) {
    lines.computeIfAbsent(n.get("type").asText(), k -> new ArrayList<>()).add(ContractJson.line(n));
  }

  private static synchronized Map<String, List<String>> exported() {
    if (exported == null) exported = viaStore(dir.resolve("store"));
    return exported;
  }

  @Test
  void articlesQuotesAndClaimsAreWhatTheStoreExports() throws IOException {
    List<String> job = new ArrayList<>(JobOutput.lines(out, "articles"));
    for (String f : JobOutput.lines(out, "facts")) {
      String type = JSON.readTree(f).get("type").asText();
      if (type.equals("quote") || type.equals("claim")) job.add(f);
    }
    List<String> exported = new ArrayList<>();
    for (String type : List.of("article", "quote", "claim")) exported.addAll(exported().getOrDefault(type, List.of()));
    assertEquals(exported.stream().sorted().toList(), job.stream().sorted().toList());
    assertTrue(exported.stream().anyMatch(l -> l.startsWith("{\"type\":\"quote\"")), "the pages hold quotes");
  }

  @Test
  void theStoryJobMergesEventsAcrossArticlesAsTheStoreDoes() throws IOException {
    Path stories = dir.resolve("stories");
    StoryRun.Summary s = StoryRun.run(spark, out.toString(), stories.toString());
    List<String> job = new ArrayList<>();
    try (var files = Files.walk(stories.resolve("jsonl/events"))) {
      for (Path f : files.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
        job.addAll(Files.readAllLines(f));
      }
    }
    List<String> expected = exported().getOrDefault("event", List.of());
    assertEquals(expected, job.stream().sorted().toList());
    assertEquals(expected.size(), s.events());
    int merged = 0;
    for (String line : expected) {
      if (JSON.readTree(line).get("articles").size() > 1) merged++;
    }
    assertTrue(merged > 0, "some events are told by several articles");
  }

  @Test
  void articlesArePartitionedByTheirPublicationDay() throws IOException {
    for (var e : JobOutput.partitions(out, "articles").entrySet()) {
      for (String line : e.getValue()) {
        JsonNode a = JSON.readTree(line);
        String day = a.get("published").isNull() ? OutputKind.UNKNOWN_DAY : a.get("published").asText().substring(0, 10);
        assertEquals("day=" + day, e.getKey());
      }
    }
    assertTrue(JobOutput.partitions(out, "articles").size() > 1, "pages of different days in different partitions");
  }

  @Test
  void damagedInputEndsUpInRejectsWithAReason() throws IOException {
    List<String> codes = new ArrayList<>();
    for (String line : JobOutput.lines(out, "rejects")) {
      JsonNode r = JSON.readTree(line);
      assertFalse(r.get("reason").asText().isBlank());
      codes.add(r.get("stage").asText() + "/" + r.get("code").asText() + "/" + r.get("status").asText());
    }
    assertEquals(List.of("read/broken-record/failed", "read/truncated-record/failed", "read/truncated/warning"),
        codes.stream().sorted().toList());
    assertEquals(3L, summary.rejects().values().stream().mapToLong(Long::longValue).sum());
  }

  @Test
  void parquetHoldsTheSameRowsAsJsonLines() {
    long articles = spark.read().parquet(out.resolve("parquet/articles").toString()).count();
    assertEquals(JobOutput.lines(out, "articles").size(), articles);
    for (Row r : spark.read().parquet(out.resolve("parquet/articles").toString())
        .select("page", "day", "published").collectAsList()) {
      assertTrue(r.getString(0).startsWith("https://"));
      assertEquals(r.isNullAt(2) ? OutputKind.UNKNOWN_DAY : r.getString(2).substring(0, 10), String.valueOf(r.get(1)));
    }
    assertEquals(summary.rows().get(OutputKind.REJECT),
        spark.read().parquet(out.resolve("parquet/rejects").toString()).count());
  }

  @Test
  void everyPageHasOneLosslessLineThatReadsBack() {
    List<String> pages = JobOutput.lines(out, "pages");
    assertEquals(summary.pages(), pages.size());
    long articles = pages.stream().map(PageJson::read).mapToLong(p -> p.articles().size()).sum();
    assertEquals(JobOutput.lines(out, "articles").size(), articles);
  }

  @Test
  void theTopicFilterKeepsExactlyTheOnTopicArticlesAndRejectsTheRest() throws IOException {
    Watchlist w = new Watchlist(SyntheticCrawl.TOPIC_NAMES.stream().map(List::of).toList(), 2);
    Path filtered = dir.resolve("filtered");
    CrawlRun.run(spark, new CrawlRun.Settings(List.of(crawl.toString()), filtered.toString(), w, CAP));
    TermMatcher m = new TermMatcher(w);
    List<String> onTopic = new ArrayList<>();
    for (String line : JobOutput.lines(out, "articles")) {
      JsonNode a = JSON.readTree(line);
      if (m.matches(a.get("title").asText(null), a.get("text").asText())) onTopic.add(line);
    }
    assertFalse(onTopic.isEmpty());
    assertEquals(onTopic, JobOutput.lines(filtered, "articles"));
    long offTopic = JobOutput.lines(filtered, "rejects").stream()
        .filter(l -> l.contains("\"stage\":\"filter\",\"code\":\"off-topic\",\"status\":\"skipped\"")).count();
    assertTrue(offTopic > 0);
    assertEquals(JobOutput.lines(out, "pages").size(), JobOutput.lines(filtered, "pages").size());
  }

  @Test
  void anExistingOutputFolderIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CrawlRun.run(spark,
        new CrawlRun.Settings(List.of(crawl.toString()), out.toString(), null, CAP)));
    assertTrue(e.getMessage().contains("exists"));
    assertTrue(Files.isDirectory(out.resolve("jsonl/articles")));
  }
}
