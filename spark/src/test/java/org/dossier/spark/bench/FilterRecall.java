package org.dossier.spark.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.dossier.core.model.Article;
import org.dossier.core.model.PageFormat;
import org.dossier.core.model.Provenance;
import org.dossier.core.model.RawPage;
import org.dossier.core.model.Role;
import org.dossier.core.pipeline.PageProblem;
import org.dossier.extract.Extraction;
import org.dossier.spark.filter.TermMatcher;
import org.dossier.spark.filter.Watchlist;

/**
 * {@code scripts/spark-run.sh recall [WATCHLIST]}: how much the topic pre-filter lets through.
 *
 * <ol>
 *   <li>The example topic's watchlist on the seed pages (all on topic: recall) and on the ECB+ documents
 *       (general news of other topics: the share that would still be annotated).</li>
 *   <li>Per ECB+ story (topic and sub-corpus), a watchlist of the named participants and places of its
 *       first document, as an analyst starting from one article would write it: recall on the story's
 *       other documents, pass rate on other topics' documents; by split.</li>
 * </ol>
 */
public final class FilterRecall {
  private static final Path SHARED = Path.of("..", "shared").toAbsolutePath().normalize();
  private static final Set<String> NAME_TAGS = Set.of("HUMAN_PART_PER", "HUMAN_PART_ORG", "LOC_GEO", "LOC_FAC");

  private record Doc(String id, int topic, String subcorpus, String split, String text, Map<String, Set<String>> names) {
    String story() {
      return topic + "-" + subcorpus;
    }
  }

  private FilterRecall() {}

  public static void main(String[] args) throws IOException, PageProblem {
    Path watchlistFile = Path.of(args.length > 0 ? args[0] : "config/watchlists/north-korea-russia.txt");
    if (!Files.isDirectory(SHARED.resolve("seeds"))) {
      System.err.println("no evaluation data at " + SHARED + "; nothing to measure");
      return;
    }
    TermMatcher topic = new TermMatcher(Watchlist.read(watchlistFile));
    List<Doc> docs = ecbDocs();
    seedRecall(topic, watchlistFile);
    long passed = docs.stream().filter(d -> topic.matches(d.text())).count();
    System.out.printf(Locale.ROOT, "%s on ECB+ (other topics): %d of %d documents pass (%.1f%%)%n",
        watchlistFile.getFileName(), passed, docs.size(), 100.0 * passed / docs.size());
    for (String split : List.of("dev", "test")) {
      for (int require : List.of(1, 2)) storyRecall(docs, split, require);
    }
  }

  private static void seedRecall(TermMatcher topic, Path watchlistFile) throws IOException, PageProblem {
    Extraction extraction = Extraction.standard();
    int pages = 0;
    int kept = 0;
    try (Stream<Path> s = Files.list(SHARED.resolve("seeds"))) {
      for (Path f : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        RawPage page = new RawPage(f.getFileName().toString(), Provenance.ofFile(f.toString()), PageFormat.TEXT,
            Files.readAllBytes(f), null, false);
        pages++;
        for (Article a : extraction.extract(page)) {
          if (a.role() == Role.MAIN && topic.matches(a.title(), a.text())) kept++;
        }
      }
    }
    System.out.printf(Locale.ROOT, "%s on the seed pages (all on topic): recall %d/%d = %.2f%n",
        watchlistFile.getFileName(), kept, pages, (double) kept / pages);
  }

  /** Recall of each story's own watchlist on its other documents, and its pass rate elsewhere. */
  private static void storyRecall(List<Doc> docs, String split, int require) {
    Map<String, List<Doc>> stories = new LinkedHashMap<>();
    docs.stream().filter(d -> d.split().equals(split)).forEach(d -> stories.computeIfAbsent(d.story(),
        k -> new ArrayList<>()).add(d));
    long hits = 0;
    long relevant = 0;
    long falsePass = 0;
    long others = 0;
    int used = 0;
    for (List<Doc> story : stories.values()) {
      Doc seed = story.get(0);
      if (seed.names().size() < require || story.size() < 2) continue;
      used++;
      List<List<String>> entries = seed.names().values().stream().map(s -> (List<String>) new ArrayList<>(s)).toList();
      TermMatcher m = new TermMatcher(new Watchlist(entries, require));
      for (Doc d : story.subList(1, story.size())) {
        relevant++;
        if (m.matches(d.text())) hits++;
      }
      for (Doc d : docs) {
        if (d.topic() != seed.topic() && d.split().equals(split)) {
          others++;
          if (m.matches(d.text())) falsePass++;
        }
      }
    }
    System.out.printf(Locale.ROOT, "ECB+ %s, one-article watchlists (require %d), %d stories: recall %d/%d = %.3f, "
        + "pass rate on other topics %.4f%n", split, require, used, hits, relevant, (double) hits / relevant,
        (double) falsePass / others);
  }

  /** ECB+ documents: their text and the named, cross-document participants and places of each. */
  private static List<Doc> ecbDocs() throws IOException {
    Path root = SHARED.resolve("eval/ecbplus");
    Map<String, String> split = new LinkedHashMap<>();
    List<String> rows = Files.readAllLines(root.resolve("split.tsv"));
    for (String line : rows.subList(1, rows.size())) {
      String[] f = line.split("\t");
      split.put(f[0], f[2]);
    }
    ObjectMapper json = new ObjectMapper();
    List<Doc> docs = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(root.resolve("ecbplus.jsonl"), StandardCharsets.UTF_8)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        JsonNode d = json.readTree(line);
        boolean skipUrl = d.get("subcorpus").asText().equals("ecbplus");
        StringBuilder text = new StringBuilder();
        for (JsonNode s : d.get("sentences")) {
          if (skipUrl && s.get("sent").asInt() == 0) continue;
          s.get("tokens").forEach(t -> text.append(t.asText()).append(' '));
          text.append('\n');
        }
        String id = d.get("doc_id").asText();
        docs.add(new Doc(id, d.get("topic").asInt(), d.get("subcorpus").asText(), split.get(id), text.toString(),
            names(d)));
      }
    }
    return docs;
  }

  /** Chain id to the capitalised mention texts of named participants and places on cross-document chains. */
  private static Map<String, Set<String>> names(JsonNode doc) {
    Map<String, Set<String>> m = new LinkedHashMap<>();
    for (JsonNode men : doc.get("mentions")) {
      String chain = men.path("chain").asText("");
      String text = men.path("text").asText("");
      if (!NAME_TAGS.contains(men.path("tag").asText()) || chain.isEmpty() || chain.startsWith("INTRA_")
          || text.isEmpty() || !Character.isUpperCase(text.charAt(0))) {
        continue;
      }
      m.computeIfAbsent(chain, k -> new LinkedHashSet<>()).add(text);
    }
    return m;
  }
}
