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

  /** Processes a page with no bounds on its annotation (see {@link #process(RawPage, PageBudget)}). */
  public PageResult process(RawPage page) {
    return process(page, PageBudget.UNBOUNDED);
  }

  /**
   * Extracts and annotates a page within a budget. An article longer than the budget's characters is
   * annotated up to them; when the time runs out (checked between annotators, and CoreNLP stops when the
   * thread is interrupted, see {@link Watchdog}) the page keeps every article, with the facts finished
   * so far. Either way the outcome is an annotate warning that says what was left out.
   */
  public PageResult process(RawPage page, PageBudget budget) {
    long deadline = System.nanoTime() + budget.time().toNanos();
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
    BudgetNotes notes = new BudgetNotes(budget, articles.size());
    for (Article article : articles) {
      try {
        out.add(annotate(article, budget, deadline, notes));
      } catch (PageProblem p) {
        return new PageResult(page, List.of(), Outcome.failed(page.name(), "annotate", p.code(), p.getMessage()));
      } catch (RuntimeException e) {
        return new PageResult(page, List.of(), Outcome.failed(page.name(), "annotate", "bug", e.toString()));
      }
    }
    return new PageResult(page, out, outcome(notes.outcome(page.name()), warnings));
  }

  /** A page carries one outcome: the budget's warning and the extractor's, said together. */
  private static Outcome outcome(Outcome annotated, List<Outcome> extracted) {
    if (extracted.isEmpty()) return annotated;
    Outcome first = extracted.get(0);
    if (!annotated.isWarning()) return first;
    return Outcome.warning(annotated.source(), annotated.stage(), annotated.code(),
        first.message() + "; " + annotated.message());
  }

  /** Runs the annotators over one article, checking that each returned span lies inside the text. */
  public AnnotatedArticle annotate(Article article) throws PageProblem {
    return annotate(article, PageBudget.UNBOUNDED, Long.MAX_VALUE, new BudgetNotes(PageBudget.UNBOUNDED, 1));
  }

  private AnnotatedArticle annotate(Article article, PageBudget budget, long deadline, BudgetNotes notes)
      throws PageProblem {
    Article annotated = budget.annotated(article);
    if (annotated != article) notes.capped(article.text().length(), annotated.text().length());
    List<Annotation> soFar = new ArrayList<>();
    for (Annotator a : annotators) {
      if (notes.outOfTime() || System.nanoTime() - deadline > 0) {
        notes.outOfTime(a.name());
        break;
      }
      List<Annotation> found;
      try {
        found = a.annotate(annotated, List.copyOf(soFar));
      } catch (RuntimeException e) {
        if (System.nanoTime() - deadline <= 0 && !interrupted(e)) throw e;
        notes.outOfTime(a.name()); // interrupted at the deadline (CoreNLP stops so)
        break;
      }
      for (Annotation x : found) {
        if (!x.span().fitsIn(annotated.text())) {
          throw new IllegalStateException("annotator '" + a.name() + "' returned span " + x.span()
              + " outside a text of " + annotated.text().length() + " chars");
        }
      }
      soFar.addAll(found);
    }
    notes.articleDone();
    return new AnnotatedArticle(article, soFar);
  }

  /** Whether the failure is the watchdog's interrupt (CoreNLP throws its RuntimeInterruptedException). */
  private static boolean interrupted(RuntimeException e) {
    return Thread.currentThread().isInterrupted() || e.getClass().getSimpleName().contains("Interrupted")
        || e.getCause() instanceof InterruptedException;
  }
}
