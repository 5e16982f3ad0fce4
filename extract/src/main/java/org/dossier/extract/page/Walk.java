package org.dossier.extract.page;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * Lists the regular files under a path, following links, in a stable order; reports what it cannot enter
 * and every entry that is no file (link loops, dangling links, FIFOs, sockets, devices).
 */
final class Walk {
  private Walk() {}

  /** The files under {@code root} (itself when it is a file), sorted by path. */
  static List<Path> files(Path root, PageSink sink) {
    List<Path> files = new ArrayList<>();
    try {
      Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (attrs.isRegularFile()) files.add(file);
              else notAFile(file, attrs, sink);
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              sink.fail(file.toString(), "unreadable", Reasons.of(e));
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException | RuntimeException e) {
      sink.fail(root.toString(), "unreadable", Reasons.of(e));
    }
    files.sort(null);
    return files;
  }

  /**
   * A walk following links hands over a link it cannot follow (a loop, a missing target) as the link
   * itself, and FIFOs, sockets and devices as "other": each is one skipped input with its reason, never
   * silence. Nothing is opened: reading a FIFO would block the run.
   */
  private static void notAFile(Path file, BasicFileAttributes attrs, PageSink sink) {
    if (attrs.isDirectory()) return;
    if (attrs.isSymbolicLink()) {
      String target = linkTarget(file);
      try {
        Files.readAttributes(file, BasicFileAttributes.class);
        sink.skip(file.toString(), "unreadable-link", "symbolic link to " + target + " cannot be followed");
      } catch (NoSuchFileException e) {
        sink.skip(file.toString(), "dangling-link", "symbolic link to " + target + ", which does not exist");
      } catch (IOException e) {
        boolean loop = e instanceof FileSystemLoopException || String.valueOf(e.getMessage()).contains("levels of symbolic links");
        if (loop) sink.skip(file.toString(), "link-loop", "symbolic link loop (" + target + " leads back to it)");
        else sink.fail(file.toString(), "unreadable", "symbolic link to " + target + ": " + Reasons.of(e));
      }
      return;
    }
    String kind = SpecialFiles.kind(file);
    sink.skip(file.toString(), kind, "not a regular file but a " + SpecialFiles.describe(kind) + "; nothing was read from it");
  }

  private static String linkTarget(Path link) {
    try {
      return Files.readSymbolicLink(link).toString();
    } catch (IOException | UnsupportedOperationException e) {
      return "an unreadable target";
    }
  }
}
