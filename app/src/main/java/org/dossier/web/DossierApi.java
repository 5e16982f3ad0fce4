package org.dossier.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Collectors;
import org.dossier.core.model.Article;
import org.dossier.core.model.EntityMention;
import org.dossier.core.pipeline.AnnotatedArticle;
import org.dossier.store.IngestStatus;
import org.dossier.store.SearchQuery;

/**
 * The read side of the HTTP API, free of any web framework: each method takes the request's parameters
 * and returns the JSON body. Lists: the feed and search with facets, status. Single records and the
 * derived views live in {@link RecordViews}.
 */
public final class DossierApi {
  static final int MAX_LIMIT = 200;
  /** Most search hits a result list counts and facets. */
  static final int MAX_HITS = 1000;
  private final SnapshotSource source;
  private final RecordViews records;

  public DossierApi(SnapshotSource source) {
    this.source = source;
    this.records = new RecordViews(source);
  }

  public RecordViews records() {
    return records;
  }

  public ObjectNode status() {
    Snapshot s = source.get();
    ObjectNode n = Nodes.object();
    ObjectNode counts = n.putObject("counts");
    counts.put("articles", s.articles().size());
    counts.put("stories", s.stories().stream().filter(st -> st.articles().size() > 1).count());
    counts.put("entities", s.entityById().size());
    counts.put("events", s.events().size());
    counts.put("series", s.series().size());
    IngestStatus ingest = IngestStatus.read(source.store().folder()).orElse(null);
    if (ingest == null) {
      n.putNull("ingest");
    } else {
      n.putObject("ingest").put("running", ingest.running()).put("done", ingest.read())
          .put("committed", ingest.committed()).put("total", ingest.totalFiles());
    }
    return n;
  }

  /** The feed, newest first, or search results best first when {@code q} is given; with facets. */
  public ObjectNode articles(Map<String, String> p) {
    Snapshot snap = source.get();
    int offset = intParam(p, "offset", 0, 0, Integer.MAX_VALUE);
    int limit = intParam(p, "limit", 25, 1, MAX_LIMIT);
    List<Article> matching = new ArrayList<>();
    String q = p.getOrDefault("q", "").strip();
    if (!q.isEmpty()) {
      // Ids only: the snapshot holds the articles, and only the page shown needs snippets.
      for (String id : source.store().searchIds(new SearchQuery(q, p.get("entity"), p.get("outlet"), p.get("role"),
          date(p, "from"), date(p, "to"), MAX_HITS))) {
        AnnotatedArticle aa = snap.byId().get(id);
        if (aa != null) matching.add(aa.article());
      }
    } else {
      for (AnnotatedArticle aa : snap.articles()) {
        if (matches(aa, p)) matching.add(aa.article());
      }
    }
    ObjectNode n = Nodes.object();
    n.put("total", matching.size());
    n.put("offset", offset);
    ArrayNode items = n.putArray("items");
    for (Article a : matching.subList(Math.min(offset, matching.size()), Math.min(offset + limit, matching.size()))) {
      ObjectNode item = Nodes.summary(a, snap);
      if (!q.isEmpty()) item.put("snippet", source.store().snippet(a.text(), q));
      items.add(item);
    }
    n.set("facets", facets(matching, snap));
    return n;
  }

  private static boolean matches(AnnotatedArticle aa, Map<String, String> p) {
    Article a = aa.article();
    if (p.containsKey("role") && !a.role().wire().equalsIgnoreCase(p.get("role"))) return false;
    if (p.containsKey("outlet") && (a.outlet() == null || !a.outlet().equalsIgnoreCase(p.get("outlet")))) return false;
    if (p.containsKey("entity") && aa.all(EntityMention.class).stream().noneMatch(m -> m.entity().equals(p.get("entity")))) {
      return false;
    }
    LocalDate from = date(p, "from"), to = date(p, "to");
    if (from != null || to != null) {
      LocalDate day = a.published() == null ? null : a.published().toLocalDate();
      if (day == null || from != null && day.isBefore(from) || to != null && day.isAfter(to)) return false;
    }
    return true;
  }

  private static ObjectNode facets(List<Article> articles, Snapshot snap) {
    ObjectNode f = Nodes.object();
    facet(f, "outlet", articles.stream().map(Article::outlet).filter(o -> o != null).toList());
    facet(f, "role", articles.stream().map(a -> a.role().wire()).toList());
    List<String> entities = new ArrayList<>();
    for (Article a : articles) {
      Set<String> names = snap.byId().get(a.id()).all(EntityMention.class).stream().map(EntityMention::entity)
          .collect(Collectors.toSet());
      entities.addAll(names);
    }
    facet(f, "entity", entities);
    return f;
  }

  private static void facet(ObjectNode f, String name, List<String> values) {
    Map<String, Long> counts = values.stream().collect(Collectors.groupingBy(v -> v, Collectors.counting()));
    ArrayNode out = f.putArray(name);
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(12).forEach(e -> out.addObject().put("value", e.getKey()).put("count", e.getValue()));
  }

  static int intParam(Map<String, String> p, String name, int fallback, int min, int max) {
    String v = p.get(name);
    if (v == null || v.isBlank()) return fallback;
    try {
      int i = Integer.parseInt(v.strip());
      if (i < min || i > max) throw new IllegalArgumentException(name + " must be between " + min + " and " + max);
      return i;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a whole number, not '" + v + "'");
    }
  }

  static LocalDate date(Map<String, String> p, String name) {
    String v = p.get(name);
    if (v == null || v.isBlank()) return null;
    try {
      return LocalDate.parse(v.strip());
    } catch (java.time.DateTimeException e) {
      throw new IllegalArgumentException(name + " must be a date like 2025-06-04, not '" + v + "'");
    }
  }

  static NoSuchElementException missing(String what, String id) {
    return new NoSuchElementException("no " + what + " with id '" + id + "'");
  }

  static String lower(String s) {
    return s == null ? "" : s.toLowerCase(Locale.ROOT);
  }

  static <T> List<T> top(List<T> list, Comparator<T> order, int n) {
    return list.stream().sorted(order).limit(n).toList();
  }
}
