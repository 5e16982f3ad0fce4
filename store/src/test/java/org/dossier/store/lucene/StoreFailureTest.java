package org.dossier.store.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.dossier.core.pipeline.AnnotatedArticle;
import org.dossier.store.Fixtures;
import org.dossier.store.PageRecord;
import org.dossier.store.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A full disk and a read-only folder: one line naming the folder and the fix; the last commit intact. */
class StoreFailureTest {
  private static final Set<PosixFilePermission> READ_ONLY = PosixFilePermissions.fromString("r-xr-xr-x");
  private static final Set<PosixFilePermission> WRITABLE = PosixFilePermissions.fromString("rwxr-xr-x");

  @TempDir Path tmp;

  @Test
  void aDiskThatFillsUpMidIngestIsOneLineAndEveryCommittedPageSurvives() {
    Path store = tmp.resolve("store");
    FullDisk[] disk = new FullDisk[1];
    List<String> committed = new ArrayList<>();
    StoreException e;
    try (LuceneKnowledgeBase kb = LuceneKnowledgeBase.openForWriting(store, d -> disk[0] = new FullDisk(d))) {
      putAndCommit(kb, committed, 0, 3);
      disk[0].fillUpAfter(60_000);
      e = assertThrows(StoreException.class, () -> {
        for (int batch = 1; batch < 100; batch++) putAndCommit(kb, committed, batch * 3, 3);
      });
    }
    assertEquals(1, e.getMessage().lines().count(), e.getMessage());
    assertTrue(e.getMessage().contains(store.toString()), e.getMessage());
    assertTrue(e.getMessage().contains("disk is full") && e.getMessage().contains("free some disk space"),
        e.getMessage());
    assertTrue(committed.size() > 3, "some batches fit before the disk filled: " + committed);

    try (LuceneKnowledgeBase kb = LuceneKnowledgeBase.openForReading(store)) {
      assertEquals(committed, kb.pages().stream().map(PageRecord::name).sorted().toList());
      for (String page : committed) {
        AnnotatedArticle expected = Fixtures.harbour(page);
        assertEquals(expected, kb.article(expected.article().id()).orElseThrow(), page);
      }
      assertEquals(2 * committed.size(), kb.entities().stream().filter(p -> p.entity().name().equals("Lena Ortiz"))
          .findFirst().orElseThrow().mentions(), "entity counts match the committed pages, no more");
    }
    try (LuceneKnowledgeBase kb = LuceneKnowledgeBase.openForWriting(store)) {
      putAndCommit(kb, committed, 1000, 1); // with space again, the same store takes new pages
      assertEquals(committed.size(), kb.pages().size());
    }
  }

  @Test
  void aReadOnlyStoreIsRefusedForWritingLeftAsItWasAndStillReadable() throws IOException {
    Path store = tmp.resolve("store");
    try (LuceneKnowledgeBase kb = LuceneKnowledgeBase.openForWriting(store)) {
      putAndCommit(kb, new ArrayList<>(), 0, 2);
    }
    List<Path> before = listing(store);
    setPermissions(store, READ_ONLY);
    try {
      assumeFalse(canWriteIn(store), "this user writes through permissions (root), so nothing is read-only");
      StoreException e = assertThrows(StoreException.class, () -> LuceneKnowledgeBase.openForWriting(store));
      assertEquals(1, e.getMessage().lines().count(), e.getMessage());
      assertTrue(e.getMessage().contains(store + " is read-only"), e.getMessage());
      assertTrue(e.getMessage().contains("chmod"), e.getMessage());
      try (LuceneKnowledgeBase kb = LuceneKnowledgeBase.openForReading(store)) {
        assertEquals(2, kb.pages().size());
      }
    } finally {
      setPermissions(store, WRITABLE);
    }
    assertEquals(before, listing(store), "nothing written, nothing removed");
  }

  @Test
  void aNewStoreInAReadOnlyFolderIsRefusedAndLeavesNothing() throws IOException {
    Path parent = Files.createDirectories(tmp.resolve("locked"));
    Files.setPosixFilePermissions(parent, READ_ONLY);
    try {
      assumeFalse(canWriteIn(parent), "this user writes through permissions (root), so nothing is read-only");
      Path store = parent.resolve("store");
      StoreException e = assertThrows(StoreException.class, () -> LuceneKnowledgeBase.openForWriting(store));
      assertEquals(1, e.getMessage().lines().count(), e.getMessage());
      assertTrue(e.getMessage().contains("cannot create store " + store + ": its parent folder is read-only"),
          e.getMessage());
      assertFalse(Files.exists(store));
    } finally {
      Files.setPosixFilePermissions(parent, WRITABLE);
    }
  }

  private static void putAndCommit(LuceneKnowledgeBase kb, List<String> committed, int first, int n) {
    List<String> batch = new ArrayList<>();
    for (int i = first; i < first + n; i++) {
      String page = "p%04d.html".formatted(i);
      kb.putPage(Fixtures.page(page), List.of(Fixtures.harbour(page)));
      kb.putPageText(page, "the page's own text, " + "long enough to take room on the disk ".repeat(20));
      batch.add(page);
    }
    kb.commit();
    committed.addAll(batch);
    committed.sort(null);
  }

  /** Whether this process can create a file in the folder despite its permissions. */
  private static boolean canWriteIn(Path folder) {
    try {
      Files.delete(Files.createTempFile(folder, "probe", ".tmp"));
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static void setPermissions(Path root, Set<PosixFilePermission> perms) throws IOException {
    for (Path p : listing(root)) if (Files.isDirectory(p)) Files.setPosixFilePermissions(p, perms);
  }

  private static List<Path> listing(Path root) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      return s.sorted().toList();
    }
  }
}
