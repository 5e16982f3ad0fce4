package org.dossier.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.dossier.store.IngestStatus;

/**
 * Ingest progress on standard error: a bar redrawn in place on a terminal, one line per commit when
 * asked for ({@code --progress lines}, for logs and tests), or nothing. The same figures go to the
 * store's status file (at most once a second) so that the web interface can show a running ingest.
 */
final class Progress {
  enum Mode {
    AUTO, BAR, LINES, NONE;

    static Mode parse(String s) {
      try {
        return valueOf(s.strip().toUpperCase(java.util.Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("unknown --progress '" + s + "'; use auto, bar, lines or none");
      }
    }
  }

  private static final int WIDTH = 30;
  private final PrintWriter err;
  private final Mode mode;
  private final long expected;
  private static final long STATUS_EVERY_MILLIS = 1000;
  private final Path storeFolder;
  private final long started = System.currentTimeMillis();
  private long lastStatus;
  private long pagesRead;
  private long committed;
  private boolean over;
  private boolean drawn;

  Progress(PrintWriter err, Mode mode, long expected, Path storeFolder) {
    this.err = err;
    this.mode = mode == Mode.AUTO ? (System.console() != null ? Mode.BAR : Mode.NONE) : mode;
    this.expected = expected;
    this.storeFolder = storeFolder;
  }

  /** Pages read so far (on the bar). */
  void read(long pages, long stored) {
    pagesRead = pages;
    if (System.currentTimeMillis() - lastStatus >= STATUS_EVERY_MILLIS) status(stored, true);
    if (mode != Mode.BAR) return;
    long total = Math.max(expected, pages);
    int filled = total == 0 ? WIDTH : (int) (WIDTH * pages / total);
    err.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + pages + "/" + total
        + " pages, " + stored + " committed");
    err.flush();
    drawn = true;
  }

  /** Pages durably stored so far (every page reported here survives a crash). */
  void committed(long stored) {
    committed = stored;
    status(stored, true);
    if (mode != Mode.LINES) return;
    err.println("dossier: committed, " + stored + " pages");
    err.flush();
  }

  /** The run is over, however it ended: the status file says so, with the last count committed. */
  synchronized void finished() {
    status(committed, false);
    over = true;
  }

  private synchronized void status(long stored, boolean running) {
    if (over) return; // a run that ended is never shown running again
    lastStatus = System.currentTimeMillis();
    if (storeFolder != null) {
      new IngestStatus(ProcessHandle.current().pid(), started, lastStatus, pagesRead, stored, expected, running)
          .write(storeFolder);
    }
  }

  /** Ends the bar's line before anything else is printed. */
  void clear() {
    if (drawn) {
      err.print("\r" + " ".repeat(WIDTH + 40) + "\r");
      err.flush();
      drawn = false;
    }
  }
}
