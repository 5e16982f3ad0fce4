package org.dossier.core.pipeline;

import java.util.Objects;
import org.dossier.core.model.ControlChars;
import org.dossier.core.model.Elision;

/**
 * What became of one page at one stage: plain data that can be counted, logged and written to a rejects
 * file. Per-page problems are values, never exceptions that abort a run.
 *
 * @param status ok, skipped (nothing to do, with a reason) or failed (with a code)
 * @param source the file or record the page came from
 * @param stage the stage that decided ("read", "extract", "annotate", "store")
 * @param code a short stable code for counting ("empty", "binary", "too-large", "no-article", ...)
 * @param message one human line
 */
public record Outcome(Status status, String source, String stage, String code, String message) {
  public enum Status { OK, SKIPPED, FAILED }

  /** What a line quotes of a source at most: a page named by a 40 KB address must still give one short line. */
  private static final int SOURCE_CHARS = 300;
  /** What a line quotes of its message at most (messages may quote page bytes). */
  private static final int MESSAGE_CHARS = 600;

  public Outcome {
    Objects.requireNonNull(status, "status");
  }

  public static Outcome ok(String source) {
    return new Outcome(Status.OK, source, null, null, null);
  }

  public static Outcome skipped(String source, String stage, String code, String message) {
    return new Outcome(Status.SKIPPED, source, stage, code, message);
  }

  public static Outcome failed(String source, String stage, String code, String message) {
    return new Outcome(Status.FAILED, source, stage, code, message);
  }

  /**
   * The page went on, but changed in a way the user should hear of (for example cut to the size cap):
   * an ok outcome that carries a stage, a code and a message.
   */
  public static Outcome warning(String source, String stage, String code, String message) {
    return new Outcome(Status.OK, source, stage, code, message);
  }

  public boolean isOk() {
    return status == Status.OK;
  }

  public boolean isWarning() {
    return status == Status.OK && code != null;
  }

  /**
   * The one line a user sees: "file.html: skipped (extract/no-article): no article text found". Messages
   * quote page bytes (a WARC target, a header), so control characters are spelled out to keep it one line.
   */
  public String line() {
    String where = Elision.of(source, SOURCE_CHARS);
    String why = Elision.of(message, MESSAGE_CHARS);
    if (isWarning()) return ControlChars.escape(where + ": warning (" + stage + "/" + code + "): " + why);
    if (isOk()) return ControlChars.escape(where + ": ok");
    return ControlChars.escape(where + ": " + status.name().toLowerCase(java.util.Locale.ROOT) + " (" + stage + "/" + code
        + "): " + why);
  }
}
