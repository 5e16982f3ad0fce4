package org.dossier.spark.read;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.time.Instant;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.dossier.core.model.Provenance;
import org.dossier.core.model.RawPage;
import org.dossier.core.pipeline.Outcome;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Pulls the pages of one WARC or WARC.gz file one record at a time, never holding more than one record.
 * A broken or truncated record becomes one rejected item with its offset; reading resumes at the next
 * place a record may start. Nothing is thrown to the caller for bad input.
 */
final class WarcPull implements Iterator<ReadItem>, Closeable {
  private final HadoopChannel channel;
  private final String file;
  private final int cap;
  private final boolean gzip;
  private WarcReader reader;
  private ReadItem next;
  private boolean done;
  private boolean quiet; // while trying resume candidates after a reported break

  WarcPull(HadoopChannel channel, String file, int cap) throws IOException {
    this.channel = channel;
    this.file = file;
    this.cap = cap;
    this.gzip = RecordStart.isGzip(channel);
    this.reader = new WarcReader(channel);
  }

  @Override
  public boolean hasNext() {
    while (next == null && !done) advance();
    if (next == null) closeQuietly(); // the task streams to the end; nothing else would close the file
    return next != null;
  }

  @Override
  public ReadItem next() {
    if (!hasNext()) throw new NoSuchElementException();
    ReadItem item = next;
    next = null;
    return item;
  }

  private void advance() {
    long start = reader.position();
    try {
      Optional<WarcRecord> record = reader.next();
      if (record.isEmpty()) {
        done = true;
        return;
      }
      next = itemOf(record.get(), reader.position());
      quiet = false;
    } catch (IOException | RuntimeException e) {
      resync(Math.max(start, reader.position()), e);
    }
  }

  /** Reports the break (unless it is a false resume candidate) and moves to the next record start. */
  private void resync(long offset, Exception cause) {
    try {
      long resume = RecordStart.after(channel, offset, gzip);
      if (!quiet) next = new ReadItem.Rejected(breakOutcome(offset, cause, resume));
      quiet = true;
      if (resume < 0) {
        done = true;
        return;
      }
      channel.position(resume);
      reader = new WarcReader(channel);
    } catch (IOException | RuntimeException e) {
      next = new ReadItem.Rejected(Outcome.failed(file, ReadLimits.STAGE, "unreadable", reason(e)));
      done = true;
    }
  }

  private Outcome breakOutcome(long offset, Exception cause, long resume) {
    boolean cut = cause instanceof EOFException;
    String tail = resume < 0 ? "; no readable record after it, rest of file skipped" : "; resuming at " + resume;
    return Outcome.failed(file + "@" + offset, ReadLimits.STAGE, cut ? "truncated-record" : "broken-record",
        (cut ? "record cut short by the end of the file" : "broken record") + " (" + reason(cause) + ")" + tail);
  }

  /** The page in a record, a rejection, or null for records that hold no page (requests, metadata...). */
  private ReadItem itemOf(WarcRecord record, long offset) throws IOException {
    if (!(record instanceof WarcResponse response) || !isHttp(response)) {
      record.body().consume();
      return null;
    }
    String source = file + "@" + offset;
    WarcPayload payload;
    try {
      payload = WarcPayload.read(response, cap);
    } catch (IOException | RuntimeException e) {
      record.body().consume(); // throws again when the record itself, not only its payload, is broken
      return new ReadItem.Rejected(Outcome.failed(source, ReadLimits.STAGE, "bad-payload",
          "unreadable HTTP payload of " + response.target() + ": " + reason(e)));
    }
    record.body().consume();
    if (payload == null) return null;
    String problem = payload.problem();
    if (problem != null) {
      return new ReadItem.Rejected(Outcome.skipped(source, ReadLimits.STAGE, problem,
          problem + " payload of " + response.target()));
    }
    String target = response.target();
    RawPage page = new RawPage(target == null ? source : target,
        new Provenance(file, offset, target, dateOf(record)), payload.format(), payload.bytes(), payload.charset(),
        payload.truncated());
    // An ok outcome carrying a code is a warning: the page goes on, cut to the cap.
    Outcome warning = payload.truncated() ? new Outcome(Outcome.Status.OK, source, ReadLimits.STAGE, "truncated",
        "payload larger than the cap; only its first " + cap + " bytes were kept") : null;
    return new ReadItem.Page(page, warning);
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
    } catch (RuntimeException e) { // a missing or malformed WARC-Date does not spoil the page
      return null;
    }
  }

  static String reason(Throwable e) {
    String m = e instanceof ParsingException p ? p.getBaseMessage() : e.getMessage();
    if (m == null || m.isBlank()) return e.getClass().getSimpleName();
    String clean = m.replaceAll("[\\p{Cntrl}\uFFFD]+", " ").strip();
    return clean.length() <= ReadLimits.MAX_REASON_CHARS ? clean
        : clean.substring(0, ReadLimits.MAX_REASON_CHARS) + "...";
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }

  private void closeQuietly() {
    try {
      close();
    } catch (IOException e) {
      // every record has been read; a failing close loses nothing
    }
  }
}
