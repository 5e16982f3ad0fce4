package org.dossier.extract.html;

import org.dossier.core.model.RawPage;
import org.dossier.core.pipeline.PageProblem;
import org.dossier.extract.page.Decoding;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Turns a page's bytes into a jsoup document, decoded by {@link Decoding#html}: the bytes win over a label
 * that does not fit them (a page declaring gb2312 but written in UTF-8).
 */
public final class PageParser {
  private static final int SNIFF_BYTES = 1024;

  private PageParser() {}

  public static Document parse(RawPage page) throws PageProblem {
    byte[] bytes = page.bytes();
    if (looksBinary(bytes)) throw new PageProblem("binary", "the page is not text (binary signature)");
    String base = page.provenance().targetUri() == null ? "" : page.provenance().targetUri();
    try {
      return Jsoup.parse(Decoding.html(bytes, page.charset()).text(), base);
    } catch (RuntimeException e) {
      throw new PageProblem("unreadable", "cannot parse the HTML: " + e.getMessage());
    }
  }

  /** Well-known binary signatures, or NUL bytes in a page without a UTF-16/32 byte-order mark. */
  static boolean looksBinary(byte[] b) {
    if (b.length >= 2 && ((b[0] == (byte) 0xFE && b[1] == (byte) 0xFF) || (b[0] == (byte) 0xFF && b[1] == (byte) 0xFE))) {
      return false;
    }
    if (startsWith(b, "%PDF") || startsWith(b, "\u0089PNG") || startsWith(b, "GIF8") || startsWith(b, "PK\u0003\u0004")
        || (b.length >= 2 && b[0] == (byte) 0x1F && b[1] == (byte) 0x8B)
        || (b.length >= 3 && b[0] == (byte) 0xFF && b[1] == (byte) 0xD8 && b[2] == (byte) 0xFF)) {
      return true;
    }
    int nul = 0;
    int n = Math.min(b.length, SNIFF_BYTES);
    for (int i = 0; i < n; i++) if (b[i] == 0) nul++;
    return nul > 0 && nul * 100 >= n; // more than 1% NUL bytes
  }

  private static boolean startsWith(byte[] b, String magic) {
    if (b.length < magic.length()) return false;
    for (int i = 0; i < magic.length(); i++) if ((b[i] & 0xFF) != magic.charAt(i)) return false;
    return true;
  }
}
