package org.dossier.extract.page;

/** Every limit and threshold the page readers apply, in one place. */
public final class ReadLimits {
  private ReadLimits() {}

  /**
   * Bytes kept per page (after transfer and content decoding), unless the caller gives another cap. A
   * news page's HTML is rarely over 1 MiB; 5 MiB only cuts pathological pages (inlined images, endless
   * comment threads) and bounds the memory a single page can take.
   */
  public static final int MAX_PAGE_BYTES = 5 << 20;

  /** How much of a page's start is examined to tell text from binary data. */
  static final int SNIFF_BYTES = 8 << 10;

  /**
   * Share of control bytes (other than tab, line feed, form feed, carriage return and escape) in the
   * sniffed start above which a page is binary. Text in any 8-bit charset or UTF-8 has next to none.
   */
  static final double MAX_CONTROL_SHARE = 0.05;

  /** Block size used when scanning a damaged WARC file for the next record to resume at. */
  static final int SCAN_BLOCK = 64 << 10;
}
