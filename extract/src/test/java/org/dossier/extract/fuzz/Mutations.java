package org.dossier.extract.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Damages a valid input a few times over: flipped bytes, cuts, inserted junk, repeated stretches and
 * markup that stresses parsers (deep nesting, scripts, stray tags and entities).
 */
final class Mutations {
  private static final String[] MARKUP = {
    "<div>", "</div>", "<p>", "</p>", "<script>", "</script>", "<style>", "<!--", "-->", "<table><tr><td>",
    "&amp;", "&#0;", "&#x1F600;", "\u0000", "\uFFFD", "<meta charset=\"x-unknown\">", "<br/>", "<<>>",
    "\r\n\r\n", "WARC/1.0\r\n", "Content-Length: 99999999\r\n", "\u202E", "<![CDATA[", "<svg><math>",
  };

  private Mutations() {}

  static byte[] apply(byte[] input, Choices c) {
    byte[] out = input;
    int rounds = c.pick(0, 6);
    for (int i = 0; i < rounds; i++) out = once(out, c);
    return out;
  }

  private static byte[] once(byte[] in, Choices c) {
    int at = in.length == 0 ? 0 : c.pick(0, in.length - 1);
    return switch (c.pick(0, 5)) {
      case 0 -> flip(in, at, c);
      case 1 -> Arrays.copyOf(in, at); // cut
      case 2 -> insert(in, at, c.bytes(64));
      case 3 -> insert(in, at, markup(c).getBytes(StandardCharsets.UTF_8));
      case 4 -> insert(in, at, Arrays.copyOfRange(in, at, Math.min(in.length, at + c.pick(1, 256))));
      default -> insert(in, at, ("<div>".repeat(c.pick(1, 3000))).getBytes(StandardCharsets.UTF_8));
    };
  }

  private static String markup(Choices c) {
    return MARKUP[c.pick(0, MARKUP.length - 1)].repeat(c.pick(1, 50));
  }

  private static byte[] flip(byte[] in, int at, Choices c) {
    if (in.length == 0) return in;
    byte[] out = in.clone();
    out[at] = (byte) c.pick(0, 255);
    return out;
  }

  private static byte[] insert(byte[] in, int at, byte[] what) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(in.length + what.length);
    out.write(in, 0, at);
    out.writeBytes(what);
    out.write(in, at, in.length - at);
    return out.toByteArray();
  }
}
