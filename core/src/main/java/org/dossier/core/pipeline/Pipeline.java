package org.dossier.core.pipeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.dossier.core.model.Annotation;
import org.dossier.core.model.Article;
import org.dossier.core.model.RawPage;

/**
 * Extraction followed by annotation, pure per page, so the same code runs in the command line, in tests
 * and inside a Spark task. Built once (stage order is checked here) and then shared across threads as
 * long as its stages are thread-safe.
 */
public final class Pipeline {
  private final Extractor extractor;
  private final List<Annotator> annotators;

  private Pipeline(Extractor extractor, List<Annotator> annotators) {
    this.extractor = Objects.requireNonNull(extractor, "extractor");
    this.annotators = List.copyOf(annotators);
  }

  /**
   * Builds a pipeline, failing fast when an annotator needs a kind no earlier annotator provides.
   *
   * @throws IllegalArgumentException naming the annotator and the missing kind
   */
  public static Pipeline of(Extractor extractor, List<Annotator> annotators) {
    Set<Class<? extends Annotation>> available = new HashSet<>();
    for (Annotator a : annotators) {
      for (Class<? extends Annotation> need : a.requires()) {
        if (!available.contains(need)) {
          throw new IllegalArgumentException("annotator '" + a.name() + "' requires " + need.getSimpleName()
              + " but no annotator before it provides it; put one that does earlier in the list");
        }
      }
      available.addAll(a.provides());
    }
    return new Pipeline(extractor, annotators);
  }

  public List<Annotator> annotators() {
    return annotators;
  }

  /**
   * The stages by name ("extract,entities,time,..."), stored with each page so that a page is redone when
   * the stages change.
   */
  public String signature() {
    List<String> names = new ArrayList<>(List.of("extract"));
    annotators.forEach(a -> names.add(a.name()));
    return String.join(",", names);
  }

  public PageResult process(RawPage page) {
    List<Article> articles;
    List<Outcome> warnings;
    try {
      ExtractResult extracted = extractor.extractNoting(page);
      articles = extracted.articles();
      warnings = extracted.warnings();
    } catch (PageProblem p) {
      return new PageResult(page, List.of(), Outcome.failed(page.name(), "extract", p.code(), p.getMessage()));
    } catch (RuntimeException e) {
      return new PageResult(page, List.of(), Outcome.failed(page.name(), "extract", "bug", e.toString()));
    }
    if (articles.isEmpty()) {
      return new PageResult(page, List.of(),
          Outcome.skipped(page.name(), "extract", "no-article", "no article text found"));
    }
    List<AnnotatedArticle> out = new ArrayList<>(articles.size());
    for (Article article : articles) {
      try {
        out.add(annotate(article));
      } catch (PageProblem p) {
        return new PageResult(page, List.of(), Outcome.failed(page.name(), "annotate", p.code(), p.getMessage()));
      } catch (RuntimeException e) {
        return new PageResult(page, List.of(), Outcome.failed(page.name(), "annotate", "bug", e.toString()));
      }
    }
    return new PageResult(page, out, warnings.isEmpty() ? Outcome.ok(page.name()) : warnings.get(0));
  }

  /** Runs the annotators over one article, checking that each returned span lies inside the text. */
  public AnnotatedArticle annotate(Article article) throws PageProblem {
    List<Annotation> soFar = new ArrayList<>();
    for (Annotator a : annotators) {
      for (Annotation found : a.annotate(article, List.copyOf(soFar))) {
        if (!found.span().fitsIn(article.text())) {
          throw new IllegalStateException("annotator '" + a.name() + "' returned span " + found.span()
              + " outside a text of " + article.text().length() + " chars");
        }
        soFar.add(found);
      }
    }
    return new AnnotatedArticle(article, soFar);
  }
}
