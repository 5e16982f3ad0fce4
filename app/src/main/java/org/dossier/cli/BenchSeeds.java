package org.dossier.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dossier.core.pipeline.AnnotatedArticle;
import org.dossier.core.pipeline.Pipeline;
import org.dossier.extract.page.Pages;

/**
 * The real articles a store bench derives its articles from: the given pages, or by default the bundled
 * example pages and an even spread of the evaluation pages (when the shared evaluation folder is there),
 * each run once through the standard pipeline.
 */
final class BenchSeeds {
  /** Where the evaluation pages live, from the program's home folder. */
  private static final String EVAL_PAGES = "../shared/eval/extraction";

  /** The articles found, how many pages they came from, and a word on where those were. */
  record Annotated(List<AnnotatedArticle> articles, int pages, String from) {}

  private BenchSeeds() {}

  static Annotated annotate(List<Path> given, Path home, int evalPages) {
    List<Path> paths = new ArrayList<>();
    String from;
    if (given != null && !given.isEmpty()) {
      paths.addAll(given);
      from = "given";
    } else {
      Path examples = home.resolve("examples");
      if (Files.isDirectory(examples)) paths.add(examples);
      List<Path> eval = spread(htmlUnder(home.resolve(EVAL_PAGES)), evalPages);
      paths.addAll(eval);
      from = "examples/ and " + eval.size() + " evaluation pages";
    }
    if (paths.isEmpty()) {
      throw new IllegalArgumentException("no pages to derive articles from under " + home + "; give --seed-from PATH");
    }
    Pipeline pipeline = Stages.standardPipeline();
    List<AnnotatedArticle> articles = new ArrayList<>();
    int[] pages = {0};
    Pages.read(paths, page -> {
      pages[0]++;
      articles.addAll(pipeline.process(page).articles());
    }, problem -> {});
    List<AnnotatedArticle> usable = articles.stream().filter(a -> !a.article().paragraphs().isEmpty()).toList();
    if (usable.isEmpty()) throw new IllegalArgumentException("the seed pages (" + from + ") yielded no article");
    return new Annotated(usable, pages[0], from);
  }

  /** Every .html file under the folder, sorted; none when it is absent. */
  private static List<Path> htmlUnder(Path folder) {
    if (!Files.isDirectory(folder)) return List.of();
    try (Stream<Path> s = Files.walk(folder)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".html")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** At most n of the files, evenly spaced, so every evaluation set contributes. */
  private static List<Path> spread(List<Path> files, int n) {
    if (n <= 0 || files.isEmpty()) return List.of();
    if (files.size() <= n) return files;
    List<Path> out = new ArrayList<>();
    for (int i = 0; i < n; i++) out.add(files.get((int) ((long) i * files.size() / n)));
    return out;
  }
}
