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
import org.dossier.core.pipeline.RunStats;
import org.dossier.extract.page.Pages;
import org.dossier.store.lucene.LuceneKnowledgeBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
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

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or folders (.txt, .html, .htm, .warc, .warc.gz)")
  List<Path> paths;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    for (Path p : paths) {
      if (!Files.exists(p)) throw new IllegalArgumentException("no such file or folder: " + p);
      if (!Files.isReadable(p)) throw new IllegalArgumentException("cannot read " + p + "; check its permissions");
    }
    if (batch < 1) throw new IllegalArgumentException("--batch must be at least 1, not " + batch);
    PrintWriter err = spec.commandLine().getErr();
    Progress progress = new Progress(err, Progress.Mode.parse(progressMode), countFiles(paths), store.store);
    RunStats stats;
    try (LuceneKnowledgeBase kb = LuceneKnowledgeBase.openForWriting(store.store);
        IngestRun run = new IngestRun(kb, Stages.standardPipeline(), progress, err, batch)) {
      Pages.read(paths, run::page, run::reject);
      run.finish();
      stats = run.stats();
      progress.finished(stats.get("pages.committed"));
    }
    progress.clear();
    err.println(summary(stats));
    err.flush();
    return 0;
  }

  /** "dossier: 12 pages stored, 3 unchanged, 1 skipped (extract/no-article 1), 0 failed; 30 articles, 0 facts". */
  static String summary(RunStats stats) {
    Map<String, Long> all = stats.snapshot();
    String codes = all.entrySet().stream()
        .filter(e -> e.getKey().contains(".") && !e.getKey().startsWith("pages.")
            && !e.getKey().equals("stories.changed"))
        .map(e -> e.getKey().replace('.', '/') + " " + e.getValue()).collect(Collectors.joining(", "));
    return "dossier: " + stats.get("pages.ok") + " pages stored, " + stats.get("pages.unchanged") + " unchanged, "
        + stats.get("pages.skipped") + " skipped, " + stats.get("pages.failed") + " failed"
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
