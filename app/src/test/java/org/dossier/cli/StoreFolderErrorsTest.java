package org.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dossier.store.lucene.LuceneKnowledgeBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ingest --store} on a folder it must not write: one line on standard error naming the folder and
 * the fix, a non-zero exit, and the folder exactly as it was.
 */
class StoreFolderErrorsTest {
  @TempDir Path tmp;
  private Path pages;

  @BeforeEach
  void pages() throws IOException {
    pages = Files.createDirectories(tmp.resolve("pages"));
    Files.writeString(pages.resolve("a.txt"), "Ferry strike ends\n\nThe ferry strike ended on Monday.\n");
  }

  @Test
  void aFolderThatIsNotAStore() throws IOException {
    Path folder = Files.createDirectories(tmp.resolve("photos"));
    Files.writeString(folder.resolve("cat.jpg"), "not a store");
    String err = refused(folder);
    assertTrue(err.contains(folder + " is not a Dossier store"), err);
    assertTrue(err.contains("choose a new or empty folder with --store"), err);
  }

  @Test
  void aStoreOfANewerSchema() throws IOException {
    Path folder = Files.createDirectories(tmp.resolve("future"));
    Files.writeString(folder.resolve("dossier-store.properties"), "format=dossier-store\nschema=99\n");
    String err = refused(folder);
    assertTrue(err.contains("store " + folder + " has schema 99"), err);
    assertTrue(err.contains("upgrade Dossier or use another --store"), err);
  }

  @Test
  void aReadOnlyStore() throws IOException {
    Path folder = tmp.resolve("locked");
    try (LuceneKnowledgeBase kb = LuceneKnowledgeBase.openForWriting(folder)) {
      kb.commit();
    }
    List<Path> dirs = contents(folder).keySet().stream().filter(Files::isDirectory).toList();
    for (Path d : dirs) Files.setPosixFilePermissions(d, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      assumeFalse(Files.isWritable(folder), "this user writes through permissions (root), so nothing is read-only");
      String err = refused(folder);
      assertTrue(err.contains("store " + folder + " is read-only"), err);
      assertTrue(err.contains("chmod -R u+w " + folder), err);
    } finally {
      for (Path d : dirs) Files.setPosixFilePermissions(d, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  /** Runs an ingest into the folder, checks it was refused in one line and changed nothing; the line. */
  private String refused(Path folder) throws IOException {
    Map<Path, String> before = contents(folder);
    CliRun run = CliRun.of("ingest", "--store", folder.toString(), "--progress", "none", pages.toString());
    assertNotEquals(0, run.status());
    assertEquals(1, run.err().strip().lines().count(), run.err());
    assertTrue(run.err().startsWith("dossier: "), run.err());
    assertEquals(before, contents(folder), "the folder is left exactly as it was");
    return run.err().strip();
  }

  /** Every path under the folder with its content (files) or "dir". */
  private static Map<Path, String> contents(Path folder) throws IOException {
    try (Stream<Path> s = Files.walk(folder)) {
      return s.collect(Collectors.toMap(p -> p, p -> {
        try {
          return Files.isDirectory(p) ? "dir" : new String(Files.readAllBytes(p), java.nio.charset.StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }));
    }
  }
}
