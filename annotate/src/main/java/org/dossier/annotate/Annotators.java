package org.dossier.annotate;

import java.util.List;
import java.util.stream.Stream;
import org.dossier.annotate.claims.RuleClaimAnnotator;
import org.dossier.annotate.entities.EntityAnnotator;
import org.dossier.annotate.events.RuleEventAnnotator;
import org.dossier.annotate.gist.GistAnnotator;
import org.dossier.annotate.quotes.RuleQuoteAnnotator;
import org.dossier.annotate.time.TimeAnnotator;
import org.dossier.core.pipeline.Annotator;

/** The annotators Dossier runs, in order; all share one CoreNLP pipeline and its per-text cache. */
public final class Annotators {
  private Annotators() {}

  /**
   * Entities first (later families name speakers and sources by canonical entity), then times; quotes
   * before claims (a number inside a quote is its speaker's claim), then events.
   */
  public static List<Annotator> facts() {
    return List.of(EntityAnnotator.standard(), TimeAnnotator.standard(), new RuleQuoteAnnotator(),
        new RuleClaimAnnotator(), new RuleEventAnnotator());
  }

  /** The facts and the gist that same-story clustering compares (it needs none of the facts). */
  public static List<Annotator> standard() {
    return Stream.concat(facts().stream(), Stream.of(GistAnnotator.standard())).toList();
  }
}
