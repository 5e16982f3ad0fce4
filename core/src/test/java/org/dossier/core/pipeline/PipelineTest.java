package org.dossier.core.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.dossier.core.model.Annotation;
import org.dossier.core.model.Article;
import org.dossier.core.model.EntityKind;
import org.dossier.core.model.EntityMention;
import org.dossier.core.model.PageFormat;
import org.dossier.core.model.Provenance;
import org.dossier.core.model.Quote;
import org.dossier.core.model.RawPage;
import org.dossier.core.model.Role;
import org.dossier.core.model.Span;
import org.junit.jupiter.api.Test;

class PipelineTest {
  private static final RawPage PAGE = new RawPage("p.txt", Provenance.ofFile("/tmp/p.txt"), PageFormat.TEXT,
      "Ann spoke.".getBytes(StandardCharsets.UTF_8), null, false);

  private static final Extractor WHOLE_TEXT = page -> List.of(Article.of("a", page.name(), Role.MAIN, null,
      null, null, List.of(), null, null, List.of(new String(page.bytes(), StandardCharsets.UTF_8))));

  /** Finds "Ann" as a person. */
  private static final Annotator PEOPLE = annotator("people", Set.of(), Set.of(EntityMention.class),
      (article, soFar) -> List.of(new EntityMention(new Span(0, 3), "Ann", "Ann", EntityKind.PERSON)));

  /** Turns each person into a quote; needs people first. */
  private static final Annotator QUOTES = annotator("quotes", Set.of(EntityMention.class), Set.of(Quote.class),
      (article, soFar) -> soFar.stream().filter(EntityMention.class::isInstance)
          .map(m -> (Annotation) new Quote(new Span(4, 9), "spoke", ((EntityMention) m).entity(), List.of(), null))
          .toList());

  @Test
  void refusesAnOrderInWhichARequirementComesLater() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Pipeline.of(WHOLE_TEXT, List.of(QUOTES, PEOPLE)));
    assertTrue(e.getMessage().contains("quotes") && e.getMessage().contains("EntityMention"), e.getMessage());
  }

  @Test
  void eachAnnotatorSeesWhatCameBefore() {
    PageResult r = Pipeline.of(WHOLE_TEXT, List.of(PEOPLE, QUOTES)).process(PAGE);
    assertTrue(r.outcome().isOk());
    AnnotatedArticle a = r.articles().get(0);
    assertEquals("Ann", a.all(Quote.class).get(0).speaker());
    assertEquals(2, a.annotations().size());
  }

  @Test
  void aSpanOutsideTheTextIsABugReportedAsAFailedPage() {
    Annotator broken = annotator("broken", Set.of(), Set.of(EntityMention.class),
        (article, soFar) -> List.of(new EntityMention(new Span(0, 99), "x", "x", EntityKind.OTHER)));
    PageResult r = Pipeline.of(WHOLE_TEXT, List.of(broken)).process(PAGE);
    assertEquals(Outcome.Status.FAILED, r.outcome().status());
    assertEquals("annotate", r.outcome().stage());
    assertTrue(r.articles().isEmpty());
  }

  @Test
  void anExtractorsWarningBecomesThePagesOutcomeAndTheArticlesStay() throws PageProblem {
    Extractor capping = new Extractor() {
      @Override
      public List<Article> extract(RawPage page) throws PageProblem {
        return WHOLE_TEXT.extract(page);
      }

      @Override
      public ExtractResult extractNoting(RawPage page) throws PageProblem {
        return new ExtractResult(extract(page),
            List.of(Outcome.warning(page.name(), "extract", "capped", "kept 60 of 900 embedded articles")));
      }
    };
    PageResult r = Pipeline.of(capping, List.of(PEOPLE)).process(PAGE);
    assertTrue(r.outcome().isWarning());
    assertEquals("p.txt: warning (extract/capped): kept 60 of 900 embedded articles", r.outcome().line());
    assertEquals(1, r.articles().size());
    assertTrue(Pipeline.of(WHOLE_TEXT, List.of()).process(PAGE).outcome().code() == null, "no warning, plain ok");
  }

  @Test
  void aPageProblemBecomesAnOutcomeAndAnEmptyPageIsSkipped() {
    Extractor refusing = page -> {
      throw new PageProblem("binary", "not text");
    };
    Outcome failed = Pipeline.of(refusing, List.of()).process(PAGE).outcome();
    assertEquals("p.txt: failed (extract/binary): not text", failed.line());
    Outcome skipped = Pipeline.of(page -> List.of(), List.of()).process(PAGE).outcome();
    assertEquals(Outcome.Status.SKIPPED, skipped.status());
    assertEquals("no-article", skipped.code());
  }

  interface Body {
    List<Annotation> apply(Article article, List<Annotation> soFar);
  }

  private static Annotator annotator(String name, Set<Class<? extends Annotation>> requires,
      Set<Class<? extends Annotation>> provides, Body body) {
    return new Annotator() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public Set<Class<? extends Annotation>> requires() {
        return requires;
      }

      @Override
      public Set<Class<? extends Annotation>> provides() {
        return provides;
      }

      @Override
      public List<Annotation> annotate(Article article, List<Annotation> soFar) {
        return body.apply(article, soFar);
      }
    };
  }
}
