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
  /** Where and why a run of records ended early. */
  private record Break(long offset, int recordsRead, Exception cause) {}

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
    } catch (IOException | RuntimeException e) {
      return new Break(start, 0, e);
    }
    int records = 0;
    while (true) {
      RawPage page;
      try {
        Optional<WarcRecord> record = reader.next();
        if (record.isEmpty()) return null;
        records++;
        page = WarcRecordPages.pageOf(record.get(), reader.position(), source, sink);
      } catch (IOException | RuntimeException e) {
        return new Break(Math.max(start, reader.position()), records, e);
      }
      if (page != null) sink.page(page, source + "@" + page.provenance().warcOffset());
    }
  }

  private void report(Break b, long resume) {
    boolean cut = b.cause() instanceof EOFException;
    String what = cut ? "record cut short by the end of the file" : "broken record";
    String next = resume < 0 ? "; no readable record after it, rest of file skipped"
        : "; resuming at offset " + resume;
    sink.fail(source + "@" + b.offset(), cut ? "truncated-record" : "broken-record",
        what + " (" + Reasons.of(b.cause()) + ")" + next);
  }

  private static boolean isGzip(FileChannel channel) throws IOException {
    ByteBuffer head = ByteBuffer.allocate(2);
    channel.read(head, 0);
    return head.position() == 2 && (head.get(0) & 0xFF) == 0x1F && (head.get(1) & 0xFF) == 0x8B;
  }
}
