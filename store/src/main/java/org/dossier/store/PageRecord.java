package org.dossier.store;

import java.util.Objects;
import org.dossier.core.model.Provenance;
import org.dossier.core.pipeline.Outcome;

/**
 * A page as the store remembers it.
 *
 * @param name the page's name ({@code RawPage#name})
 * @param provenance where it was read from
 * @param contentHash a hash of its bytes, to tell an unchanged page from a changed one
 * @param pipeline the stages that processed it, so a page is redone when they change
 * @param outcome how processing went
 */
public record PageRecord(String name, Provenance provenance, String contentHash, String pipeline, Outcome outcome) {
  public PageRecord {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(provenance, "provenance");
    Objects.requireNonNull(outcome, "outcome");
  }

  /** Whether this record stands for the same bytes processed by the same stages. */
  public boolean sameAs(String otherHash, String otherPipeline) {
    return Objects.equals(contentHash, otherHash) && Objects.equals(pipeline, otherPipeline);
  }
}
