package org.dossier.extract.page;

import java.io.IOException;
import java.time.Instant;
import org.dossier.core.model.Provenance;
import org.dossier.core.model.RawPage;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/** Turns one WARC record into a page, or skips or rejects it. */
final class WarcRecordPages {
  private WarcRecordPages() {}

  /**
   * The page in the record, or null when it holds none (counted or reported in {@code sink}). The record's
   * block is read to its end, so a record cut short by the end of the file is noticed here.
   *
   * @throws IOException when the record itself is broken or truncated; reading the file cannot go on as is
   */
  static RawPage pageOf(WarcRecord record, long offset, String file, PageSink sink) throws IOException {
    if (!(record instanceof WarcResponse response) || !isHttp(response)) {
      record.body().consume();
      sink.skippedRecord();
      return null;
    }
    String source = file + "@" + offset;
    HttpPayload payload;
    try {
      payload = HttpPayload.read(response, sink.maxPageBytes());
    } catch (IOException | RuntimeException e) {
      record.body().consume(); // throws again when the record, not only its payload, is broken
      sink.fail(source, "bad-payload", "unreadable HTTP payload of " + response.target() + ": " + Reasons.of(e));
      return null;
    }
    record.body().consume();
    if (payload == null) {
      sink.skippedRecord();
      return null;
    }
    String problem = ContentCheck.problem(payload.bytes());
    if (problem != null) {
      sink.skip(source, problem, (problem.equals("empty") ? "empty payload of " : "binary payload of ")
          + response.target());
      return null;
    }
    String target = response.target();
    Provenance provenance = new Provenance(file, offset, target, dateOf(record));
    return new RawPage(target == null ? source : target, provenance, payload.format(), payload.bytes(),
        payload.charset(), payload.truncated());
  }

  private static boolean isHttp(WarcResponse response) {
    try {
      return response.contentType().base().equals(MediaType.HTTP);
    } catch (RuntimeException e) { // an unparsable Content-Type header
      return false;
    }
  }

  private static Instant dateOf(WarcRecord record) {
    try {
      return record.date();
    } catch (RuntimeException e) { // missing or malformed WARC-Date: the page is still worth reading
      return null;
    }
  }
}
