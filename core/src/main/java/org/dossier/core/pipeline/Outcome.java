package org.dossier.core.pipeline;

import java.util.Objects;

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

  /** The one line a user sees: "file.html: skipped (extract/no-article): no article text found". */
  public String line() {
    if (isWarning()) return oneLine(source + ": warning (" + stage + "/" + code + "): " + message);
    if (isOk()) return oneLine(source + ": ok");
    return oneLine(source + ": " + status.name().toLowerCase(java.util.Locale.ROOT) + " (" + stage + "/" + code
        + "): " + message);
  }

  // Messages quote page bytes (a WARC target, a header): a newline or escape code there must not break
  // the line apart or reach the terminal raw.
  private static String oneLine(String s) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean unsafe = Character.isISOControl(c) || c == 0x2028 || c == 0x2029;
      if (unsafe && out == null) out = new StringBuilder(s.length() + 8).append(s, 0, i);
      if (unsafe) out.append(String.format("\\u%04x", (int) c));
      else if (out != null) out.append(c);
    }
    return out == null ? s : out.toString();
  }
}
