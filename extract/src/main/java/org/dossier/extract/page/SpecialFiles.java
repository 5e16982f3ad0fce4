package org.dossier.extract.page;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Names the kind of a file that is neither a regular file, a folder nor a link, from its Unix mode. */
final class SpecialFiles {
  private static final int TYPE_MASK = 0170000;
  private static final int FIFO = 0010000;
  private static final int CHARACTER_DEVICE = 0020000;
  private static final int BLOCK_DEVICE = 0060000;
  private static final int SOCKET = 0140000;

  private SpecialFiles() {}

  /** "fifo", "socket", "device" or "special" (the code its skip line is counted under). */
  static String kind(Path file) {
    try {
      int mode = (Integer) Files.getAttribute(file, "unix:mode");
      return switch (mode & TYPE_MASK) {
        case FIFO -> "fifo";
        case SOCKET -> "socket";
        case CHARACTER_DEVICE, BLOCK_DEVICE -> "device";
        default -> "special";
      };
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
      return "special"; // a file system without Unix modes
    }
  }

  static String describe(String kind) {
    return switch (kind) {
      case "fifo" -> "FIFO (named pipe)";
      case "socket" -> "socket";
      case "device" -> "device";
      default -> "special file";
    };
  }
}
