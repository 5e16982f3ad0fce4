package org.dossier.extract.page;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.dossier.core.model.PageFormat;
import org.dossier.core.model.RawPage;
import org.dossier.core.pipeline.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.netpreserve.jwarc.WarcCompression;

class WarcReadingTest {
  @TempDir Path dir;

  private Path save(String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }

  private static String fileName(WarcCompression c) {
    return c == WarcCompression.GZIP ? "crawl.warc.gz" : "crawl.warc";
  }

  @ParameterizedTest
  @EnumSource(value = WarcCompression.class, names = {"NONE", "GZIP"})
  void readsHtmlAndTextResponsesWithProvenance(WarcCompression compression) throws IOException {
    WarcFixtures.Built warc = WarcFixtures.mixed(compression);
    Path file = save(fileName(compression), warc.bytes());
    Collected got = Collected.read(file);

    assertEquals(List.of(), got.problems());
    assertEquals(List.of("http://news.example/a", "http://news.example/b", "http://news.example/c.txt"), got.names());
    RawPage ru = got.pages().get(0);
    assertEquals(PageFormat.HTML, ru.format());
    assertEquals("windows-1251", ru.charset());
    assertEquals(WarcFixtures.RU_HTML, new String(ru.bytes(), Charset.forName("windows-1251")));
    assertEquals(file.toString(), ru.provenance().path());
    assertEquals(warc.offsets().get(2), ru.provenance().warcOffset());
    assertEquals("http://news.example/a", ru.provenance().targetUri());
    assertEquals(WarcFixtures.at(1), ru.provenance().fetched());

    RawPage gz = got.pages().get(1);
    assertArrayEquals(WarcFixtures.utf8(WarcFixtures.GZ_HTML), gz.bytes(), "chunked + gzip payload decoded");
    assertEquals(warc.offsets().get(3), gz.provenance().warcOffset());
    assertEquals(WarcFixtures.at(2), gz.provenance().fetched());

    RawPage txt = got.pages().get(2);
    assertEquals(PageFormat.TEXT, txt.format());
    assertEquals("utf-8", txt.charset().toLowerCase());
    assertEquals(warc.offsets().get(7), txt.provenance().warcOffset());
    assertEquals(new ReadSummary(3, 0, 0, 0, 5), got.summary());
  }

  @ParameterizedTest
  @EnumSource(value = WarcCompression.class, names = {"NONE", "GZIP"})
  void truncatedFileKeepsEarlierPagesAndReportsTheCutRecordOnce(WarcCompression compression) throws IOException {
    WarcFixtures.Built warc = WarcFixtures.mixed(compression);
    long last = warc.offsets().get(7);
    int cut = (int) (last + (warc.bytes().length - last) / 2);
    Path file = save(fileName(compression), Arrays.copyOf(warc.bytes(), cut));
    Collected got = Collected.read(file);

    assertEquals(List.of("http://news.example/a", "http://news.example/b"), got.names());
    assertEquals(1, got.problems().size(), got.problems().toString());
    Outcome problem = got.problems().get(0);
    assertEquals(Outcome.Status.FAILED, problem.status());
    assertEquals("truncated-record", problem.code(), problem.line());
    assertEquals(file + "@" + last, problem.source());
    assertTrue(problem.message().contains("rest of file skipped"), problem.line());
  }

  @ParameterizedTest
  @EnumSource(value = WarcCompression.class, names = {"NONE", "GZIP"})
  void damagedRecordIsReportedAndReadingResumesAfterIt(WarcCompression compression) throws IOException {
    WarcFixtures.Built warc = WarcFixtures.mixed(compression);
    byte[] bytes = warc.bytes().clone();
    int start = warc.offsets().get(3).intValue();
    for (int i = start; i < start + 12; i++) bytes[i] = (byte) 0xA5; // wreck the record's first bytes
    Path file = save(fileName(compression), bytes);
    Collected got = Collected.read(file);

    assertEquals(List.of("http://news.example/a", "http://news.example/c.txt"), got.names());
    assertEquals(List.of("broken-record"), got.codes(), got.problems().toString());
    assertTrue(got.problems().get(0).message().contains("resuming at offset"), got.problems().get(0).line());
    assertEquals(warc.offsets().get(7), got.pages().get(1).provenance().warcOffset(), "offsets stay true");
  }

  @Test
  void aBadTrailerWarnsOnceAndNoRecordIsReadTwice() throws IOException {
    WarcFixtures.Built warc = WarcFixtures.mixed(WarcCompression.NONE);
    byte[] bytes = warc.bytes();
    byte[] damaged = Arrays.copyOf(bytes, bytes.length + 1);
    damaged[bytes.length - 1] = '\r'; // the final CRLFCRLF becomes CRLFCRCRLF
    damaged[bytes.length] = '\n';
    Path file = save("x.warc", damaged);
    Collected got = Collected.read(file);
    assertEquals(List.of("http://news.example/a", "http://news.example/b", "http://news.example/c.txt"), got.names());
    assertEquals(List.of("bad-trailer"), got.codes());
    assertTrue(got.problems().get(0).isWarning());
    assertEquals(file + "@" + warc.offsets().get(7), got.problems().get(0).source());
  }

  @Test
  void aWrongContentLengthInTheMiddleIsReportedAndLaterRecordsStillRead() throws IOException {
    WarcFixtures.Built warc = WarcFixtures.mixed(WarcCompression.NONE);
    String text = new String(warc.bytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
    int record = warc.offsets().get(2).intValue();
    int at = text.indexOf("Content-Length: ", record) + "Content-Length: ".length();
    int end = text.indexOf("\r", at);
    int length = Integer.parseInt(text.substring(at, end));
    String damaged = text.substring(0, at) + (length - 7) + text.substring(end);
    Collected got = Collected.read(save("x.warc", damaged.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)));
    assertEquals(List.of("bad-trailer"), got.codes(), got.problems().toString());
    assertEquals("x.warc@" + record, got.problems().get(0).source().replaceAll(".*/", ""));
    assertTrue(got.names().containsAll(List.of("http://news.example/b", "http://news.example/c.txt")), got.names()
        .toString());
    assertEquals(got.names().size(), got.names().stream().distinct().count(), "no page read twice");
  }

