package org.dossier.spark.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.dossier.core.pipeline.Outcome;
import org.dossier.extract.page.ReadItem;
import org.dossier.spark.bench.SyntheticCrawl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The crawl files on a Hadoop file system, read by the command line's WARC reader through a Hadoop stream. */
class CrawlFilesTest {
  private static final int CAP = 64 << 10;
  @TempDir Path dir;

  private static List<ReadItem> all(Path file) throws IOException {
    List<ReadItem> out = new ArrayList<>();
    Iterator<ReadItem> it = CrawlFiles.read(new CrawlFiles.Entry(file.toUri().toString(), Files.size(file)),
        new Configuration(), CAP);
    it.forEachRemaining(out::add);
    return out;
  }

  private static List<String> pages(List<ReadItem> items) {
    return items.stream().filter(i -> i instanceof ReadItem.Page).map(i -> ((ReadItem.Page) i).page().name()).toList();
  }

  private static List<String> codes(List<ReadItem> items) {
    List<String> codes = new ArrayList<>();
    for (ReadItem i : items) {
      if (i instanceof ReadItem.Problem r) codes.add(r.outcome().code());
      if (i instanceof ReadItem.Page p && p.warning() != null) codes.add(p.warning().code());
    }
    return codes;
  }

  @Test
  void damagedFileYieldsEveryGoodPageAndOneRejectPerDamage() throws IOException {
    List<ReadItem> items = all(BadWarcs.damaged(dir, new SyntheticCrawl(7, 0), 2 * CAP));
    assertEquals(List.of("https://bad.example/a", "https://bad.example/b", "https://bad.example/huge",
        "https://bad.example/c"), pages(items));
    assertEquals(List.of("broken-record", "truncated", "truncated-record"), codes(items));
  }

  @Test
  void oversizedPayloadIsCutToTheCapAndMarked() throws IOException {
    ReadItem.Page huge = all(BadWarcs.damaged(dir, new SyntheticCrawl(7, 0), 2 * CAP)).stream()
        .filter(i -> i instanceof ReadItem.Page p && p.page().name().endsWith("/huge"))
        .map(i -> (ReadItem.Page) i).findFirst().orElseThrow();
    assertEquals(CAP, huge.page().bytes().length);
    assertTrue(huge.page().truncated());
    assertEquals(Outcome.Status.OK, huge.warning().status());
  }

  @Test
  void rejectsCarryTheRecordOffset() throws IOException {
    Path file = BadWarcs.damaged(dir, new SyntheticCrawl(7, 0), 2 * CAP);
    for (ReadItem i : all(file)) {
      if (i instanceof ReadItem.Problem r) {
        assertTrue(r.outcome().source().matches(".*damaged\\.warc\\.gz@\\d+"), r.outcome().source());
      }
    }
  }

  @Test
  void emptyAndMissingFilesAreRejectedNotThrown() throws IOException {
    Path empty = Files.createFile(dir.resolve("empty.warc.gz"));
    assertEquals(List.of("empty"), codes(all(empty)));
    List<ReadItem> missing = new ArrayList<>();
    CrawlFiles.read(new CrawlFiles.Entry(dir.resolve("gone.warc").toUri().toString(), 10), new Configuration(), CAP)
        .forEachRemaining(missing::add);
    assertEquals(List.of("unreadable"), codes(missing));
  }

  @Test
  void plainWarcResumesAfterGarbageAtTheNextRecordLine() throws IOException {
    SyntheticCrawl gen = new SyntheticCrawl(3, 0);
    Path file = dir.resolve("plain.warc");
    try (var out = Files.newOutputStream(file)) {
      out.write(uncompressed(BadWarcs.page(gen, "https://plain.example/1")));
      out.write("WARC/1.0\r\nno header here\r\n\r\n\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      out.write(uncompressed(BadWarcs.page(gen, "https://plain.example/2")));
    }
    List<ReadItem> items = all(file);
    assertEquals(List.of("https://plain.example/1", "https://plain.example/2"), pages(items));
    assertEquals(List.of("broken-record"), codes(items));
  }

  private static byte[] uncompressed(org.netpreserve.jwarc.WarcRecord r) throws IOException {
    var bytes = new java.io.ByteArrayOutputStream();
    try (var w = new org.netpreserve.jwarc.WarcWriter(java.nio.channels.Channels.newChannel(bytes))) {
      w.write(r);
    }
    return bytes.toByteArray();
  }

  @Test
  void listsOnlyWarcFilesLargestFirst() throws IOException {
    new SyntheticCrawl(1, 0).write(dir.resolve("in"), 2, 3);
    Files.writeString(dir.resolve("in/readme.txt"), "not a crawl file");
    List<CrawlFiles.Entry> files = CrawlFiles.list(List.of(dir.resolve("in").toString()), new Configuration());
    assertEquals(2, files.size());
    assertTrue(files.get(0).length() >= files.get(1).length());
  }
}
