package org.dossier.extract.page;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;

/**
 * Finds where the next WARC record may start after a damaged one: the next gzip member header in a
 * compressed file (each record is its own member), or the next line starting with "WARC/1." in a plain
 * one. A candidate can be a false match inside a payload; the reader then simply tries the next one.
 * Scanning moves the channel's position; the reader repositions it before reading on.
 */
final class RecordScan {
  private static final byte[] GZIP_MEMBER = {(byte) 0x1F, (byte) 0x8B, 0x08};
  private static final byte[] WARC_LINE = "\nWARC/1.".getBytes(StandardCharsets.US_ASCII);

  private RecordScan() {}

  /** The offset of the first candidate record start at or after {@code from}, or -1 when there is none. */
  static long next(SeekableByteChannel channel, long from, boolean gzip) throws IOException {
    byte[] pattern = gzip ? GZIP_MEMBER : WARC_LINE;
    long hit = find(channel, gzip ? from : from - 1, pattern);
    return hit < 0 ? -1 : gzip ? hit : hit + 1;
  }

  /** True when the file opens with the gzip magic bytes. */
  static boolean isGzip(SeekableByteChannel channel) throws IOException {
    ByteBuffer head = ByteBuffer.allocate(2);
    readAt(channel, 0, head);
    return head.position() == 2 && (head.get(0) & 0xFF) == 0x1F && (head.get(1) & 0xFF) == 0x8B;
  }

  /** Offset of the first occurrence of the pattern at or after {@code from}, reading block by block. */
  private static long find(SeekableByteChannel channel, long from, byte[] pattern) throws IOException {
    ByteBuffer block = ByteBuffer.allocate(ReadLimits.SCAN_BLOCK + pattern.length);
    long blockStart = Math.max(0, from);
    while (blockStart < channel.size()) {
      block.clear();
      int n = readAt(channel, blockStart, block);
      if (n < pattern.length) return -1;
      int at = indexOf(block.array(), n, pattern);
      if (at >= 0) return blockStart + at;
      blockStart += n - pattern.length + 1; // overlap so a match across blocks is not missed
    }
    return -1;
  }

  /** Fills the buffer from {@code offset} as far as the file goes; returns the bytes read. */
  private static int readAt(SeekableByteChannel channel, long offset, ByteBuffer buffer) throws IOException {
    channel.position(offset);
    int total = 0;
    while (buffer.hasRemaining()) {
      int n = channel.read(buffer);
      if (n <= 0) break;
      total += n;
    }
    return total;
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