  @Test
  void undecodablePayloadIsRejectedAndTheNextRecordStillRead() throws IOException {
    byte[] notGzip = WarcFixtures.http(200, "text/html", WarcFixtures.utf8("<p>plain</p>"), false, false);
    String fakeGzip = new String(notGzip, java.nio.charset.StandardCharsets.ISO_8859_1)
        .replace("Content-Type: text/html\r\n", "Content-Type: text/html\r\nContent-Encoding: gzip\r\n");
    WarcFixtures.Built warc = WarcFixtures.write(List.of(
        WarcFixtures.response("http://x.example/bad", WarcFixtures.at(1),
            fakeGzip.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)),
        WarcFixtures.response("http://x.example/good", WarcFixtures.at(2),
            WarcFixtures.http(200, "text/html", WarcFixtures.utf8("<p>fine</p>"), false, false))),
        WarcCompression.NONE);
    Collected got = Collected.read(save("x.warc", warc.bytes()));
    assertEquals(List.of("bad-payload"), got.codes());
    assertEquals(List.of("http://x.example/good"), got.names());
  }

  @Test
  void brotliEncodedPayloadIsDecoded() throws IOException {
    byte[] brotliHello = {0x0b, 0x02, (byte) 0x80, 'h', 'e', 'l', 'l', 'o', 0x03}; // one uncompressed meta-block
    String head = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: br\r\nContent-Length: 9\r\n\r\n";
    byte[] http = Arrays.copyOf(head.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), head.length() + 9);
    System.arraycopy(brotliHello, 0, http, head.length(), 9);
    WarcFixtures.Built warc = WarcFixtures.write(List.of(
        WarcFixtures.response("http://x.example/br", WarcFixtures.at(1), http)), WarcCompression.NONE);
    Collected got = Collected.read(save("x.warc", warc.bytes()));
    assertEquals(List.of(), got.problems());
    assertArrayEquals("hello".getBytes(java.nio.charset.StandardCharsets.US_ASCII), got.pages().get(0).bytes());
  }

  @Test
  void emptyAndBinaryPayloadsAreRejectedWithTheirRecord() throws IOException {
    WarcFixtures.Built warc = WarcFixtures.write(List.of(
        WarcFixtures.response("http://x.example/empty", WarcFixtures.at(1),
            WarcFixtures.http(200, "text/html", new byte[0], false, false)),
        WarcFixtures.response("http://x.example/bin", WarcFixtures.at(2),
            WarcFixtures.http(200, "text/html", new byte[] {'<', 0, 1, 2, 0, 0}, false, false))),
        WarcCompression.NONE);
    Path file = save("x.warc", warc.bytes());
    Collected got = Collected.read(file);
    assertEquals(List.of("empty", "binary"), got.codes());
    assertEquals(file + "@" + warc.offsets().get(1), got.problems().get(1).source());
    assertTrue(got.problems().get(1).message().contains("http://x.example/bin"));
  }

  @Test
  void payloadOverTheCapIsCutAndWarned() throws IOException {
    byte[] big = WarcFixtures.utf8("<p>" + "word ".repeat(400) + "</p>");
    WarcFixtures.Built warc = WarcFixtures.write(List.of(WarcFixtures.response("http://x.example/big",
        WarcFixtures.at(1), WarcFixtures.http(200, "text/html", big, true, true))), WarcCompression.GZIP);
    Collected got = Collected.read(1000, save("x.warc.gz", warc.bytes()));
    assertEquals(1, got.pages().size());
    assertTrue(got.pages().get(0).truncated());
    assertEquals(1000, got.pages().get(0).bytes().length);
    assertEquals(List.of("truncated"), got.codes());
    assertTrue(got.problems().get(0).isWarning());
    assertEquals(1, got.summary().truncated());
  }

  @Test
  void untypedHtmlPayloadIsSniffedAndOtherUntypedPayloadsSkipped() throws IOException {
    WarcFixtures.Built warc = WarcFixtures.write(List.of(
        WarcFixtures.response("http://x.example/page", WarcFixtures.at(1),
            WarcFixtures.http(200, "application/octet-stream", WarcFixtures.utf8("\n<!DOCTYPE html><p>x</p>"),
                false, false)),
        WarcFixtures.response("http://x.example/blob", WarcFixtures.at(1),
            WarcFixtures.http(200, "application/octet-stream", WarcFixtures.utf8("just bytes"), false, false))),
        WarcCompression.NONE);
    Collected got = Collected.read(save("x.warc", warc.bytes()));
    assertEquals(List.of("http://x.example/page"), got.names());
    assertEquals(1, got.summary().skippedRecords());
  }

  @Test
  void notAWarcAtAllIsOneLineAndAnEmptyWarcIsEmpty() throws IOException {
    Collected garbage = Collected.read(save("notes.warc", WarcFixtures.utf8("these are notes, not a WARC\n")));
    assertEquals(List.of("broken-record"), garbage.codes());
    assertTrue(garbage.problems().get(0).message().contains("rest of file skipped"));
    Collected empty = Collected.read(save("empty.warc.gz", new byte[0]));
    assertEquals(List.of("empty"), empty.codes());
    assertFalse(empty.problems().get(0).isOk());
  }
}
