package org.dossier.extract.page;

import org.dossier.core.model.RawPage;
import org.dossier.core.pipeline.Outcome;

/** What a pull reader yields, one at a time: a page, or an outcome for input that is no page. */
public sealed interface ReadItem {
  /** The stage name reading problems are reported under. */
  String STAGE = "read";

  /** A page to process; {@code warning} is set when the reader cut it to the size cap, else null. */
  record Page(RawPage page, Outcome warning) implements ReadItem {
    /** The page, with the warning a page over the cap of {@code maxPageBytes} gets. */
    static Page of(RawPage page, String source, int maxPageBytes) {
      Outcome warning = page.truncated() ? Outcome.warning(source, STAGE, "truncated",
          "page larger than the cap; only its first " + size(maxPageBytes) + " were kept") : null;
      return new Page(page, warning);
    }

    private static String size(int bytes) {
      return bytes % (1 << 20) == 0 ? (bytes >> 20) + " MiB" : bytes + " bytes";
    }
  }

  /**
   * A file or record that could not be read or holds nothing to read (failed or skipped), or a warning
   * about the file that rejects no page (ok status with a code, such as a bad record trailer).
   */
  record Problem(Outcome outcome) implements ReadItem {}
}
