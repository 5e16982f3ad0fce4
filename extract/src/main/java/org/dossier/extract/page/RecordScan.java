package org.dossier.extract.page;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;

/**
 * Finds where the next WARC record may start after a damaged one: the next gzip member header in a
 * compressed file (each record is its own member), or the next line starting with "WARC/1." in a plain
 * one. A candidate can be a false match inside a payload; the reader then simply tries the next one.
 */
final class RecordScan {
  private static final byte[] GZIP_MEMBER = {(byte) 0x1F, (byte) 0x8B, 0x08};
  private static final byte[] WARC_LINE = "\nWARC/1.".getBytes(StandardCharsets.US_ASCII);

  private RecordScan() {}

  /** The offset of the first candidate record start at or after {@code from}, or -1 when there is none. */
  static long next(FileChannel channel, long from, boolean gzip) throws IOException {
    byte[] pattern = gzip ? GZIP_MEMBER : WARC_LINE;
    long hit = find(channel, gzip ? from : from - 1, pattern);
    return hit < 0 ? -1 : gzip ? hit : hit + 1;
  }

  /** Offset of the first occurrence of the pattern at or after {@code from}, reading block by block. */
  static long find(FileChannel channel, long from, byte[] pattern) throws IOException {
    ByteBuffer block = ByteBuffer.allocate(ReadLimits.SCAN_BLOCK + pattern.length);
    long blockStart = Math.max(0, from);
    while (blockStart < channel.size()) {
      block.clear();
      int n = channel.read(block, blockStart);
      if (n < pattern.length) return -1;
      int at = indexOf(block.array(), n, pattern);
      if (at >= 0) return blockStart + at;
      blockStart += n - pattern.length + 1; // overlap so a match across blocks is not missed
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
