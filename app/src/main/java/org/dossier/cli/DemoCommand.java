package org.dossier.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.dossier.core.model.Article;
import org.dossier.core.model.Claim;
import org.dossier.core.model.Event;
import org.dossier.core.model.Quote;
import org.dossier.core.pipeline.AnnotatedArticle;
import org.dossier.store.EntityProfile;
import org.dossier.store.lucene.LuceneKnowledgeBase;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dossier demo}: ingests the bundled example pages and prints what was found in them. */
@Command(name = "demo", description = "Ingest the example pages and print a summary of the dossier.")
final class DemoCommand implements Callable<Integer> {
  private static final int SHOWN = 6;

  @Mixin StoreOption store;

  @Option(names = "--examples", description = "folder of pages (default: examples/ beside the launcher)")
  Path examples;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Path pages = examples != null ? examples : Path.of(System.getProperty("dossier.home", "."), "examples");
    if (!Files.isDirectory(pages)) throw new IllegalArgumentException("no example folder at " + pages + "; give --examples DIR");
    int status = new CommandLine(new IngestCommand()).setErr(spec.commandLine().getErr())
        .execute("--store", store.store.toString(), "--progress", "none", pages.toString());
    if (status != 0) return status;
    PrintWriter out = spec.commandLine().getOut();
    try (LuceneKnowledgeBase kb = LuceneKnowledgeBase.openForReading(store.store)) {
      List<AnnotatedArticle> articles = new java.util.ArrayList<>();
      kb.forEachArticle(articles::add);
      summary(out, articles, kb.entities(), kb.events(), kb.stories().stream().filter(s -> s.articles().size() > 1).count());
    }
    out.println();
    out.println("Next: ./dossier serve --store " + store.store + "   then open http://127.0.0.1:8080/");
    out.println("      ./dossier search --store " + store.store + " \"destroyer\"");
    out.flush();
    return 0;
  }

  private static void summary(PrintWriter out, List<AnnotatedArticle> articles, List<EntityProfile> entities,
      List<Event> events, long stories) {
    Map<String, Long> roles = articles.stream().collect(Collectors.groupingBy(a -> a.article().role().wire(),
        java.util.TreeMap::new, Collectors.counting()));
    out.println();
    out.println("Articles: " + articles.size() + " " + roles + "; stories across pages: " + stories);
    heading(out, "Most mentioned");
    entities.stream().sorted(Comparator.comparingInt(EntityProfile::mentions).reversed()).limit(SHOWN)
        .forEach(e -> out.printf("  %-28s %-12s %3d mentions  aka %s%n", e.entity().name(), e.entity().kind(),
            e.mentions(), e.entity().aliases().stream().limit(3).toList()));
    heading(out, "Who said what");
    articles.stream().flatMap(a -> a.all(Quote.class).stream()).filter(q -> q.speaker() != null).limit(SHOWN)
        .forEach(q -> out.printf("  %s%s: \"%s\"%n", q.speaker(), q.via().isEmpty() ? "" : " (via " + String.join(", ", q.via()) + ")",
            clip(q.text(), 90)));
    heading(out, "Numbers reported");
    articles.stream().flatMap(a -> a.all(Claim.class).stream()).filter(c -> c.unit() != null).limit(SHOWN)
        .forEach(c -> out.printf("  %s %,.0f %s%s%n", c.qualifier().wire(), c.value(), c.unit(),
            c.source() == null ? "" : "  (source: " + c.source() + ")"));
    heading(out, "Timeline");
    events.stream().filter(e -> e.date() != null).sorted(Comparator.comparing(Event::date)).limit(SHOWN)
        .forEach(e -> out.printf("  %-16s %-10s %s%n", e.date().iso(), e.kind(), clip(e.summary(), 80)));
    heading(out, "Outlets");
    out.println("  " + articles.stream().map(AnnotatedArticle::article).map(Article::outlet)
        .filter(java.util.Objects::nonNull).distinct().sorted().collect(Collectors.joining(", ")));
  }

  private static void heading(PrintWriter out, String title) {
    out.println();
    out.println(title);
  }

  private static String clip(String s, int max) {
    if (s == null) return "";
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}
