package org.dossier.extract.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class DecodingTest {
  private static final Charset CP1252 = Charset.forName("windows-1252");

  @Test
  void validUtf8IsReadAsUtf8() {
    Decoding.Decoded d = Decoding.decode("Kyiv – Київ, “quoted”".getBytes(StandardCharsets.UTF_8), null);
    assertEquals("Kyiv – Київ, “quoted”", d.text());
    assertEquals(StandardCharsets.UTF_8, d.charset());
  }

  @Test
  void invalidUtf8FallsBackToWindows1252() {
    byte[] bytes = "caf\u00e9 \u201cnews\u201d".getBytes(CP1252);
    Decoding.Decoded d = Decoding.decode(bytes, null);
    assertEquals("caf\u00e9 \u201cnews\u201d", d.text());
    assertEquals(CP1252, d.charset());
    assertEquals("caf\u00e9 \u201cnews\u201d", Decoding.decode(bytes, "UTF-8").text(), "a wrong label loses");
  }

  @Test
  void byteOrderMarksWinAndAreDropped() {
    byte[] utf8 = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "Hi é".getBytes(StandardCharsets.UTF_8));
    assertEquals("Hi é", Decoding.decode(utf8, "windows-1251").text());
    assertEquals("Hi é", Decoding.text("\uFEFFHi é".getBytes(StandardCharsets.UTF_16LE)));
    assertEquals("Hi é", Decoding.text("\uFEFFHi é".getBytes(StandardCharsets.UTF_16BE)));
  }

  @Test
  void aDeclaredCharsetIsUsedWhenKnownAndIgnoredWhenNot() {
    byte[] cyrillic = "Новости дня".getBytes(Charset.forName("windows-1251"));
    assertEquals("Новости дня", Decoding.decode(cyrillic, "windows-1251").text());
    assertEquals("Новости дня", Decoding.decode(cyrillic, " \"CP1251\" ").text());
    byte[] ascii = "plain".getBytes(StandardCharsets.US_ASCII);
    assertEquals("plain", Decoding.decode(ascii, "no-such-charset!").text());
    assertEquals(CP1252, Decoding.decode("x".getBytes(StandardCharsets.US_ASCII), "ISO-8859-1").charset());
  }

  @Test
  void theBytesWinOverALabelThatDoesNotFit() {
    String chinese = "渡轮票价四月起上涨五分之一";
    assertEquals(chinese, Decoding.decode(chinese.getBytes(StandardCharsets.UTF_8), "gb2312").text());
    assertEquals(chinese, Decoding.decode(chinese.getBytes(Charset.forName("GBK")), "gb2312").text());
    assertEquals("Zürich", Decoding.decode("Zürich".getBytes(StandardCharsets.UTF_8), "ISO-8859-1").text());
    byte[] html = ("<html><head><meta http-equiv=Content-Type content='text/html; charset=gb2312'></head><body>"
        + chinese + "</body></html>").getBytes(StandardCharsets.UTF_8);
    assertEquals("gb2312", Decoding.metaCharset(html));
    assertEquals(StandardCharsets.UTF_8, Decoding.html(html, null).charset());
    byte[] gbk = new String(html, StandardCharsets.UTF_8).getBytes(Charset.forName("GBK"));
    assertEquals(Charset.forName("GBK"), Decoding.html(gbk, null).charset());
  }

  @Test
  void aSequenceCutAtTheEndIsToleratedButNotInTheMiddle() {
    byte[] full = "Zürich €".getBytes(StandardCharsets.UTF_8);
    byte[] cut = Arrays.copyOf(full, full.length - 1); // the euro sign's last byte is gone
    assertEquals("Zürich \uFFFD", Decoding.strictUtf8(cut));
    assertNull(Decoding.strictUtf8(new byte[] {'a', (byte) 0xE2, (byte) 0x82, 'b'}));
    assertEquals("caf\u00e9", Decoding.text("caf\u00e9".getBytes(CP1252)), "a final Latin-1 letter is not a cut");
    assertEquals("", Decoding.text(new byte[0]));
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
