package org.dossier.cli;

import java.util.List;
import org.dossier.annotate.Annotators;
import org.dossier.core.model.Event;
import org.dossier.core.pipeline.Pipeline;
import org.dossier.extract.Extraction;
import org.dossier.store.KnowledgeBase;
import org.dossier.web.StoredEvents;

/** The stages the store commands run, wired in one place. */
final class Stages {
  private Stages() {}

  /** Extraction followed by every annotator Dossier ships. */
  static Pipeline standardPipeline() {
    return Pipeline.of(Extraction.standard(), Annotators.standard());
  }

  /** Every event mention in the store merged into events: the same happening told by several articles is one. */
  static List<Event> mergedEvents(KnowledgeBase kb) {
    return StoredEvents.merged(kb);
  }
}
