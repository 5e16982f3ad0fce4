package org.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dossier.core.model.Article;
import org.dossier.core.model.EntityKind;
import org.dossier.core.model.EntityMention;
import org.dossier.core.model.Provenance;
import org.dossier.core.model.Role;
import org.dossier.core.model.Span;
import org.dossier.core.pipeline.AnnotatedArticle;
import org.dossier.core.pipeline.Outcome;
import org.dossier.store.export.PageJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoadCommandTest {
  @TempDir Path tmp;

  @Test
  void loadsAJobsPagesAndStoriesAndSkipsBadLines() throws Exception {
    Article a = Article.of("a1", "http://example.org/x", Role.MAIN, "Coast Daily", null, "Harbour reopens",
        List.of(), null, "en", List.of("Mira Holt reopened the harbour."));
    AnnotatedArticle aa = new AnnotatedArticle(a, List.of(new EntityMention(new Span(0, 9), "Mira Holt", "Mira Holt",
        EntityKind.PERSON)));
    Path part = tmp.resolve("crawl/jsonl/pages/day=unknown/part-00000");
    Files.createDirectories(part.getParent());
    Files.writeString(part, PageJson.write(new PageJson.Page("http://example.org/x",
        new Provenance("crawl.warc.gz", 120, "http://example.org/x", null), "hash", "extract", Outcome.ok("x"),
        List.of(aa))) + "\n{not json}\n");
    Path stories = tmp.resolve("stories/jsonl/stories/part-00000");
    Files.createDirectories(stories.getParent());
    Files.writeString(stories, "{\"type\":\"story\",\"id\":\"s1\",\"title\":\"Harbour reopens\",\"articles\":[\"a1\"]}\n");

    String store = tmp.resolve("store").toString();
    CliRun load = CliRun.of("load", "--store", store, tmp.resolve("crawl").toString(), "--stories",
        tmp.resolve("stories").toString());
    assertEquals(0, load.status(), load.err());
    assertTrue(load.err().contains("loaded 1 pages, 1 articles, 1 bad lines skipped"), load.err());
    assertEquals(1, load.err().lines().filter(l -> l.contains("skipped a line: not a page line")).count(),
        "the bad line gets one line of its own: " + load.err());
    assertFalse(load.err().contains("[Source:"), "the parser's location note stays out: " + load.err());
    String export = CliRun.of("export", "--store", store).out();
    assertTrue(export.contains("\"title\":\"Harbour reopens\"") && export.contains("\"id\":\"s1\""), export);
    assertTrue(export.contains("\"name\":\"Mira Holt\""), "entities are merged from the loaded mentions");

    assertNotEquals(0, CliRun.of("load", "--store", store, tmp.toString()).status(), "not a job's output");
  }
}
