package org.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs that must neither stop an ingest nor vanish: each gets one line and a count, the good pages beside
 * them are stored, and the summary adds up. (eval/torture.py runs the large ones: 5 MB lines, 200 MB pages.)
 */
class HostileInputsTest {
  private static final Pattern SUMMARY =
      Pattern.compile("(\\d+) pages read: (\\d+) stored, (\\d+) unchanged, (\\d+) skipped, (\\d+) failed");

  @TempDir Path tmp;

  @Test
  void everyInputIsAccountedForAndTheGoodPagesAreStored() throws Exception {
    Path pages = tmp.resolve("pages");
    GeneratedPages.write(pages, 3, 5);
    Files.write(pages.resolve("crawl.warc"), warc());
    Files.createSymbolicLink(pages.resolve("loop-a.html"), Path.of("loop-b.html"));
    Files.createSymbolicLink(pages.resolve("loop-b.html"), Path.of("loop-a.html"));
    Files.createSymbolicLink(pages.resolve("dangling.html"), Path.of("gone.html"));
    Process fifo = new ProcessBuilder("mkfifo", pages.resolve("pipe.html").toString()).start();
    assertEquals(0, fifo.waitFor());
    try (ServerSocketChannel s = ServerSocketChannel.open(java.net.StandardProtocolFamily.UNIX)) {
      s.bind(UnixDomainSocketAddress.of(pages.resolve("socket.html")));
    }
    Files.createSymbolicLink(pages.resolve("device.html"), Path.of("/dev/null"));
    String store = tmp.resolve("store").toString();

    CliRun run = CliRun.of("ingest", "--store", store, "--progress", "lines", pages.toString());
    assertEquals(0, run.status(), run.err());
    String err = run.err();
    for (String line : List.of("loop-a.html: skipped (read/link-loop)", "loop-b.html: skipped (read/link-loop)",
        "dangling.html: skipped (read/dangling-link)", "pipe.html: skipped (read/fifo)",
        "socket.html: skipped (read/socket)", "device.html: skipped (read/device)")) {
      assertEquals(1, lines(err, line).size(), line + " once in:\n" + err);
    }
    assertEquals(1, lines(err, "crawl.warc@").size(), "the damaged record gives one line:\n" + err);
    Matcher m = SUMMARY.matcher(err);
    assertTrue(m.find(), err);
    long[] n = Arrays.stream(new int[] {1, 2, 3, 4, 5}).mapToLong(i -> Long.parseLong(m.group(i))).toArray();
    assertEquals(n[0], n[1] + n[2] + n[3] + n[4], "read = stored + unchanged + skipped + failed: " + m.group());
    assertEquals(3 + 3, n[1], "the generated pages and the WARC's good records, the 40 KB address among them");
    Matcher committed = Pattern.compile("committed, (\\d+) pages").matcher(err);
    long last = -1;
    while (committed.find()) last = Long.parseLong(committed.group(1));
    assertEquals(n[1] + n[3] + n[4], last, "the commit lines count the pages written, as the summary does");

    String export = CliRun.of("export", "--store", store, "--type", "article").out();
    assertTrue(export.contains("\"page\":\"https://news.example/" + "x".repeat(40_000) + "\""), "the long address is kept whole");
    assertTrue(export.contains("https://news.example/good-1"));
  }

  @Test
  void nothingReadableIsANonZeroExit() throws Exception {
    Path pages = Files.createDirectories(tmp.resolve("pages"));
    Files.createSymbolicLink(pages.resolve("dangling.html"), Path.of("gone.html"));
    CliRun run = CliRun.of("ingest", "--store", tmp.resolve("store").toString(), pages.toString());
    assertEquals(1, run.status(), run.err());
    assertTrue(run.err().contains("dossier: nothing could be read from " + pages), run.err());
    CliRun extract = CliRun.of("extract", "--jsonl", pages.resolve("dangling.html").toString());
    assertEquals(1, extract.status(), extract.err());
    CliRun missing = CliRun.of("extract", "--jsonl", tmp.resolve("nope.html").toString());
    assertEquals(1, missing.status(), missing.err());
    assertTrue(missing.err().contains("nope.html: failed (read/unreadable): no such file"), missing.err());
  }

