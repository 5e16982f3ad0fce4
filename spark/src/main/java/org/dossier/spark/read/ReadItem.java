package org.dossier.spark.read;

import org.dossier.core.model.RawPage;
import org.dossier.core.pipeline.Outcome;

/** What reading a WARC file yields, one at a time: a page, or an outcome for input that is no page. */
public sealed interface ReadItem {
  /** A page to process; {@code warning} is set when the reader changed it (cut to the size cap). */
  record Page(RawPage page, Outcome warning) implements ReadItem {}

  /** A file or record that could not be read, or holds nothing to read. */
  record Rejected(Outcome outcome) implements ReadItem {}
}
