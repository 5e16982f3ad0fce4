package org.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dossier.core.pipeline.PageBudget;
import org.dossier.core.pipeline.Pipeline;
import org.dossier.core.pipeline.RunStats;
import org.dossier.extract.Extraction;
import org.dossier.extract.page.Pages;
import org.dossier.store.KnowledgeBase;
import org.dossier.store.PageRecord;
import org.dossier.store.RecordRejected;
import org.dossier.store.lucene.LuceneKnowledgeBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A page the store refuses is one failed line; the pages around it are stored and the counts add up. */
class IngestRunTest {
  @TempDir Path tmp;

  @Test
  void aPageTheStoreRefusesIsOneLineAndTheRunCommitsTheRest() throws Exception {
    Path pages = tmp.resolve("pages");
    GeneratedPages.write(pages, 4, 21);
    StringWriter lines = new StringWriter();
    RunStats stats;
    long read;
    try (LuceneKnowledgeBase real = LuceneKnowledgeBase.openForWriting(tmp.resolve("store"))) {
      KnowledgeBase refusing = refusingPage(real, "page0002.txt");
      PrintWriter err = new PrintWriter(lines, true);
      Progress progress = new Progress(err, Progress.Mode.NONE, 4, null);
      try (IngestRun run = new IngestRun(refusing, Pipeline.of(Extraction.standard(), List.of()),
          PageBudget.DEFAULT, progress, err, 2)) {
        Pages.read(List.of(pages), run::page, run::reject);
        run.finish();
        stats = run.stats();
        read = run.read();
      }
      assertEquals(List.of("page0000.txt", "page0001.txt", "page0002.txt", "page0003.txt"),
          real.pages().stream().map(PageRecord::name).sorted().toList());
      assertEquals("failed", real.page("page0002.txt").orElseThrow().outcome().status().name().toLowerCase());
    }
    List<String> said = lines.toString().lines().toList();
    assertEquals(1, said.size(), lines.toString());
    assertTrue(said.get(0).startsWith("page0002.txt: failed (store/rejected): "), said.get(0));
    assertEquals(4, read);
    assertEquals(3, stats.get("pages.ok"));
    assertEquals(1, stats.get("pages.failed"));
    assertTrue(IngestCommand.summary(read, stats).contains("4 pages read: 3 stored, 0 unchanged, 0 skipped, 1 failed"));
    assertTrue(Files.exists(tmp.resolve("store")));
  }

  /** The store, refusing the named page's articles once, as Lucene refuses a document it cannot index. */
  private static KnowledgeBase refusingPage(KnowledgeBase real, String name) {
    boolean[] refused = {false};
    return (KnowledgeBase) Proxy.newProxyInstance(KnowledgeBase.class.getClassLoader(),
        new Class<?>[] {KnowledgeBase.class}, (proxy, method, args) -> {
          if (method.getName().equals("putPage") && ((PageRecord) args[0]).name().equals(name) && !refused[0]) {
            refused[0] = true;
            throw new RecordRejected("the index refused one of its values (a stand-in)", null);
          }
          try {
            return method.invoke(real, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }
}
