package org.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.store.PageRecord;
import org.dossier.store.lucene.LuceneKnowledgeBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real ingest process with SIGKILL in mid-run: the store must open cleanly, hold every page the
 * run reported as committed, and a second run must complete it without duplicates.
 */
class CrashRecoveryTest {
  private static final int PAGES = 300;
  private static final Pattern COMMITTED = Pattern.compile("committed, (\\d+) pages");

  @TempDir Path tmp;

  @Test
  void aKilledIngestLeavesAStoreThatReopensAndCompletes() throws Exception {
    Path pages = tmp.resolve("pages");
    GeneratedPages.write(pages, PAGES, 42);
    Path store = tmp.resolve("store");
    long reported = ingestAndKill(pages, store, 3);

    try (var kb = LuceneKnowledgeBase.openForReading(store)) {
      List<PageRecord> stored = kb.pages();
      System.out.println("crash test: killed after " + reported + " pages reported committed; reopened store holds "
          + stored.size() + " of " + PAGES);
      assertTrue(stored.size() >= reported, stored.size() + " pages stored, " + reported + " reported");
      assertTrue(stored.size() < PAGES, "the kill came mid-run");
      assertEquals(stored.size(), articleIds(kb).size(), "each stored page has its one article");
    }

    CliRun rerun = CliRun.of("ingest", "--store", store.toString(), pages.toString());
    assertEquals(0, rerun.status(), rerun.err());
    try (var kb = LuceneKnowledgeBase.openForReading(store)) {
      assertEquals(PAGES, kb.pages().size());
      assertEquals(PAGES, new HashSet<>(kb.pages().stream().map(PageRecord::name).toList()).size());
      assertEquals(PAGES, articleIds(kb).size());
    }
  }

  /** Starts an ingest in its own JVM, waits for {@code commits} commit lines, kills it; returns pages reported. */
  private static long ingestAndKill(Path pages, Path store, int commits) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
        "ingest", "--store", store.toString(), "--batch", "5", "--progress", "lines", pages.toString())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    long reported = 0;
    int seen = 0;
    try (BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
      for (String line; seen < commits && (line = err.readLine()) != null; ) {
        Matcher m = COMMITTED.matcher(line);
        if (m.find()) {
          reported = Long.parseLong(m.group(1));
          seen++;
        }
      }
      p.destroyForcibly();
      assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the ingest process ended");
    }
    assertEquals(commits, seen, "the ingest reported its commits before it was killed");
    return reported;
  }

  private static Set<String> articleIds(LuceneKnowledgeBase kb) {
    Set<String> ids = new HashSet<>();
    int[] all = {0};
    kb.forEachArticle(aa -> {
      ids.add(aa.article().id());
      all[0]++;
    });
    assertEquals(all[0], ids.size(), "no article is stored twice");
    return ids;
  }

  /**
   * A kill -9 right after the pages are committed and before the events are merged: export must still give
   * every event a clean run gives, and a second run must store them.
   */
  @Test
  void aKillRightAfterTheLastPagesCommitLosesNoEvent() throws Exception {
    Path pages = tmp.resolve("pages");
    GeneratedPages.write(pages, 12, 9);
    Path clean = tmp.resolve("clean");
    assertEquals(0, CliRun.of("ingest", "--store", clean.toString(), pages.toString()).status());
    String events = CliRun.of("export", "--store", clean.toString(), "--type", "event").out();
    assertTrue(events.lines().count() >= 1, "the pages tell of events: " + events);

    Path crashed = tmp.resolve("crashed");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "-Ddossier.haltAfterCommit=1", "-cp", System.getProperty("java.class.path"),
        Main.class.getName(), "ingest", "--store", crashed.toString(), "--batch", "1000", pages.toString())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    assertTrue(p.waitFor(300, TimeUnit.SECONDS));
    assertEquals(137, p.exitValue(), "the ingest stopped dead after its pages commit");
    try (var kb = LuceneKnowledgeBase.openForReading(crashed)) {
      assertEquals(12, kb.pages().size(), "the pages were committed");
      assertTrue(kb.events().isEmpty() && !kb.eventsCurrent(), "the events were not merged, and the store knows it");
    }
    CliRun export = CliRun.of("export", "--store", crashed.toString(), "--type", "event");
    assertEquals(0, export.status(), export.err());
    assertEquals(events, export.out(), "export merges the events the store is behind on");
    assertTrue(export.err().contains("behind"), "and says so: " + export.err());

    assertEquals(0, CliRun.of("ingest", "--store", crashed.toString(), pages.toString()).status());
    CliRun after = CliRun.of("export", "--store", crashed.toString(), "--type", "event");
    assertEquals(events, after.out());
    assertTrue(after.err().isEmpty(), "the next ingest stored them: " + after.err());
  }

  /** Ctrl-C (SIGTERM here) ends the run; its status file says it is over, not "running" for ever. */
  @Test
  void anInterruptedIngestLeavesItsStatusFileSayingItIsOver() throws Exception {
    Path pages = tmp.resolve("pages");
    GeneratedPages.write(pages, 200, 4);
    Path store = tmp.resolve("store");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
        "ingest", "--store", store.toString(), "--batch", "5", "--progress", "lines", pages.toString())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    try (BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = err.readLine()) != null; ) {
        if (COMMITTED.matcher(line).find()) break;
      }
      p.destroy();
      assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the ingest process ended");
    }
    String status = Files.readString(store.resolve("ingest-status.json"));
    assertTrue(status.contains("\"running\":false"), status);
  }
}
