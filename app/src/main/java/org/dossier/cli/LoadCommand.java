package org.dossier.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.dossier.core.model.ControlChars;
import org.dossier.core.model.Story;
import org.dossier.store.PageRecord;
import org.dossier.store.export.PageJson;
import org.dossier.store.lucene.LuceneKnowledgeBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code dossier load CRAWL_OUT [--stories STORIES_OUT]}: fills a local store from a Spark job's output
 * (its lossless {@code jsonl/pages} lines), so a crawl processed on a cluster can be browsed here. A page
 * already stored with the same bytes and stages is replaced by the same content, so loading twice
 * changes nothing.
 */
@Command(name = "load", description = "Load a Spark crawl job's output into the store.")
final class LoadCommand implements Callable<Integer> {
  private static final int BATCH = 500;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Mixin StoreOption store;

  @Parameters(index = "0", paramLabel = "CRAWL_OUT", description = "the crawl job's output folder")
  Path crawl;

  @Option(names = "--stories", paramLabel = "STORIES_OUT", description = "the story job's output folder")
  Path stories;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    Path pages = crawl.resolve("jsonl").resolve("pages");
    if (!Files.isDirectory(pages)) {
      throw new IllegalArgumentException(crawl + " is not a crawl job's output: no jsonl/pages folder in it");
    }
    PrintWriter err = spec.commandLine().getErr();
    long[] counts = new long[3]; // pages, articles, bad lines
    try (LuceneKnowledgeBase kb = LuceneKnowledgeBase.openForWriting(store.store)) {
      lines(pages, (file, line) -> {
        try {
          PageJson.Page p = PageJson.read(line);
          kb.putPage(new PageRecord(p.name(), p.provenance(), p.contentHash(), p.pipeline(), p.outcome()), p.articles());
          counts[0]++;
          counts[1] += p.articles().size();
          if (counts[0] % BATCH == 0) kb.commit();
        } catch (IllegalArgumentException e) {
          counts[2]++;
          err.println(ControlChars.escape(file + ": skipped a line: " + e.getMessage()));
        }
      });
      if (stories != null) {
        lines(stories.resolve("jsonl").resolve("stories"), (file, line) -> kb.putStory(story(line)));
      }
      kb.commit();
      kb.replaceEvents(Stages.mergedEvents(kb));
      kb.commit();
    }
    err.println("dossier: loaded " + counts[0] + " pages, " + counts[1] + " articles" + (counts[2] > 0
        ? ", " + counts[2] + " bad lines skipped" : "") + " into " + store.store);
    err.flush();
    return 0;
  }

  /** A contract {@code story} object, as the story job writes them. */
  private static Story story(String line) {
    try {
      JsonNode n = MAPPER.readTree(line);
      List<String> ids = new java.util.ArrayList<>();
      n.path("articles").forEach(a -> ids.add(a.asText()));
      return new Story(n.path("id").asText(), n.path("title").asText(null), ids);
    } catch (IOException e) {
      throw new IllegalArgumentException("not a story line: " + PageJson.why(e), e);
    }
  }

  private interface LineSink {
    void accept(Path file, String line);
  }

  /** Every non-blank line of the Spark part files under a folder, in file-name order. */
  private static void lines(Path folder, LineSink sink) throws IOException {
    List<Path> parts;
    try (Stream<Path> s = Files.walk(folder)) {
      parts = s.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList();
    }
    for (Path part : parts) {
      try (BufferedReader r = Files.newBufferedReader(part, StandardCharsets.UTF_8)) {
        Consumer<String> each = line -> {
          if (!line.isBlank()) sink.accept(part, line);
        };
        r.lines().forEach(each);
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
    }
  }
}
