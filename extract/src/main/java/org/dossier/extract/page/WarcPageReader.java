package org.dossier.extract.page;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.dossier.core.pipeline.Outcome;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;

/**
 * Pulls the pages of one WARC or WARC.gz file one record at a time (never the whole file), from any
 * seekable channel: a local file, or a stream of a distributed file system. A broken or truncated record
 * becomes one problem item with its offset; reading then resumes at the next place a record may start
 * ({@link RecordScan}), and candidates that turn out not to be records are passed over silently. Bad
 * input never throws; the channel is closed once the last item has been taken, or by {@link #close()}.
 */
public final class WarcPageReader implements Iterator<ReadItem>, Closeable {
  /** Opens the channel to read; its failure becomes an "unreadable" item. */
  @FunctionalInterface
  public interface ChannelOpener {
    SeekableByteChannel open() throws IOException;
  }

  private final String file;
  private final int cap;
  private SeekableByteChannel channel;
  private boolean gzip;
  private WarcReader reader; // null when a run of records is to start at runStart
  private long runStart;
  private int runRecords;
  private long previous; // offset of the last record read
  private boolean badTrailer; // set by jwarc's warning that a record did not end where it said
  private boolean quiet; // true while trying resume candidates after a reported break
  private long skippedRecords;
  private long reportedAt = -1; // offset of the last record already reported as a problem
  private ReadItem next;
  private boolean done;

  private WarcPageReader(String file, int cap) {
    this.file = file;
    this.cap = cap;
  }

  /**
   * A reader of the file the opener opens.
   *
   * @param file the name pages and problems are reported under (a path or URI)
   * @param maxPageBytes bytes kept per page; a longer page is cut, marked truncated and warned about
   */
  public static WarcPageReader open(String file, ChannelOpener opener, int maxPageBytes) {
    if (maxPageBytes < 1) throw new IllegalArgumentException("maxPageBytes must be positive, was " + maxPageBytes);
    WarcPageReader r = new WarcPageReader(file, maxPageBytes);
    try {
      r.channel = opener.open();
      if (r.channel.size() == 0) {
        r.finish(Outcome.skipped(file, ReadItem.STAGE, "empty", "the file holds no records"));
      } else {
        r.gzip = RecordScan.isGzip(r.channel);
      }
    } catch (IOException | RuntimeException e) {
      r.finish(Outcome.failed(file, ReadItem.STAGE, "unreadable", Reasons.of(e)));
    }
    return r;
  }

  /** Records read so far that hold no page (requests, metadata, images, redirects, ...). */
  public long skippedRecords() {
    return skippedRecords;
  }

  @Override
  public boolean hasNext() {
    while (next == null && !done) advance();
    if (next == null) closeQuietly(); // callers stream to the end; nothing else may close the file
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
    try {
      if (reader == null) {
        startRun();
      } else {
        readRecord();
      }
    } catch (IOException | RuntimeException e) {
      finish(Outcome.failed(file, ReadItem.STAGE, "unreadable", Reasons.of(e)));
    }
  }

  private void startRun() throws IOException {
    channel.position(runStart);
    runRecords = 0;
    previous = runStart;
    badTrailer = false;
    try {
      WarcReader r = new WarcReader(channel);
      r.setLenient(true); // accept the header quirks of real crawlers (wget, old Heritrix)
      // jwarc only warns about a bad record trailer and then guesses where the next record starts, which
      // can replay stale buffered bytes as records; a fresh reader at a scanned record start is safer.
      r.onWarning(warning -> badTrailer = true);
      reader = r;
    } catch (IOException | RuntimeException e) {
      resync(RecordBreak.of(runStart, 0, e));
    }
  }

  private void readRecord() throws IOException {
    try {
      Optional<WarcRecord> record = reader.next();
      if (badTrailer) {
        resync(RecordBreak.badTrailer(previous, runRecords));
        return;
      }
      if (record.isEmpty()) {
        done = true;
        return;
      }
      runRecords++;
      previous = reader.position();
      next = WarcRecordPages.itemOf(record.get(), previous, file, cap);
      if (next == null) skippedRecords++;
      if (next instanceof ReadItem.Problem) reportedAt = previous;
    } catch (IOException | RuntimeException e) {
      resync(badTrailer ? RecordBreak.badTrailer(previous, runRecords)
          : RecordBreak.of(Math.max(runStart, reader.position()), runRecords, e));
    }
  }

  /** Reports the break (unless it ends a false resume candidate) and moves to the next record start. */
  private void resync(RecordBreak b) throws IOException {
    long resume = RecordScan.next(channel, b.offset() + 1, gzip);
    // A damaged record gives one line: its break is not reported again when its payload already was.
    if ((!quiet || b.recordsRead() > 0) && b.offset() != reportedAt) next = new ReadItem.Problem(b.outcome(file, resume));
    quiet = true;
    reader = null;
    runStart = resume;
    if (resume < 0) done = true;
  }

  private void finish(Outcome last) {
    next = new ReadItem.Problem(last);
    done = true;
  }

  @Override
  public void close() throws IOException {
    done = true;
    if (channel != null) channel.close();
  }

  private void closeQuietly() {
    try {
      close();
    } catch (IOException e) {
      // every record has been read; a failing close loses nothing
    }
  }
}
