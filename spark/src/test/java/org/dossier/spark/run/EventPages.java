package org.dossier.spark.run;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dossier.spark.bench.SyntheticCrawl;
import org.dossier.spark.read.BadWarcs;
import org.netpreserve.jwarc.MediaType;

/**
 * A WARC.gz file of three reports of one meeting by different outlets, the last seven months after the
 * others, so that events merge across articles (and across any date window). Fictional people and places.
 */
final class EventPages {
  private EventPages() {}

  static Path write(Path folder) throws IOException {
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    file.write(page("https://harbour.example/2025/02/varga-oberg", "2025-02-04", "Harbour Post",
        "Varga and Oberg meet over the harbour dispute",
        "Tomas Varga met Lena Oberg in Kestrel Bay to settle the long quarrel over fishing rights.",
        "The two delegations spent most of the afternoon on the quota for the northern banks, aides said.",
        "Fishing crews waited outside the town hall for news, many of them idle since the autumn."));
    file.write(page("https://wire.example/world/oberg-varga-talks", "2025-02-05", "Northern Wire",
        "Oberg and Varga hold harbour talks",
        "Lena Oberg met Tomas Varga in Kestrel Bay, the first contact between the two sides in a year.",
        "Neither side gave figures after the session, and a second round has not been set.",
        "Dock owners said the closure of the northern banks had cost the port dearly this winter."));
    file.write(page("https://field.example/analysis/kestrel-bay-deal", "2025-09-12", "Field Report",
        "How the Kestrel Bay fishing deal came about",
        "Looking back, officials say the turn came when Tomas Varga met Lena Oberg in Kestrel Bay.",
        "The deal that followed reopened the northern banks to crews from both towns.",
        "Catches have since recovered, though prices at the quay remain low."));
    Path p = folder.resolve("meeting.warc.gz");
    Files.createDirectories(folder);
    Files.write(p, file.toByteArray());
    return p;
  }

  private static byte[] page(String uri, String day, String outlet, String title, String... paragraphs)
      throws IOException {
    StringBuilder body = new StringBuilder();
    for (String p : paragraphs) body.append("<p>").append(p).append("</p>\n");
    String html = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title + " | " + outlet
        + "</title><meta property=\"article:published_time\" content=\"" + day + "T07:00:00Z\"></head><body>"
        + "<article><h1>" + title + "</h1><time datetime=\"" + day + "\">" + day + "</time>\n" + body
        + "</article><footer>" + outlet + "</footer></body></html>";
    return BadWarcs.member(SyntheticCrawl.response(uri, MediaType.HTML, html.getBytes(StandardCharsets.UTF_8)));
  }
}
