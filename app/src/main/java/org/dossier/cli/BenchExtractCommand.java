package org.dossier.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import net.dankito.readability4j.Readability4J;
import org.dossier.core.model.Article;
import org.dossier.core.model.PageFormat;
import org.dossier.core.model.Provenance;
import org.dossier.core.model.RawPage;
import org.dossier.core.pipeline.PageProblem;
import org.dossier.extract.html.HtmlPageExtractor;
import org.jsoup.Jsoup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code dossier bench extract}: times Dossier's HTML extractor and Readability4J on the same pages in
 * the same process, after warm-up rounds, and prints pages/s, MB/s and their ratio. Both start from the
 * page bytes, so Readability4J's time includes decoding them to a string.
 */
@Command(name = "extract", description = "Time HTML main-text extraction against Readability4J.")
final class BenchExtractCommand implements Callable<Integer> {
  @Option(names = "--dir", description = "folder of .html pages (default: ${DEFAULT-VALUE})",
      defaultValue = "../shared/eval/extraction/zyte-article-benchmark")
  Path dir;

  @Option(names = "--rounds", description = "timed rounds over all pages (default: ${DEFAULT-VALUE})",
      defaultValue = "5")
  int rounds;

  @Option(names = "--warmup", description = "untimed warm-up rounds (default: ${DEFAULT-VALUE})", defaultValue = "2")
  int warmup;

  @Spec CommandSpec spec;

  /** One extractor under test: page bytes in, characters of main text out (so no work is optimised away). */
  private interface Subject {
    long run(Path file, byte[] bytes);
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    if (!Files.isDirectory(dir)) throw new IllegalArgumentException("--dir " + dir + " is not a folder");
    if (rounds < 1 || warmup < 0) throw new IllegalArgumentException("--rounds must be >= 1 and --warmup >= 0");
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.getFileName().toString().endsWith(".html")).sorted().toList();
    }
    if (files.isEmpty()) throw new IllegalArgumentException("no .html pages in " + dir);
    byte[][] pages = new byte[files.size()][];
    long bytes = 0;
    for (int i = 0; i < pages.length; i++) {
      pages[i] = Files.readAllBytes(files.get(i));
      bytes += pages[i].length;
    }
    double mb = bytes / 1e6;
    out.printf("pages: %d (%.1f MB) in %s; warm-up rounds %d, timed rounds %d; readability4j runs on jsoup %s"
        + " (the project's pin, not its own 1.11.2)%n", pages.length, mb, dir, warmup, rounds, jsoupVersion());
    HtmlPageExtractor dossier = new HtmlPageExtractor();
    Subject ours = (file, b) -> dossierChars(dossier, file, b);
    Subject theirs = (file, b) -> readabilityChars(file, b);
    for (int w = 0; w < warmup; w++) {
      runRound(ours, files, pages);
      runRound(theirs, files, pages);
    }
    long oursNanos = 0;
    long theirsNanos = 0;
    for (int r = 0; r < rounds; r++) { // alternate so that neither side always runs on a warmer machine
      oursNanos += time(ours, files, pages);
      theirsNanos += time(theirs, files, pages);
    }
    double oursSec = oursNanos / 1e9 / rounds;
    double theirsSec = theirsNanos / 1e9 / rounds;
    out.printf("%-24s %10s %10s%n", "extractor", "pages/s", "MB/s");
    out.printf("%-24s %10.1f %10.2f%n", "dossier (html)", pages.length / oursSec, mb / oursSec);
    out.printf("%-24s %10.1f %10.2f%n", "readability4j 1.0.8", pages.length / theirsSec, mb / theirsSec);
    out.printf("speed ratio dossier / readability4j: %.2fx%n", theirsSec / oursSec);
    out.flush();
    return 0;
  }

  /** The jsoup on the class path, which both extractors share (from its jar manifest). */
  private static String jsoupVersion() {
    String v = Jsoup.class.getPackage().getImplementationVersion();
    return v == null ? "(version unknown)" : v;
  }

  private static long time(Subject s, List<Path> files, byte[][] pages) {
    long t0 = System.nanoTime();
    runRound(s, files, pages);
    return System.nanoTime() - t0;
  }

  private static long runRound(Subject s, List<Path> files, byte[][] pages) {
    long chars = 0;
    for (int i = 0; i < pages.length; i++) chars += s.run(files.get(i), pages[i]);
    if (chars < 0) throw new IllegalStateException("unreachable: negative length");
    return chars;
  }

  private static long dossierChars(HtmlPageExtractor extractor, Path file, byte[] bytes) {
    RawPage page = new RawPage(file.getFileName().toString(), Provenance.ofFile(file.toString()), PageFormat.HTML,
        bytes, null, false);
    try {
      long n = 0;
      for (Article a : extractor.extract(page)) n += a.text().length();
      return n;
    } catch (PageProblem p) {
      return 0;
    }
  }

  private static long readabilityChars(Path file, byte[] bytes) {
    String html = new String(bytes, StandardCharsets.UTF_8);
    String text = new Readability4J("https://example.org/" + file.getFileName(), html).parse().getTextContent();
    return text == null ? 0 : text.length();
  }
}
