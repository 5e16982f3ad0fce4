package org.dossier.extract.page;

/** Tells an empty or binary page from a readable one, looking only at its first bytes. */
final class ContentCheck {
  /** File signatures of formats that are never a page, whatever the extension says. */
  private static final byte[][] BINARY_MAGIC = {
    {'%', 'P', 'D', 'F', '-'},
    {(byte) 0x89, 'P', 'N', 'G'},
    {'G', 'I', 'F', '8'},
    {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
    {'P', 'K', 3, 4},
    {(byte) 0x1F, (byte) 0x8B},
    {'R', 'I', 'F', 'F'},
  };

  private ContentCheck() {}

  /** The reject code for these bytes ("empty" or "binary"), or null when they look like text. */
  static String problem(byte[] bytes) {
    if (isBlank(bytes)) return "empty";
    if (Decoding.bom(bytes) != null) return null; // UTF-16 text is full of NUL bytes
    return looksBinary(bytes) ? "binary" : null;
  }

  /** No bytes, or nothing but ASCII white space and a UTF-8 byte order mark. */
  private static boolean isBlank(byte[] bytes) {
    int i = startsWith(bytes, Decoding.UTF8_BOM) ? Decoding.UTF8_BOM.length : 0;
    for (; i < bytes.length; i++) {
      byte b = bytes[i];
      if (b != ' ' && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x0B) return false;
    }
    return true;
  }

  private static boolean looksBinary(byte[] bytes) {
    for (byte[] magic : BINARY_MAGIC) {
      if (startsWith(bytes, magic)) return true;
    }
    int n = Math.min(bytes.length, ReadLimits.SNIFF_BYTES);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) return true;
      if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B) control++;
    }
    return control > n * ReadLimits.MAX_CONTROL_SHARE;
  }

  static boolean startsWith(byte[] bytes, byte[] prefix) {
    if (bytes.length < prefix.length) return false;
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[i] != prefix[i]) return false;
    }
    return true;
  }
}
