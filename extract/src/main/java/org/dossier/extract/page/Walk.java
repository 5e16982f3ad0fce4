package org.dossier.extract.page;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/** Lists the regular files under a path, following links, in a stable order; reports what it cannot enter. */
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
}
