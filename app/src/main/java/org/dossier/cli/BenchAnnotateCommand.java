package org.dossier.cli;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.dossier.annotate.Annotators;
import org.dossier.bench.Heap;
import org.dossier.core.model.Article;
import org.dossier.core.model.PartialDate;
import org.dossier.core.model.Role;
import org.dossier.core.model.Span;
import org.dossier.core.pipeline.Annotator;
import org.dossier.core.pipeline.PageProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code dossier bench annotate FILE[@DATE]...}: articles/s and tokens/s of the whole annotation stage
 * next to a bare CoreNLP pipeline (tokenize, ssplit, pos, lemma, ner with its defaults) on the same
 * texts in the same run, plus model load times and peak heap (the stage runs first, so its own peak is
 * printed before the bare pipeline's KBP gazetteers add theirs), and the stage's time split by annotator.
 * Each is warmed up on one text first.
 */
@Command(name = "annotate", description = "Benchmark the annotation stage against bare CoreNLP.")
public final class BenchAnnotateCommand implements Callable<Integer> {
  private static final String BARE = "tokenize,ssplit,pos,lemma,ner";

  @Parameters(arity = "1..*", paramLabel = "FILE[@DATE]", description = "plain-text articles")
  List<String> files;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException, PageProblem {
    List<Article> articles = read();
    PrintWriter out = spec.commandLine().getOut();

    long t0 = System.nanoTime();
    List<Annotator> stage = Annotators.standard();
    runStage(stage, List.of(warmUp()), new long[stage.size()]);
    double stageLoad = seconds(t0);
    long[] byAnnotator = new long[stage.size()];
    t0 = System.nanoTime();
    long facts = runStage(stage, articles, byAnnotator);
    double stageRun = seconds(t0);

    double stageHeap = Heap.peakMb();
    t0 = System.nanoTime();
    Properties p = new Properties();
    p.setProperty("annotators", BARE);
    StanfordCoreNLP bare = new StanfordCoreNLP(p);
    double bareLoad = seconds(t0);
    runBare(bare, articles.subList(0, 1));
    t0 = System.nanoTime();
    long tokens = runBare(bare, articles);
    double bareRun = seconds(t0);

    int n = articles.size();
    out.printf("texts: %d articles, %d tokens%n", n, tokens);
    out.printf("bare CoreNLP (%s): load %.1f s, %.2f articles/s, %.0f tokens/s%n", BARE, bareLoad, n / bareRun,
        tokens / bareRun);
    out.printf("annotation stage (%s): load %.1f s, %.2f articles/s, %.0f tokens/s, %d annotations, %.2fx the bare time%n",
        String.join(", ", stage.stream().map(Annotator::name).toList()), stageLoad, n / stageRun, tokens / stageRun,
        facts, stageRun / bareRun);
    List<String> split = new ArrayList<>();
    for (int i = 0; i < stage.size(); i++) {
      split.add("%s %.1f ms (%.0f%%)".formatted(stage.get(i).name(), byAnnotator[i] / 1e6 / n,
          100.0 * byAnnotator[i] / 1e9 / stageRun));
    }
    out.printf("per article, by annotator (CoreNLP runs once, in the first that needs it): %s%n",
        String.join(", ", split));
    out.printf("peak heap: %.0f MB after the annotation stage (run first), %.0f MB with the bare pipeline too%n",
        stageHeap, Heap.peakMb());
    out.flush();
    return 0;
  }

  private static long runBare(StanfordCoreNLP bare, List<Article> articles) {
    long tokens = 0;
    for (Article a : articles) {
      Annotation doc = new Annotation(a.text());
      if (a.published() != null) doc.set(CoreAnnotations.DocDateAnnotation.class, a.published().iso());
      bare.annotate(doc);
      tokens += doc.get(CoreAnnotations.TokensAnnotation.class).size();
    }
    return tokens;
  }

  /** Runs the stage; adds each annotator's nanoseconds to {@code nanos}; returns the annotations found. */
  private static long runStage(List<Annotator> stage, List<Article> articles, long[] nanos) throws PageProblem {
    long found = 0;
    for (Article a : articles) {
      List<org.dossier.core.model.Annotation> soFar = new ArrayList<>();
      for (int i = 0; i < stage.size(); i++) {
        long t = System.nanoTime();
        soFar.addAll(stage.get(i).annotate(a, List.copyOf(soFar)));
        nanos[i] += System.nanoTime() - t;
      }
      found += soFar.size();
    }
    return found;
  }

  private List<Article> read() throws IOException {
    List<Article> out = new ArrayList<>();
    for (String arg : files) {
      int at = arg.lastIndexOf('@');
      PartialDate date = at > 0 ? PartialDate.parse(arg.substring(at + 1)) : null;
      Path path = Path.of(date != null ? arg.substring(0, at) : arg);
      out.add(article(path.toString(), Files.readString(path, StandardCharsets.UTF_8), date));
    }
    return out;
  }

  private static Article warmUp() {
    return article("warm-up", "The delegation arrived in Vienna on Tuesday, officials said. Talks will resume "
        + "next week, with 40 experts expected.", PartialDate.parse("2020-01-07"));
  }

  private static Article article(String name, String text, PartialDate date) {
    return new Article(name, name, Role.MAIN, null, null, null, List.of(), date, "en", text,
        List.of(new Span(0, text.length())));
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }
}
