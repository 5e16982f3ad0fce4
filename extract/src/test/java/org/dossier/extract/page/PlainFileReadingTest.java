package org.dossier.extract.page;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dossier.core.model.PageFormat;
import org.dossier.core.model.RawPage;
import org.dossier.core.pipeline.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcCompression;

class PlainFileReadingTest {
  @TempDir Path dir;

  private Path write(String relative, String text) throws IOException {
    return write(relative, text.getBytes(StandardCharsets.UTF_8));
  }

  private Path write(String relative, byte[] bytes) throws IOException {
    Path p = dir.resolve(relative);
    Files.createDirectories(p.getParent());
    return Files.write(p, bytes);
  }

  @Test
  void walksFoldersRecursivelyInPathOrderAndPicksFormatsByExtension() throws IOException {
    write("b/2.html", "<p>second</p>");
    write("b/c/3.HTM", "<p>third</p>");
    write("a/1.txt", " date 2025-06-04 Talks resumed.\nMore text.");
    write("a/notes.md", "# not a page");
    write("b/photo.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0});
    write("d/crawl.warc", WarcFixtures.mixed(WarcCompression.NONE).bytes());
    Collected got = Collected.read(dir);

    assertEquals(List.of("1.txt", "2.html", "3.HTM", "http://news.example/a", "http://news.example/b",
        "http://news.example/c.txt"), got.names());
    assertEquals(List.of(PageFormat.TEXT, PageFormat.HTML, PageFormat.HTML),
        got.pages().subList(0, 3).stream().map(RawPage::format).toList());
    RawPage txt = got.pages().get(0);
    assertEquals(dir.resolve("a/1.txt").toString(), txt.provenance().path());
    assertEquals(-1, txt.provenance().warcOffset());
    assertEquals(" date 2025-06-04 Talks resumed.\nMore text.", new String(txt.bytes(), StandardCharsets.UTF_8));
    assertEquals(new ReadSummary(6, 0, 0, 2, 5), got.summary());
    assertEquals(List.of(), got.problems());
  }

  @Test
  void emptyAndBlankFilesAreSkippedAsEmpty() throws IOException {
    Path empty = write("empty.html", new byte[0]);
    write("blank.txt", "\uFEFF \n\t\r\n");
    Collected got = Collected.read(dir);
    assertEquals(List.of(), got.pages());
    assertEquals(List.of("empty", "empty"), got.codes());
    Outcome first = got.problems().get(0);
    assertEquals(Outcome.Status.SKIPPED, first.status());
    assertEquals(dir.resolve("blank.txt").toString(), first.source());
    assertEquals(empty + ": skipped (read/empty): the file holds no text", got.problems().get(1).line());
  }

  @Test
  void binaryFilesAreSkippedButUtf16WithBomIsText() throws IOException {
    write("a.html", new byte[] {'%', 'P', 'D', 'F', '-', '1', '.', '4', '\n'});
    write("b.txt", "text\u0000with a NUL");
    byte[] controls = new byte[200];
    for (int i = 0; i < controls.length; i++) controls[i] = (byte) (i % 2 == 0 ? 'a' : 0x03);
    write("c.txt", controls);
    byte[] utf16 = "\uFEFFHello there".getBytes(StandardCharsets.UTF_16LE);
    write("d.txt", utf16);
    Collected got = Collected.read(dir);
    assertEquals(List.of("binary", "binary", "binary"), got.codes());
    assertEquals(List.of("d.txt"), got.names());
  }

  @Test
  void aPageOverTheCapIsCutMarkedAndWarnedNotRejected() throws IOException {
    Path big = write("big.html", "<p>" + "x".repeat(5000) + "</p>");
    Path small = write("small.html", "<p>" + "x".repeat(500) + "</p>");
    Collected got = Collected.read(1024, big, small);
    assertEquals(2, got.pages().size());
    RawPage cut = got.pages().get(0);
    assertTrue(cut.truncated());
    assertEquals(1024, cut.bytes().length);
    assertFalse(got.pages().get(1).truncated());
    assertEquals(List.of("truncated"), got.codes());
    assertEquals(big + ": warning (read/truncated): page larger than the cap; only its first 1024 bytes were kept",
        got.problems().get(0).line());
    assertEquals(new ReadSummary(2, 1, 0, 0, 0), got.summary());
  }

  @Test
  void defaultCapIsFiveMebibytes() throws IOException {
    byte[] bytes = new byte[(5 << 20) + 10];
    java.util.Arrays.fill(bytes, (byte) 'a');
    Collected got = Collected.read(write("huge.txt", bytes));
    assertEquals(5 << 20, got.pages().get(0).bytes().length);
    assertTrue(got.pages().get(0).truncated());
  }

  @Test
  void missingPathIsUnreadableAndTheRunGoesOn() throws IOException {
    Path ok = write("ok.txt", "Some text.");
    Collected got = Collected.read(dir.resolve("nope"), ok);
    assertEquals(List.of("unreadable"), got.codes());
    assertEquals(dir.resolve("nope") + ": failed (read/unreadable): no such file", got.problems().get(0).line());
    assertEquals(List.of("ok.txt"), got.names());
  }

  @Test
  void whatThePageConsumerThrowsEndsTheRead() throws IOException {
    Path ok = write("ok.txt", "Some text.");
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> Pages.read(List.of(ok), p -> {
          throw new IllegalStateException("disk full");
        }, o -> {}));
    assertEquals("disk full", e.getMessage());
  }

  @Test
  void rejectsANonPositiveCap() {
    assertThrows(IllegalArgumentException.class, () -> Pages.read(List.of(dir), 0, p -> {}, o -> {}));
  }

  @Test
  void pageBytesAreKeptExactly() throws IOException {
    byte[] latin = "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1);
    Collected got = Collected.read(write("l.txt", latin));
    assertArrayEquals(latin, got.pages().get(0).bytes());
  }
}
