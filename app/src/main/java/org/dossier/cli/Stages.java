package org.dossier.cli;

import java.util.ArrayList;
import java.util.List;
import org.dossier.core.model.Event;
import org.dossier.core.model.EventMention;
import org.dossier.core.pipeline.AnnotatedArticle;
import org.dossier.core.pipeline.Pipeline;
import org.dossier.extract.Extraction;
import org.dossier.store.export.ContractJson;

/**
 * The stages the store commands run, wired in one place. Until the annotators land this is extraction
 * alone; then {@link #standardPipeline} takes {@code Annotators.standard()} and {@link #events} the
 * event-merging function.
 */
final class Stages {
  private Stages() {}

  /** Extraction followed by every annotator Dossier ships. */
  static Pipeline standardPipeline() {
    return Pipeline.of(Extraction.standard(), List.of());
  }

  /** A short signature of the stages, stored with each page so that a page is redone when they change. */
  static String signature(Pipeline pipeline) {
    List<String> names = new ArrayList<>(List.of("extract"));
    pipeline.annotators().forEach(a -> names.add(a.name()));
    return String.join(",", names);
  }

  /** The events of a page's articles: for now one per event mention, not yet merged across articles. */
  static List<Event> events(List<AnnotatedArticle> articles) {
    List<Event> out = new ArrayList<>();
    for (AnnotatedArticle aa : articles) {
      for (EventMention m : aa.all(EventMention.class)) {
        String id = ContractJson.factId(aa.article().id(), "event", m.span());
        out.add(new Event(id, m.kind(), m.actors(), m.date(), m.place(), m.summary(), List.of(aa.article().id())));
      }
    }
    return out;
  }
}
