package org.dossier.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import org.dossier.core.model.Article;
import org.dossier.core.model.Role;
import org.dossier.store.KnowledgeBase;
import org.dossier.store.SearchHit;
import org.dossier.store.SearchQuery;
import org.dossier.store.lucene.LuceneKnowledgeBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dossier search QUERY}: full-text search over the stored articles, best first. */
@Command(name = "search", description = "Search the stored articles, best first.")
final class SearchCommand implements Callable<Integer> {
  @Mixin StoreOption store;

  @Option(names = "--entity", paramLabel = "NAME", description = "only articles mentioning this entity")
  String entity;

  @Option(names = "--outlet", paramLabel = "NAME", description = "only articles of this outlet")
  String outlet;

  @Option(names = "--role", paramLabel = "ROLE", description = "only main, related or feed articles")
  String role;

  @Option(names = "--from", paramLabel = "DATE", description = "only articles published on or after this ISO date")
  String from;

  @Option(names = "--to", paramLabel = "DATE", description = "only articles published on or before this ISO date")
  String to;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "most results (default: ${DEFAULT-VALUE})")
  int limit;

  @Parameters(arity = "1..*", paramLabel = "QUERY", description = "words, \"phrases\", AND/OR, -word")
  List<String> query;

  @Spec CommandSpec spec;

  /** Most results one search prints. */
  private static final int MAX_LIMIT = 10_000;

  @Override
  public Integer call() {
    if (limit < 1) throw new ParameterException(spec.commandLine(), "--limit must be at least 1, not " + limit);
    if (limit > MAX_LIMIT) {
      throw new ParameterException(spec.commandLine(), "--limit must be at most " + MAX_LIMIT + ", not " + limit);
    }
    if (role != null && java.util.Arrays.stream(Role.values()).noneMatch(r -> r.wire().equalsIgnoreCase(role.strip()))) {
      throw new ParameterException(spec.commandLine(), "--role must be main, related or feed, not '"
          + org.dossier.core.model.Elision.of(role, 40) + "'");
    }
    SearchQuery q = new SearchQuery(String.join(" ", query), entity, outlet, role == null ? null : role.strip(), date("--from", from),
        date("--to", to), limit);
    PrintWriter out = spec.commandLine().getOut();
    try (KnowledgeBase kb = LuceneKnowledgeBase.openForReading(store.store)) {
      for (SearchHit h : kb.search(q)) {
        Article a = h.article();
        out.println(String.join("\t", a.id(), a.published() == null ? "-" : a.published().iso(),
            a.outlet() == null ? "-" : a.outlet(), a.title() == null ? "-" : a.title()));
        out.println("    " + h.snippet());
      }
    }
    out.flush();
    return 0;
  }

  private static LocalDate date(String option, String value) {
    if (value == null) return null;
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(option + " needs an ISO date such as 2025-06-04, not '"
          + org.dossier.core.model.Elision.of(value, 40) + "'");
    }
  }
}
