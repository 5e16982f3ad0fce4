package org.dossier.extract.page;

import java.io.EOFException;
import org.dossier.core.pipeline.Outcome;

/**
 * Where and why a run of WARC records ended early.
 *
 * @param offset where the damaged record starts
 * @param recordsRead records read in the run before it
 * @param code the outcome code to report
 */
record RecordBreak(long offset, int recordsRead, String code, String reason) {
  static RecordBreak of(long offset, int recordsRead, Exception cause) {
    boolean cut = cause instanceof EOFException;
    return new RecordBreak(offset, recordsRead, cut ? "truncated-record" : "broken-record",
        (cut ? "record cut short by the end of the file (" : "broken record (") + Reasons.of(cause) + ")");
  }

  /** jwarc found the record's end elsewhere than its Content-Length says. */
  static RecordBreak badTrailer(long offset, int recordsRead) {
    return new RecordBreak(offset, recordsRead, "bad-trailer", "record does not end where its Content-Length says");
  }

  /** The outcome to report; a bad trailer only warns, since its record's page was already handed on. */
  Outcome outcome(String file, long resume) {
    String message = reason + (resume < 0 ? "; no readable record after it, rest of file skipped"
        : "; resuming at offset " + resume);
    String source = file + "@" + offset;
    return code.equals("bad-trailer") ? Outcome.warning(source, ReadItem.STAGE, code, message)
        : Outcome.failed(source, ReadItem.STAGE, code, message);
  }
}
