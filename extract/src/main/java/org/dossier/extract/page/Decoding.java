package org.dossier.extract.page;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a page's bytes into text, trusting the bytes over labels: a byte order mark wins, then UTF-8 when
 * the bytes are valid UTF-8 with some multi-byte character (a page labelled gb2312 or Latin-1 that is in
 * fact UTF-8), then a declared charset (read as browsers do: gb2312 as GBK, Latin-1 as windows-1252) when
 * the bytes decode cleanly in it, else windows-1252 (the usual charset of text that is not UTF-8, mapping
 * every byte). HTML pages declare theirs in the transport or a {@code <meta charset>} ({@link #html}).
 * Never throws; the byte order mark is not part of the text.
 */
public final class Decoding {
  /** A decoded text and the charset it was read with. */
  public record Decoded(String text, Charset charset) {}

  static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  private static final byte[] UTF16LE_BOM = {(byte) 0xFF, (byte) 0xFE};
  private static final byte[] UTF16BE_BOM = {(byte) 0xFE, (byte) 0xFF};
  /** Browsers read a page labelled Latin-1 or ASCII as windows-1252; so do we. */
  public static final Charset FALLBACK = Charset.forName("windows-1252");
  /** Labels that browsers read as a superset, since pages so labelled use the superset's characters. */
  private static final java.util.Map<String, String> SUPERSETS = java.util.Map.of("gb2312", "gbk", "gb_2312-80", "gbk",
      "x-gbk", "gbk", "shift_jis", "windows-31j", "sjis", "windows-31j", "euc-kr", "x-windows-949", "ks_c_5601-1987",
      "x-windows-949", "big5", "big5-hkscs", "tis-620", "x-windows-874", "iso-8859-9", "windows-1254");
  private static final int META_SNIFF_BYTES = 4096;
  private static final Pattern META_CHARSET =
      Pattern.compile("(?i)<meta[^>]{0,200}?charset\\s*=\\s*[\"']?\\s*([\\w.:-]{2,40})");

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
    String utf8 = strictUtf8(bytes);
    // valid UTF-8 with any multi-byte sequence is UTF-8 whatever the label says: legacy text almost never is
    if (utf8 != null && (named == null || named.equals(StandardCharsets.UTF_8) || !isAscii(bytes))) {
      return new Decoded(utf8, StandardCharsets.UTF_8);
    }
    if (named != null && !named.equals(StandardCharsets.UTF_8)) {
      String clean = strict(bytes, named);
      if (clean != null) return new Decoded(clean, named);
      if (!singleByte(named)) return new Decoded(new String(bytes, named), named); // a few bad bytes in a CJK page
    }
    return new Decoded(new String(bytes, FALLBACK), FALLBACK);
  }

  /**
   * Decodes an HTML page: a byte order mark, then the bytes when they are valid UTF-8, then the transport's
   * charset or the page's own {@code <meta charset>} when they decode cleanly, else windows-1252.
   */
  public static Decoded html(byte[] bytes, String transport) {
    String declared = lookUp(transport) != null ? transport : metaCharset(bytes);
    return decode(bytes, declared);
  }

  /** The charset a page declares in a {@code <meta>} tag within its first bytes, or null. */
  static String metaCharset(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, META_SNIFF_BYTES), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    return m.find() ? m.group(1) : null;
  }

  private static boolean isAscii(byte[] bytes) {
    for (byte b : bytes) if (b < 0) return false;
    return true;
  }

  private static boolean singleByte(Charset c) {
    return c.newEncoder().maxBytesPerChar() <= 1.0f;
  }

  /** The bytes in {@code charset}, or null when some byte sequence is not valid in it. */
  private static String strict(byte[] bytes, Charset charset) {
    try {
      return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      return null;
    }
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
    String n = name.strip().replace("\"", "").replace("'", "").toLowerCase(Locale.ROOT);
    if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")) {
      return FALLBACK;
    }
    n = SUPERSETS.getOrDefault(n, n);
    try {
      return Charset.forName(n);
    } catch (IllegalArgumentException e) { // illegal or unsupported name: trust the bytes instead
      return null;
    }
  }
}
