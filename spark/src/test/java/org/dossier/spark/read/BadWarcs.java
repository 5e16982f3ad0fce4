package org.dossier.spark.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.dossier.spark.bench.SyntheticCrawl;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** WARC.gz files with damage of every kind the reader must survive, built record by record. */
public final class BadWarcs {
  private BadWarcs() {}

  /** One gzip member holding one record, as a WARC.gz file stores it. */
  public static byte[] member(WarcRecord record) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (WarcWriter w = new WarcWriter(Channels.newChannel(out), WarcCompression.GZIP)) {
      w.write(record);
    }
    return out.toByteArray();
  }

  /** A gzip member whose content is not a WARC record at all. */
  public static byte[] garbageMember() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write("WARC/1.0\r\nthis line is no header\r\n\r\nnoise".getBytes(StandardCharsets.US_ASCII));
    }
    return out.toByteArray();
  }

  public static WarcResponse page(SyntheticCrawl gen, String uri) throws IOException {
    return SyntheticCrawl.response(uri, MediaType.HTML, gen.html(false));
  }

  public static WarcResponse status(String uri, int status) throws IOException {
    HttpResponse http = new HttpResponse.Builder(status, "Not Found")
        .body(MediaType.HTML, "<html><body>gone</body></html>".getBytes(StandardCharsets.UTF_8)).build();
    return new WarcResponse.Builder(uri).body(http).build();
  }

  /**
   * good page, garbage member, good page, 404, image, oversized page, good page, then a record cut in half.
   * Pages expected: 4 (one of them cut to the cap); rejects: broken-record, truncated (warning),
   * truncated-record.
   */
  public static Path damaged(Path folder, SyntheticCrawl gen, int oversizedBytes) throws IOException {
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    file.write(member(page(gen, "https://bad.example/a")));
    file.write(garbageMember());
    file.write(member(page(gen, "https://bad.example/b")));
    file.write(member(status("https://bad.example/missing", 404)));
    file.write(member(SyntheticCrawl.response("https://bad.example/logo.png", MediaType.parse("image/png"),
        new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2})));
    file.write(member(SyntheticCrawl.response("https://bad.example/huge", MediaType.HTML, huge(gen, oversizedBytes))));
    file.write(member(page(gen, "https://bad.example/c")));
    byte[] last = member(page(gen, "https://bad.example/cut"));
    file.write(last, 0, last.length / 2);
    Path p = folder.resolve("damaged.warc.gz");
    Files.createDirectories(folder);
    Files.write(p, file.toByteArray());
    return p;
  }

  /** A page whose payload is larger than the given size: an article followed by a long comment thread. */
  private static byte[] huge(SyntheticCrawl gen, int atLeast) {
    StringBuilder s = new StringBuilder(new String(gen.html(false), StandardCharsets.UTF_8));
    s.setLength(s.lastIndexOf("</body>"));
    while (s.length() <= atLeast) s.append("<div class=\"comment\">first! nice one</div>\n");
    return s.append("</body></html>").toString().getBytes(StandardCharsets.UTF_8);
  }
}
