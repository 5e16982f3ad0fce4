package org.dossier.extract.page;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/** Builds small WARC files with jwarc for the reader tests, remembering where each record starts. */
public final class WarcFixtures {
  static final String RU_HTML = "<html><head><title>Новости</title></head><body><p>Переговоры продолжились"
      + " во вторник.</p></body></html>";
  static final String GZ_HTML = "<!doctype html><html><body><p>The talks went on for a second day, officials"
      + " said on Tuesday.</p></body></html>";
  static final String PLAIN_TEXT = "Officials met again on Wednesday.\n\nNo agreement was announced.";

  /** A WARC file's bytes and the offset of each record, in writing order. */
  public record Built(byte[] bytes, List<Long> offsets) {}

  private WarcFixtures() {}

  /**
   * A mixed WARC: warcinfo, request, a windows-1251 HTML response, a chunked+gzip HTML response, a 404, an
   * image, a metadata record and a text/plain response. Pages are records 2, 3 and 7.
   */
  public static Built mixed(WarcCompression compression) {
    List<WarcRecord> records = new ArrayList<>();
    records.add(new Warcinfo.Builder().filename("fixture.warc").date(at(0)).build());
    records.add(request("http://news.example/a"));
    records.add(response("http://news.example/a", at(1),
        http(200, "text/html; charset=windows-1251", RU_HTML.getBytes(Charset.forName("windows-1251")), false, false)));
    records.add(response("http://news.example/b", at(2), http(200, "text/html", utf8(GZ_HTML), true, true)));
    records.add(response("http://news.example/missing", at(3), http(404, "text/html", utf8("<p>gone</p>"), false,
        false)));
    records.add(response("http://news.example/logo.png", at(4), http(200, "image/png", new byte[] {1, 2, 3},
        false, false)));
    records.add(new WarcMetadata.Builder().date(at(5)).body(MediaType.parse("application/warc-fields"),
        utf8("outlinks: none\r\n")).build());
    records.add(response("http://news.example/c.txt", at(6), http(200, "text/plain; charset=utf-8",
        utf8(PLAIN_TEXT), false, false)));
    return write(records, compression);
  }

  static Built write(List<WarcRecord> records, WarcCompression compression) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<Long> offsets = new ArrayList<>();
    try (WarcWriter writer = new WarcWriter(Channels.newChannel(out), compression)) {
      for (WarcRecord r : records) {
        offsets.add(writer.position());
        writer.write(r);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Built(out.toByteArray(), offsets);
  }

  static Instant at(int day) {
    return Instant.parse("2025-06-01T08:30:00Z").plusSeconds(86_400L * day);
  }

  static WarcResponse response(String uri, Instant date, byte[] httpMessage) {
    return new WarcResponse.Builder(uri).date(date).body(MediaType.HTTP_RESPONSE, httpMessage).build();
  }

  static WarcRequest request(String uri) {
    try {
      HttpRequest http = new HttpRequest.Builder("GET", URI.create(uri).getRawPath())
          .addHeader("Host", URI.create(uri).getHost()).build();
      return new WarcRequest.Builder(uri).date(at(0)).body(http).build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A raw HTTP/1.1 response, optionally gzip-encoded and sent in two chunks. */
  static byte[] http(int status, String contentType, byte[] body, boolean chunked, boolean gzip) {
    byte[] payload = gzip ? gzip(body) : body;
    StringBuilder head = new StringBuilder("HTTP/1.1 " + status + (status == 200 ? " OK" : " Not Found") + "\r\n");
    head.append("Content-Type: ").append(contentType).append("\r\n");
    if (gzip) head.append("Content-Encoding: gzip\r\n");
    head.append(chunked ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + payload.length + "\r\n");
    head.append("\r\n");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
    if (chunked) {
      int half = payload.length / 2;
      chunk(out, payload, 0, half);
      chunk(out, payload, half, payload.length - half);
      out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
    } else {
      out.writeBytes(payload);
    }
    return out.toByteArray();
  }

  private static void chunk(ByteArrayOutputStream out, byte[] data, int from, int length) {
    out.writeBytes((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
    out.write(data, from, length);
    out.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
  }

  static byte[] gzip(byte[] data) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream g = new GZIPOutputStream(out)) {
      g.write(data);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
