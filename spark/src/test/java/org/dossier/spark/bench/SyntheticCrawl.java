package org.dossier.spark.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Writes WARC.gz files of generated news pages (seeded, so the same seed gives the same crawl): an
 * article page with headline, byline, date, paragraphs of reported speech and numbers, and a share of
 * pages about the fictional countries of {@link #TOPIC_NAMES}, for filter runs. Input for the bench and
 * the tests; no real page is copied.
 */
public final class SyntheticCrawl {
  /** The two countries on-topic pages are about; a watchlist of both selects them. */
  public static final List<String> TOPIC_NAMES = List.of("Ruritania", "Freedonia");

  private static final String[] FIRST = {"Anna", "Boris", "Carla", "Dmitri", "Elena", "Farid", "Greta", "Hamid",
      "Ines", "Jonas", "Katya", "Luis", "Mira", "Niko", "Olga", "Pavel"};
  private static final String[] LAST = {"Adler", "Brandt", "Castell", "Dorn", "Ewing", "Falk", "Gorski", "Hale",
      "Ivers", "Jansen", "Kovac", "Lind", "Moreau", "Novak", "Ortiz", "Petrov"};
  private static final String[] PLACES = {"Valdoria", "Estmark", "Norland", "Sarvia", "Tellin", "Brava",
      "Kestrel Bay", "Port Amar"};
  private static final String[] ROLES = {"defence minister", "foreign minister", "spokesperson", "governor",
      "army chief", "trade envoy"};
  private static final String[] UNITS = {"troops", "shells", "tonnes of grain", "vehicles", "drones", "engineers"};
  private static final String[] VERBS = {"delivered", "moved", "pledged", "counted", "shipped", "withdrawn"};
  private static final String[] OUTLETS = {"The Daily Ledger", "Northern Wire", "Harbour Post", "Field Report"};

  private final Random random;
  private final double onTopicShare;

  public SyntheticCrawl(long seed, double onTopicShare) {
    this.random = new Random(seed);
    this.onTopicShare = onTopicShare;
  }

  /** Writes {@code files} files of {@code pages} pages each into the folder; returns their paths. */
  public List<Path> write(Path folder, int files, int pages) throws IOException {
    Files.createDirectories(folder);
    List<Path> out = new ArrayList<>();
    for (int f = 0; f < files; f++) {
      Path file = folder.resolve("crawl-%03d.warc.gz".formatted(f));
      try (WarcWriter w = new WarcWriter(Files.newByteChannel(file, java.nio.file.StandardOpenOption.CREATE,
          java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.TRUNCATE_EXISTING),
          WarcCompression.GZIP)) {
        for (int p = 0; p < pages; p++) {
          String uri = "https://news%d.example/%d/%d/story-%d".formatted(f % 4, f, p, random.nextInt(1_000_000));
          w.write(response(uri, MediaType.HTML, html(random.nextDouble() < onTopicShare)));
        }
      }
      out.add(file);
    }
    return out;
  }

  /** A WARC response record of a 200 HTTP response with the given payload. */
  public static WarcResponse response(String uri, MediaType type, byte[] payload) throws IOException {
    HttpResponse http = new HttpResponse.Builder(200, "OK").body(type, payload).build();
    return new WarcResponse.Builder(uri).date(Instant.parse("2025-06-05T10:00:00Z")).body(http).build();
  }

  /** One article page. */
  public byte[] html(boolean onTopic) {
    String a = pick(PLACES);
    String b = onTopic ? TOPIC_NAMES.get(0) : pick(PLACES);
    String c = onTopic ? TOPIC_NAMES.get(1) : pick(PLACES);
    LocalDate day = LocalDate.of(2025, 1 + random.nextInt(12), 1 + random.nextInt(28));
    String title = person() + " says " + b + " and " + c + " agreed on new " + pick(UNITS);
    StringBuilder body = new StringBuilder();
    int paragraphs = 5 + random.nextInt(5);
    for (int i = 0; i < paragraphs; i++) body.append("<p>").append(paragraph(a, b, c)).append("</p>\n");
    return ("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title + " | "
        + pick(OUTLETS) + "</title><meta property=\"article:published_time\" content=\"" + day + "T08:30:00Z\">"
        + "</head><body><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav><article><h1>" + title
        + "</h1><p class=\"byline\">By " + person() + "</p><time datetime=\"" + day + "\">" + day + "</time>\n"
        + body + "</article><footer>Copyright " + pick(OUTLETS) + "</footer></body></html>")
        .getBytes(StandardCharsets.UTF_8);
  }

  private String paragraph(String a, String b, String c) {
    String who = person();
    return who + ", the " + pick(ROLES) + " of " + b + ", said on Tuesday that " + (100 + random.nextInt(9000))
        + " " + pick(UNITS) + " had been " + pick(VERBS) + " to " + c + " since March. "
        + "\u201CWe will not stop until the work in " + a + " is done,\u201D " + who + " told reporters. "
        + "Officials in " + c + " declined to comment, and " + person() + " of " + pick(OUTLETS)
        + " reported that about " + (2 + random.nextInt(40)) + " percent of the " + pick(UNITS)
        + " were still waiting at the border.";
  }

  private String person() {
    return pick(FIRST) + " " + pick(LAST);
  }

  private String pick(String[] options) {
    return options[random.nextInt(options.length)];
  }
}
