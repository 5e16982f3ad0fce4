package org.dossier.spark.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.dossier.core.model.PageFormat;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcResponse;

/**
 * The page inside a WARC response: a successful HTML or plain-text HTTP payload, with transfer and
 * content coding undone by jwarc and the bytes capped.
 *
 * @param charset the charset parameter of the HTTP Content-Type, or null
 * @param truncated true when the payload was longer than the cap
 */
record WarcPayload(PageFormat format, byte[] bytes, String charset, boolean truncated) {
  /** How far into an untyped payload to look for HTML markup. */
  private static final int SNIFF_CHARS = 1024;

  /**
   * Reads the payload, or returns null when the record holds no page (a non-2xx status, or a type that is
   * neither HTML nor text).
   *
   * @throws IOException when the HTTP message or its content coding is broken
   */
  static WarcPayload read(WarcResponse response, int cap) throws IOException {
    HttpResponse http = response.http();
    if (http.status() < 200 || http.status() > 299) return null;
    MediaType type = http.contentType();
    PageFormat format = formatOf(type);
    if (format == null && !type.base().equals(MediaType.OCTET_STREAM)) return null;
    byte[] bytes;
    boolean more;
    try (InputStream in = http.bodyDecoded().stream()) {
      bytes = in.readNBytes(cap);
      more = in.read() >= 0;
    }
    if (format == null && (format = sniff(bytes)) == null) return null;
    return new WarcPayload(format, bytes, type.parameters().get("charset"), more);
  }

  /** "empty" or "binary" when the bytes are no page, else null. */
  String problem() {
    int textual = 0;
    int n = Math.min(bytes.length, 8 << 10);
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) return "binary";
      if (!Character.isWhitespace(b)) textual++;
    }
    return textual == 0 && bytes.length <= n ? "empty" : null;
  }

  private static PageFormat formatOf(MediaType type) {
    return switch (type.base().toString().toLowerCase(Locale.ROOT)) {
      case "text/html", "application/xhtml+xml" -> PageFormat.HTML;
      case "text/plain" -> PageFormat.TEXT;
      default -> null;
    };
  }

  private static PageFormat sniff(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, SNIFF_CHARS), StandardCharsets.ISO_8859_1)
        .stripLeading().toLowerCase(Locale.ROOT);
    return head.startsWith("<") && (head.contains("<html") || head.contains("<!doctype html"))
        ? PageFormat.HTML : null;
  }
}
