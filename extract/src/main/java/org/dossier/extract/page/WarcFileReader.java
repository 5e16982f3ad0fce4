package org.dossier.extract.page;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.Optional;
import org.dossier.core.model.RawPage;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;

/**
 * Reads the pages of one WARC or WARC.gz file, one record at a time (never the whole file). A broken or
 * truncated record is reported once, with its offset; reading then resumes at the next place a record may
 * start ({@link RecordScan}). Candidates that turn out not to be records are passed over silently.
 */
final class WarcFileReader {
  /** Where and why a run of records ended early; {@code code} is the outcome code to report. */
  private record Break(long offset, int recordsRead, String code, String reason) {
    static Break of(long offset, int recordsRead, Exception cause) {
      boolean cut = cause instanceof EOFException;
      return new Break(offset, recordsRead, cut ? "truncated-record" : "broken-record",
          (cut ? "record cut short by the end of the file (" : "broken record (") + Reasons.of(cause) + ")");
    }
  }

  private final Path file;
  private final String source;
  private final PageSink sink;

  WarcFileReader(Path file, PageSink sink) {
    this.file = file;
    this.source = file.toString();
    this.sink = sink;
  }

  void read() {
    try (FileChannel channel = FileChannel.open(file)) {
      if (channel.size() == 0) {
        sink.skip(source, "empty", "the file holds no records");
        return;
      }
      boolean gzip = isGzip(channel);
      boolean quiet = false; // true while trying resume candidates after a reported break
      long start = 0;
      while (start >= 0) {
        Break b = readRun(channel, start);
        if (b == null) return;
        long resume = RecordScan.next(channel, b.offset() + 1, gzip);
        if (!quiet || b.recordsRead() > 0) report(b, resume);
        quiet = true;
        start = resume;
      }
    } catch (IOException | RuntimeException e) {
      sink.fail(source, "unreadable", Reasons.of(e));
    }
  }

  /** Reads records from {@code start} to the end of the file; returns null then, or where it broke off. */
  private Break readRun(FileChannel channel, long start) throws IOException {
    channel.position(start);
    WarcReader reader;
    try {
      reader = new WarcReader(channel);
      reader.setLenient(true); // accept the header quirks of real crawlers (wget, old Heritrix)
    } catch (IOException | RuntimeException e) {
      return Break.of(start, 0, e);
    }
    // jwarc only warns about a bad record trailer and then guesses where the next record starts, which
    // can replay stale buffered bytes as records; a fresh reader at a scanned record start is safer.
    boolean[] badTrailer = {false};
    reader.onWarning(warning -> badTrailer[0] = true);
    int records = 0;
    long previous = start;
    while (true) {
      RawPage page;
      try {
        Optional<WarcRecord> record = reader.next();
        if (badTrailer[0]) return badTrailer(previous, records);
        if (record.isEmpty()) return null;
        records++;
        previous = reader.position();
        page = WarcRecordPages.pageOf(record.get(), previous, source, sink);
      } catch (IOException | RuntimeException e) {
        return badTrailer[0] ? badTrailer(previous, records) : Break.of(Math.max(start, reader.position()), records, e);
      }
      if (page != null) sink.page(page, source + "@" + page.provenance().warcOffset());
    }
  }

  private static Break badTrailer(long recordOffset, int records) {
    return new Break(recordOffset, records, "bad-trailer", "record does not end where its Content-Length says");
  }

  /** One line per break; a bad trailer only warns, since its record's page was already handed on. */
  private void report(Break b, long resume) {
    String message = b.reason() + (resume < 0 ? "; no readable record after it, rest of file skipped"
        : "; resuming at offset " + resume);
    if (b.code().equals("bad-trailer")) {
      sink.warn(source + "@" + b.offset(), b.code(), message);
    } else {
      sink.fail(source + "@" + b.offset(), b.code(), message);
    }
  }

  private static boolean isGzip(FileChannel channel) throws IOException {
    ByteBuffer head = ByteBuffer.allocate(2);
    channel.read(head, 0);
    return head.position() == 2 && (head.get(0) & 0xFF) == 0x1F && (head.get(1) & 0xFF) == 0x8B;
  }
}
