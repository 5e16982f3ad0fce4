package org.dossier.spark.read;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Where the next WARC record may begin after a damaged one: the next gzip member header in a compressed
 * file (each record is its own member), or the next "WARC/1." line in a plain one. A candidate can be a
 * false match inside a payload; the reader then reports nothing and tries the next one.
 */
final class RecordStart {
  private static final byte[] GZIP_MEMBER = {(byte) 0x1F, (byte) 0x8B, 0x08};
  private static final byte[] WARC_LINE = "\nWARC/1.".getBytes(StandardCharsets.US_ASCII);

  private RecordStart() {}

  /** The first candidate start after {@code from}, or -1 when there is none before the end. */
  static long after(HadoopChannel channel, long from, boolean gzip) throws IOException {
    byte[] pattern = gzip ? GZIP_MEMBER : WARC_LINE;
    long hit = find(channel, gzip ? from + 1 : from, pattern);
    return hit < 0 ? -1 : gzip ? hit : hit + 1;
  }

  static boolean isGzip(HadoopChannel channel) throws IOException {
    byte[] head = new byte[2];
    return channel.readAt(0, head) == 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B;
  }

  private static long find(HadoopChannel channel, long from, byte[] pattern) throws IOException {
    byte[] block = new byte[ReadLimits.SCAN_BLOCK + pattern.length];
    long start = Math.max(0, from);
    while (start < channel.size()) {
      int n = channel.readAt(start, block);
      if (n < pattern.length) return -1;
      int at = indexOf(block, n, pattern);
      if (at >= 0) return start + at;
      start += n - pattern.length + 1; // overlap so that a match across blocks is seen
    }
    return -1;
  }

  private static int indexOf(byte[] data, int length, byte[] pattern) {
    outer:
    for (int i = 0; i + pattern.length <= length; i++) {
      for (int j = 0; j < pattern.length; j++) {
        if (data[i + j] != pattern[j]) continue outer;
      }
      return i;
    }
    return -1;
  }
}
