package org.dossier.extract.page;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Turns a plain-text page's bytes into text: a byte order mark wins, then a declared charset, then UTF-8
 * when the bytes are valid UTF-8, else windows-1252 (the usual charset of text that is not UTF-8, and a
 * superset of ISO-8859-1 that maps every byte). Never throws; the byte order mark is not part of the text.
 * HTML is decoded by jsoup in the HTML extractor, which also reads {@code <meta charset>}.
 */
public final class Decoding {
  /** A decoded text and the charset it was read with. */
  public record Decoded(String text, Charset charset) {}

  static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  private static final byte[] UTF16LE_BOM = {(byte) 0xFF, (byte) 0xFE};
  private static final byte[] UTF16BE_BOM = {(byte) 0xFE, (byte) 0xFF};
  /** Browsers read a page labelled Latin-1 or ASCII as windows-1252; so do we. */
  public static final Charset FALLBACK = Charset.forName("windows-1252");

  private Decoding() {}

  /** Decodes with no declared charset. */
  public static String text(byte[] bytes) {
    return decode(bytes, null).text();
  }

  /**
   * Decodes the bytes.
   *
   * @param declared a charset name from the transport (HTTP Content-Type) or null; unknown names are ignored
   */
  public static Decoded decode(byte[] bytes, String declared) {
    Charset bom = bom(bytes);
    if (bom != null) {
      int skip = bom == StandardCharsets.UTF_8 ? UTF8_BOM.length : UTF16LE_BOM.length;
      return new Decoded(new String(bytes, skip, bytes.length - skip, bom), bom);
    }
    Charset named = lookUp(declared);
    if (named != null && !named.equals(StandardCharsets.UTF_8)) return new Decoded(new String(bytes, named), named);
    String utf8 = strictUtf8(bytes);
    return utf8 != null ? new Decoded(utf8, StandardCharsets.UTF_8) : new Decoded(new String(bytes, FALLBACK),
        FALLBACK);
  }

  /** The charset a byte order mark at the start announces (UTF-8, UTF-16LE or UTF-16BE), or null. */
  public static Charset bom(byte[] bytes) {
    if (ContentCheck.startsWith(bytes, UTF8_BOM)) return StandardCharsets.UTF_8;
    if (ContentCheck.startsWith(bytes, UTF16LE_BOM)) return StandardCharsets.UTF_16LE;
    if (ContentCheck.startsWith(bytes, UTF16BE_BOM)) return StandardCharsets.UTF_16BE;
    return null;
  }

  /**
   * The bytes as UTF-8, or null when they are not valid UTF-8. A sequence cut short at the very end (a
   * page truncated at the size cap) becomes U+FFFD, provided the rest holds some multi-byte UTF-8: a
   * lone high byte after plain ASCII is more likely a windows-1252 letter ("caf\u00e9").
   */
  public static String strictUtf8(byte[] bytes) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, false);
    if (result.isError()) return null;
    // With endOfInput false the decoder stops before an incomplete final sequence (at most 3 bytes).
    out.flip();
    if (!in.hasRemaining()) return out.toString();
    return out.chars().anyMatch(c -> c > 0x7F) ? out + "\uFFFD" : null;
  }

  private static Charset lookUp(String name) {
    if (name == null || name.isBlank()) return null;
    String n = name.strip().replace("\"", "").toLowerCase(Locale.ROOT);
    if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")) {
      return FALLBACK;
    }
    try {
      return Charset.forName(n);
    } catch (IllegalArgumentException e) { // illegal or unsupported name: trust the bytes instead
      return null;
    }
  }
}
