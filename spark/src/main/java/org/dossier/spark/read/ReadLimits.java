package org.dossier.spark.read;

/** The limits the crawl reader applies, in one place. */
public final class ReadLimits {
  private ReadLimits() {}

  /**
   * Bytes kept per page after content decoding; longer payloads are cut there and reported. Matches the
   * command line's reader: a news page's HTML is rarely over 1 MiB, so 5 MiB only cuts pathological ones
   * and bounds what one page can cost an executor.
   */
  public static final int MAX_PAGE_BYTES = 5 << 20;

  /** Block size when scanning a damaged WARC file for the next record start. */
  static final int SCAN_BLOCK = 64 << 10;

  /** Longest reason kept in a reject row; parser messages can quote whole stretches of a damaged record. */
  static final int MAX_REASON_CHARS = 160;

  /** The stage name reading problems are reported under. */
  public static final String STAGE = "read";
}
