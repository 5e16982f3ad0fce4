package org.dossier.extract.page;

import java.io.IOException;
import java.time.Instant;
import org.dossier.core.model.Provenance;
import org.dossier.core.model.RawPage;
import org.dossier.core.pipeline.Outcome;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/** Turns one WARC record into a page, a rejection, or nothing. */
final class WarcRecordPages {
  private WarcRecordPages() {}

  /**
   * The page in the record, a problem with its payload, or null when it holds no page (requests,
   * metadata, redirects, images, ...). The record's block is read to its end, so a record cut short by
   * the end of the file is noticed here.
   *
   * @throws IOException when the record itself is broken or truncated; reading the file cannot go on as is
   */
  static ReadItem itemOf(WarcRecord record, long offset, String file, int cap) throws IOException {
    if (!(record instanceof WarcResponse response) || !isHttp(response)) {
      record.body().consume();
      return null;
    }
    String source = file + "@" + offset;
    HttpPayload payload;
    try {
      payload = HttpPayload.read(response, cap);
    } catch (IOException | RuntimeException e) {
      record.body().consume(); // throws again when the record, not only its payload, is broken
      return new ReadItem.Problem(Outcome.failed(source, ReadItem.STAGE, "bad-payload",
          "unreadable HTTP payload of " + response.target() + ": " + Reasons.of(e)));
    }
    record.body().consume();
    if (payload == null) return null;
    String problem = ContentCheck.problem(payload.bytes());
    if (problem != null) {
      return new ReadItem.Problem(Outcome.skipped(source, ReadItem.STAGE, problem,
          (problem.equals("empty") ? "empty payload of " : "binary payload of ") + response.target()));
    }
    String target = response.target();
    Provenance provenance = new Provenance(file, offset, target, dateOf(record));
    RawPage page = new RawPage(target == null ? source : target, provenance, payload.format(), payload.bytes(),
        payload.charset(), payload.truncated());
    return ReadItem.Page.of(page, source, cap);
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
