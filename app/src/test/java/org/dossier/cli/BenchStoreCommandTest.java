package org.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dossier.store.lucene.LuceneKnowledgeBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bench store} on a small run: it grows the store it is given and prints every figure line. */
class BenchStoreCommandTest {
  @TempDir Path tmp;

  @Test
  void growsTheStoreAndPrintsTheFigures() throws Exception {
    Path pages = tmp.resolve("pages");
    GeneratedPages.write(pages, 6, 3);
    Path store = tmp.resolve("store");
    CliRun run = CliRun.of("bench", "store", "--store", store.toString(), "--articles", "300", "--seed-from",
        pages.toString(), "--queries", "16", "--passes", "1");
    assertEquals(0, run.status(), run.err());
    List<String> out = run.out().lines().toList();
    for (String figure : List.of("seeds: 6 pages", "search at 30 articles, limit 10 (articles and snippets): p50 ",
        "search at 30 articles, limit 1000 (ids only, as the HTTP API asks): p50 ", "ingest: 300 articles in ", "store size: ",
        "search at 300 articles, limit 10 (articles and snippets): p50 ", "search at 300 articles, limit 1000 (ids only, as the HTTP API asks): p50 ",
        "ratio at 300 / at 30 articles, limit 10: ")) {
      assertEquals(1, out.stream().filter(l -> l.startsWith(figure)).count(), figure + " in\n" + run.out());
    }
    assertEquals(2, out.stream().filter(l -> l.startsWith("p99 ms by kind: word ")).count(), run.out());
    try (LuceneKnowledgeBase kb = LuceneKnowledgeBase.openForReading(store)) {
      assertEquals(300, kb.pages().size());
      int[] articles = {0};
      kb.forEachArticle(a -> articles[0]++);
      assertEquals(300, articles[0]);
    }
  }

  @Test
  void refusesAStoreFolderThatIsNotEmpty() throws Exception {
    Path store = Files.createDirectories(tmp.resolve("store"));
    Files.writeString(store.resolve("notes.txt"), "mine");
    CliRun run = CliRun.of("bench", "store", "--store", store.toString(), "--articles", "10");
    assertEquals(1, run.status());
    assertTrue(run.err().contains(store + " is not empty"), run.err());
    assertEquals(List.of(store.resolve("notes.txt")), Files.list(store).toList());
  }
}
