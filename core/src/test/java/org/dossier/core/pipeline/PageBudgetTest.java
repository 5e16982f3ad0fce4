package org.dossier.core.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.dossier.core.model.Annotation;
import org.dossier.core.model.Article;
import org.dossier.core.model.EntityKind;
import org.dossier.core.model.EntityMention;
import org.dossier.core.model.PageFormat;
import org.dossier.core.model.Provenance;
import org.dossier.core.model.RawPage;
import org.dossier.core.model.Role;
import org.dossier.core.model.Span;
import org.junit.jupiter.api.Test;

/** One page's work is bounded in characters and in time; what was finished is kept, with the reason. */
class PageBudgetTest {
  private static RawPage page(String name, String text) {
    return new RawPage(name, Provenance.ofFile("/tmp/" + name), PageFormat.TEXT, text.getBytes(StandardCharsets.UTF_8),
        null, false);
  }

  /** Each paragraph of the page is one article. */
  private static final Extractor PARAGRAPHS = page -> {
    List<Article> out = new ArrayList<>();
    String[] parts = new String(page.bytes(), StandardCharsets.UTF_8).split("\n---\n");
    for (int i = 0; i < parts.length; i++) {
      out.add(Article.of("a" + i, page.name(), Role.MAIN, null, null, null, List.of(), null, null,
          List.of(parts[i].split("\n\n"))));
    }
    return out;
  };

  /** Marks the text it saw whole, so a test can tell what length each annotator was given. */
  private static Annotator seeing(String name, List<Integer> seen) {
    return new Annotator() {
      public String name() {
        return name;
      }

      public Set<Class<? extends Annotation>> requires() {
        return Set.of();
      }

      public Set<Class<? extends Annotation>> provides() {
        return Set.of(EntityMention.class);
      }

      public List<Annotation> annotate(Article article, List<Annotation> soFar) {
        seen.add(article.text().length());
        return List.of(new EntityMention(new Span(0, article.text().length()), "x", "x", EntityKind.OTHER));
      }
    };
  }

  /** Works until interrupted, as CoreNLP's tagger does on a huge text (it checks the interrupt flag). */
  private static final Annotator STUCK = new Annotator() {
    public String name() {
      return "stuck";
    }

    public Set<Class<? extends Annotation>> requires() {
      return Set.of();
    }

    public Set<Class<? extends Annotation>> provides() {
      return Set.of(EntityMention.class);
    }

    public List<Annotation> annotate(Article article, List<Annotation> soFar) {
      try {
        Thread.sleep(60_000);
        return List.of();
      } catch (InterruptedException e) {
        throw new IllegalStateException("RuntimeInterruptedException stand-in", e);
      }
    }
  };

  @Test
  void anArticleOverTheCapIsAnnotatedUpToAParagraphBreakAndKeptWhole() {
    String first = "Ann spoke in the hall. ".repeat(30).strip();
    String text = first + "\n\n" + "Ben answered at length. ".repeat(60).strip();
    List<Integer> seen = new ArrayList<>();
    PageResult r = Pipeline.of(PARAGRAPHS, List.of(seeing("people", seen)))
        .process(page("long.txt", text), new PageBudget(Duration.ofSeconds(30), 1000));
    assertEquals(List.of(first.length()), seen, "the annotator saw the text up to the paragraph break");
    AnnotatedArticle a = r.articles().get(0);
    assertEquals(text, a.article().text(), "the article is stored whole");
    assertTrue(a.annotations().get(0).span().end() <= first.length());
    assertTrue(r.outcome().isOk() && r.outcome().isWarning(), r.outcome().line());
    assertEquals("capped", r.outcome().code());
    assertTrue(r.outcome().message().contains(text.length() + " characters"), r.outcome().message());
  }

  @Test
  void aShortArticleIsUntouchedAndItsOutcomePlainOk() {
    List<Integer> seen = new ArrayList<>();
    PageResult r = Pipeline.of(PARAGRAPHS, List.of(seeing("people", seen)))
        .process(page("short.txt", "Ann spoke."), PageBudget.DEFAULT);
    assertEquals(List.of(10), seen);
    assertFalse(r.outcome().isWarning());
  }

  @Test
  void aPageOverItsTimeKeepsEveryArticleAndWhatWasFinished() throws Exception {
    List<Integer> seen = new ArrayList<>();
    Pipeline pipeline = Pipeline.of(PARAGRAPHS, List.of(seeing("people", seen), STUCK, seeing("after", seen)));
    PageBudget budget = new PageBudget(Duration.ofMillis(300), 100_000);
    ExecutorService worker = Executors.newSingleThreadExecutor();
    try (Watchdog watchdog = new Watchdog()) {
      long started = System.nanoTime();
      Future<PageResult> stuck = worker.submit(() -> watchdog.run(budget.time(),
          () -> pipeline.process(page("stuck.txt", "First article.\n---\nSecond article."), budget)));
      PageResult r = stuck.get(20, TimeUnit.SECONDS);
      assertTrue(System.nanoTime() - started < TimeUnit.SECONDS.toNanos(10), "stopped near its budget");
      assertEquals(2, r.articles().size(), "both articles are kept");
      assertEquals(1, r.articles().get(0).annotations().size(), "the first annotator's facts are kept");
      assertTrue(r.articles().get(1).annotations().isEmpty(), "no time was left for the second article");
      assertEquals("time-budget", r.outcome().code(), r.outcome().line());
      assertTrue(r.outcome().message().contains("'stuck' of article 1 of 2"), r.outcome().message());
      // The worker is not lost: the next page on the same thread runs to its end, uninterrupted.
      Pipeline quick = Pipeline.of(PARAGRAPHS, List.of(seeing("people", seen)));
      PageResult next = worker.submit(() -> watchdog.run(Duration.ofSeconds(30),
          () -> quick.process(page("next.txt", "Ann spoke."), PageBudget.DEFAULT))).get(20, TimeUnit.SECONDS);
      assertFalse(next.outcome().isWarning(), next.outcome().line());
      assertEquals(1, next.articles().get(0).annotations().size());
    } finally {
      worker.shutdownNow();
    }
  }
}
