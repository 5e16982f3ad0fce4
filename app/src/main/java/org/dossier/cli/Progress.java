package org.dossier.cli;

import java.io.PrintWriter;

/**
 * Ingest progress on standard error: a bar redrawn in place on a terminal, one line per commit when
 * asked for ({@code --progress lines}, for logs and tests), or nothing.
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
  private boolean drawn;

  Progress(PrintWriter err, Mode mode, long expected) {
    this.err = err;
    this.mode = mode == Mode.AUTO ? (System.console() != null ? Mode.BAR : Mode.NONE) : mode;
    this.expected = expected;
  }

  /** Pages read so far (on the bar). */
  void read(long pages, long stored) {
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
    if (mode != Mode.LINES) return;
    err.println("dossier: committed, " + stored + " pages");
    err.flush();
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
