package org.dossier.extract.page;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.dossier.core.model.PageFormat;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcResponse;

/**
 * The page inside a WARC response record: jwarc parses the HTTP message and undoes chunked transfer
 * coding and gzip/deflate content coding; this keeps successful HTML and plain-text payloads.
 *
 * @param charset the charset parameter of the HTTP Content-Type, or null
 * @param truncated true when the payload was longer than the cap
 */
record HttpPayload(PageFormat format, byte[] bytes, String charset, boolean truncated) {
  /** How far into an untyped payload to look for HTML markup. */
  private static final int SNIFF_CHARS = 1024;

  /**
   * Reads the payload, or returns null when the record holds no page (an error or redirect status, or a
   * payload type that is neither HTML nor text).
   *
   * @throws IOException when the HTTP message or its content coding is broken
   */
  static HttpPayload read(WarcResponse response, int cap) throws IOException {
    HttpResponse http = response.http();
    if (http.status() < 200 || http.status() > 299) return null;
    MediaType type = http.contentType();
    PageFormat format = formatOf(type);
    boolean untyped = type.base().equals(MediaType.OCTET_STREAM);
    if (format == null && !untyped) return null;
    byte[] bytes;
    boolean more;
    try (InputStream in = http.bodyDecoded().stream()) {
      bytes = in.readNBytes(cap);
      more = in.read() >= 0;
    }
    if (format == null && (format = sniff(bytes)) == null) return null;
    return new HttpPayload(format, bytes, type.parameters().get("charset"), more);
  }

  private static PageFormat formatOf(MediaType type) {
    String base = type.base().toString().toLowerCase(Locale.ROOT);
    return switch (base) {
      case "text/html", "application/xhtml+xml" -> PageFormat.HTML;
      case "text/plain" -> PageFormat.TEXT;
      default -> null;
    };
  }

  /** HTML when an untyped payload opens with markup naming an HTML document. */
  private static PageFormat sniff(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, SNIFF_CHARS), StandardCharsets.ISO_8859_1)
        .stripLeading().toLowerCase(Locale.ROOT);
    boolean html = head.startsWith("<") && (head.contains("<html") || head.contains("<!doctype html"));
    return html ? PageFormat.HTML : null;
  }
}
