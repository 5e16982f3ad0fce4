package org.dossier.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dossier.core.pipeline.PageBudget;
import org.dossier.core.pipeline.RunStats;
import org.dossier.extract.page.Pages;
import org.dossier.store.lucene.LuceneKnowledgeBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dossier ingest PATH...}: reads, extracts, annotates and stores every page under the paths. */
@Command(name = "ingest", description = "Read every page under the paths into the store.")
final class IngestCommand implements Callable<Integer> {
  @Mixin StoreOption store;

  @Option(names = "--progress", paramLabel = "MODE", defaultValue = "auto",
      description = "auto (a bar on a terminal), bar, lines (one line per commit) or none")
  String progressMode;

  @Option(names = "--batch", paramLabel = "N", defaultValue = "50",
      description = "pages per commit; a crash loses at most the batch under way (default: ${DEFAULT-VALUE})")
  int batch;

  @Option(names = "--page-seconds", paramLabel = "S", defaultValue = "60",
      description = "annotation time allowed per page; a page over it keeps the facts found so far (default: ${DEFAULT-VALUE})")
  int pageSeconds;

  @Option(names = "--page-chars", paramLabel = "N", defaultValue = "100000",
      description = "characters of each article that are annotated; the rest is stored as text only (default: ${DEFAULT-VALUE})")
  int pageChars;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or folders (.txt, .html, .htm, .warc, .warc.gz)")
  List<Path> paths;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    for (Path p : paths) {
      if (!Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        throw new IllegalArgumentException("no such file or folder: " + p);
      }
      if (Files.exists(p) && !Files.isReadable(p)) {
        throw new IllegalArgumentException("cannot read " + p + "; check its permissions");
      }
    }
    if (batch < 1) throw usage("--batch must be at least 1, not " + batch);
    if (pageSeconds < 1) throw usage("--page-seconds must be at least 1, not " + pageSeconds);
    if (pageChars < 1000) throw usage("--page-chars must be at least 1000, not " + pageChars);
    PageBudget budget = new PageBudget(java.time.Duration.ofSeconds(pageSeconds), pageChars);
    PrintWriter err = spec.commandLine().getErr();
    Progress progress = new Progress(err, Progress.Mode.parse(progressMode), countFiles(paths), store.store);
    RunStats stats;
    long read;
    // The status file says the run is over however it ends: normally, by an error, or by Ctrl-C.
    Thread onSignal = new Thread(progress::finished, "ingest-status");
    Runtime.getRuntime().addShutdownHook(onSignal);
    try (LuceneKnowledgeBase kb = LuceneKnowledgeBase.openForWriting(store.store)) {
      try (IngestRun run = new IngestRun(kb, Stages.standardPipeline(), budget, progress, err, batch)) {
        Pages.read(paths, run::page, run::reject);
        run.finish();
        stats = run.stats();
        read = run.read();
      } finally {
        progress.finished();
      }
    } finally {
      Runtime.getRuntime().removeShutdownHook(onSignal);
    }
    progress.clear();
    err.println(summary(read, stats));
    err.flush();
    if (read > 0 && read == stats.get("pages.skipped") + stats.get("pages.failed")) {
      err.println("dossier: nothing could be read from " + describe(paths) + "; see the lines above");
      return 1;
    }
    if (read == 0) {
      err.println("dossier: no pages under " + describe(paths) + " (.txt, .html, .htm, .warc, .warc.gz)");
      return 1;
    }
    return 0;
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }

  private static String describe(List<Path> paths) {
    return org.dossier.core.model.Elision.of(paths.size() == 1 ? paths.get(0).toString()
        : paths.get(0) + " and " + (paths.size() - 1) + " more");
  }

  /**
   * "dossier: 16 pages read: 12 stored, 3 unchanged, 1 skipped, 0 failed (extract/no-article 1); 30
   * articles, ...": read is always the sum of the four.
   */
  static String summary(long read, RunStats stats) {
    Map<String, Long> all = stats.snapshot();
    String codes = all.entrySet().stream()
        .filter(e -> e.getKey().contains(".") && !e.getKey().startsWith("pages.")
            && !e.getKey().equals("stories.changed"))
        .map(e -> e.getKey().replace('.', '/') + " " + e.getValue()).collect(Collectors.joining(", "));
    return "dossier: " + read + " pages read: " + stats.get("pages.ok") + " stored, " + stats.get("pages.unchanged")
        + " unchanged, " + stats.get("pages.skipped") + " skipped, " + stats.get("pages.failed") + " failed"
        + (codes.isEmpty() ? "" : " (" + codes + ")") + "; " + stats.get("articles") + " articles, "
        + stats.get("facts") + " facts, " + stats.get("events") + " events, " + stats.get("stories.changed")
        + " stories updated";
  }
  /** Files under the paths, for the bar's scale (a WARC file counts once though it holds many pages). */
  private static long countFiles(List<Path> paths) {
    long n = 0;
    for (Path p : paths) {
      try (Stream<Path> s = Files.walk(p)) {
        n += s.filter(Files::isRegularFile).count();
      } catch (IOException | java.io.UncheckedIOException e) {
        // the reader reports the unreadable path itself
      }
    }
    return n;
  }
}