  @Test
  void anArticleOverTheCharacterCapIsStoredWholeWithANote() throws Exception {
    Path pages = Files.createDirectories(tmp.resolve("pages"));
    StringBuilder text = new StringBuilder("Harbour works go on\n\n");
    for (int i = 0; i < 60; i++) text.append("Crews in Port Alden repaired pier ").append(i).append(" on Monday, the harbour office said.\n\n");
    Files.writeString(pages.resolve("long.txt"), text);
    String store = tmp.resolve("store").toString();
    CliRun run = CliRun.of("ingest", "--store", store, "--page-chars", "1000", pages.toString());
    assertEquals(0, run.status(), run.err());
    assertEquals(1, lines(run.err(), "long.txt: warning (annotate/capped)").size(), run.err());
    assertTrue(run.err().contains("1 pages read: 1 stored"), run.err());
    assertTrue(CliRun.of("export", "--store", store, "--type", "article").out().contains("pier 59"), "stored whole");
  }

  @Test
  void usageErrorsAreOneLineWithAHintAndValuesAreChecked() {
    String store = tmp.resolve("store").toString();
    for (String[] args : List.of(new String[] {"ingest"}, new String[] {"ingest", "--bogus", "x"},
        new String[] {"search", "--store", store, "--limit", "-5", "x"},
        new String[] {"search", "--store", store, "--limit", "0", "x"},
        new String[] {"search", "--store", store, "--role", "bogus", "x"},
        new String[] {"annotate", "f@2025-13-45"})) {
      CliRun r = CliRun.of(args);
      assertEquals(2, r.status(), String.join(" ", args) + ": " + r.err());
      assertEquals(1, r.err().strip().lines().count(), r.err());
      assertTrue(r.err().contains("--help"), r.err());
      assertFalse(r.err().contains("Usage:"), r.err());
    }
    assertTrue(CliRun.of("search", "--store", store, "--limit", "0", "x").err().contains("--limit must be at least 1"));
    assertTrue(CliRun.of("annotate", "f@2025-13-45").err().contains("bad date '2025-13-45'"));
    CliRun out = CliRun.of("extract", "--out", "/proc/dossier-out", tmp.resolve("a.html").toString());
    assertEquals(1, out.status());
    assertTrue(out.err().contains("cannot create the --out folder /proc/dossier-out: "), out.err());
  }

  @Test
  void aLongQueryIsElidedInItsError() throws Exception {
    Path pages = tmp.resolve("pages");
    GeneratedPages.write(pages, 1, 3);
    String store = tmp.resolve("store").toString();
    CliRun.of("ingest", "--store", store, pages.toString());
    String[] args = new String[1028];
    args[0] = "search";
    args[1] = "--store";
    args[2] = store;
    for (int i = 3; i < args.length; i++) args[i] = "word" + i;
    CliRun r = CliRun.of(args);
    assertEquals(1, r.status(), r.err());
    assertTrue(r.err().length() < 400, r.err().length() + " chars: " + r.err());
    assertTrue(r.err().contains("fewer words"), r.err());
  }

  private static List<String> lines(String text, String containing) {
    return text.lines().filter(l -> l.contains(containing)).toList();
  }

  /** Three good records, one of them with a 40 KB target address, and one whose length runs past its bytes. */
  private static byte[] warc() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (String uri : List.of("https://news.example/good-1", "https://news.example/" + "x".repeat(40_000))) {
      out.writeBytes(record(uri, page("Harbour reopens", "The harbour in Port Alden reopened on Monday, officials said.")));
    }
    byte[] damaged = record("https://news.example/damaged", page("Damaged", "This record is cut short."));
    String s = new String(damaged, StandardCharsets.ISO_8859_1).replaceFirst("Content-Length: ", "Content-Length: 9");
    out.writeBytes(Arrays.copyOf(s.getBytes(StandardCharsets.ISO_8859_1), damaged.length / 2));
    out.writeBytes("\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
    out.writeBytes(record("https://news.example/good-2", page("Ferries resume", "Ferries to Port Alden resumed on Tuesday, the operator said.")));
    return out.toByteArray();
  }

  private static String page(String title, String sentence) {
    return "<!doctype html><html><head><meta charset=utf-8><title>" + title + "</title></head><body><article><h1>"
        + title + "</h1>" + ("<p>" + sentence + " " + sentence + "</p>").repeat(4) + "</article></body></html>";
  }

  private static byte[] record(String uri, String html) {
    byte[] http = ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html).getBytes(StandardCharsets.UTF_8);
    String head = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: " + uri + "\r\nWARC-Date: 2025-03-01T10:00:00Z\r\n"
        + "WARC-Record-ID: <urn:uuid:" + java.util.UUID.nameUUIDFromBytes(uri.getBytes(StandardCharsets.UTF_8)) + ">\r\n"
        + "Content-Type: application/http; msgtype=response\r\nContent-Length: " + http.length + "\r\n\r\n";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
    out.writeBytes(http);
    out.writeBytes("\r\n\r\n".getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }
}
