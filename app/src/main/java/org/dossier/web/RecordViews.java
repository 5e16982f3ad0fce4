package org.dossier.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.dossier.core.model.Article;
import org.dossier.core.model.Claim;
import org.dossier.core.model.EntityMention;
import org.dossier.core.model.Event;
import org.dossier.core.model.EventMention;
import org.dossier.core.model.PartialDate;
import org.dossier.core.model.Quote;
import org.dossier.core.model.Story;
import org.dossier.core.model.TimeMention;
import org.dossier.core.pipeline.AnnotatedArticle;
import org.dossier.store.EntityProfile;
import org.dossier.store.export.ContractJson;
import org.dossier.story.ledger.ClaimPoint;
import org.dossier.story.ledger.ClaimSeries;

/** One article, story, entity or claim series with what surrounds it; the stories, entities and timeline lists. */
public final class RecordViews {
  private final SnapshotSource source;

  RecordViews(SnapshotSource source) {
    this.source = source;
  }

  public ObjectNode article(String id) {
    Snapshot s = source.get();
    AnnotatedArticle aa = s.byId().get(id);
    if (aa == null) throw DossierApi.missing("article", id);
    Article a = aa.article();
    ObjectNode n = Nodes.object();
    n.set("article", ContractJson.article(a));
    Story story = s.storyOf().get(id);
    if (story != null && story.articles().size() > 1) n.putObject("story").put("id", story.id()).put("title", story.title());
    else n.putNull("story");
    ArrayNode mentions = n.putArray("mentions");
    for (EntityMention m : aa.all(EntityMention.class)) {
      mentions.addObject().<ObjectNode>set("span", Nodes.span(m.span())).put("text", m.text()).put("entity", m.entity())
          .put("entityId", s.entityId(m.entity())).put("kind", m.kind().name());
    }
    ArrayNode times = n.putArray("times");
    for (TimeMention t : aa.all(TimeMention.class)) {
      times.addObject().<ObjectNode>set("span", Nodes.span(t.span())).put("text", t.text()).put("value", t.value())
          .put("kind", t.kind().name());
    }
    ArrayNode quotes = n.putArray("quotes");
    aa.all(Quote.class).forEach(q -> quotes.add(quote(a, q, s)));
    ArrayNode claims = n.putArray("claims");
    aa.all(Claim.class).forEach(c -> claims.add(claim(a, c, s)));
    ArrayNode events = n.putArray("events");
    for (EventMention e : aa.all(EventMention.class)) {
      events.addObject().put("kind", e.kind().name()).put("date", Nodes.iso(e.date())).put("place", e.place())
          .put("summary", e.summary()).set("span", Nodes.span(e.span()));
    }
    return n;
  }

  private static ObjectNode quote(Article a, Quote q, Snapshot s) {
    ObjectNode n = ContractJson.quote(a.id(), q);
    n.put("speakerId", s.entityId(q.speaker()));
    n.putObject("articleRef").put("id", a.id()).put("title", a.title());
    return n;
  }

  private static ObjectNode claim(Article a, Claim c, Snapshot s) {
    ObjectNode n = ContractJson.claim(a.id(), c);
    n.put("seriesId", s.seriesOfClaim().get(n.get("id").asText()));
    n.putObject("articleRef").put("id", a.id()).put("title", a.title());
    return n;
  }

  /**
   * A page's own text with the stretches each of its articles was cut from marked, so a reader can check
   * what the extractor took and left. Paragraphs are found by their text; one the page does not hold
   * word for word (the extractor joined or cleaned it) is left unmarked.
   */
  public ObjectNode pageSource(String page) {
    Snapshot s = source.get();
    String text = source.store().pageText(page).orElseThrow(() -> DossierApi.missing("page text", page));
    ObjectNode n = Nodes.object().put("page", page).put("text", text);
    ArrayNode marks = n.putArray("marks");
    for (AnnotatedArticle aa : s.articles()) {
      Article a = aa.article();
      if (!a.page().equals(page)) continue;
      for (var paragraph : a.paragraphs()) {
        int at = text.indexOf(paragraph.of(a.text()));
        if (at < 0) continue;
        marks.addObject().put("begin", at).put("end", at + paragraph.length()).put("article", a.id())
            .put("role", a.role().wire()).put("title", a.title());
      }
    }
    return n;
  }

  public ObjectNode stories() {
    Snapshot s = source.get();
    ObjectNode n = Nodes.object();
    ArrayNode items = n.putArray("items");
    s.stories().stream().filter(st -> st.articles().size() > 1)
        .sorted(Comparator.comparingInt((Story st) -> -st.articles().size()).thenComparing(Story::id))
        .forEach(st -> {
          List<Article> members = members(st, s);
          ObjectNode item = items.addObject().put("id", st.id()).put("title", st.title()).put("articles", members.size());
          ArrayNode outlets = item.putArray("outlets");
          members.stream().map(Article::outlet).filter(Objects::nonNull).distinct().forEach(outlets::add);
          List<PartialDate> dates = members.stream().map(Article::published).filter(Objects::nonNull).sorted().toList();
          item.put("first", dates.isEmpty() ? null : dates.get(0).iso());
          item.put("last", dates.isEmpty() ? null : dates.get(dates.size() - 1).iso());
        });
    return n;
  }

  private static List<Article> members(Story st, Snapshot s) {
    return st.articles().stream().map(s.byId()::get).filter(Objects::nonNull).map(AnnotatedArticle::article)
        .sorted(Snapshot.NEWEST_FIRST.reversed()).toList();
  }

  /** A story's articles side by side, and the numbers they report per unit, flagged where outlets differ. */
  public ObjectNode story(String id) {
    Snapshot s = source.get();
    Story st = s.stories().stream().filter(x -> x.id().equals(id)).findFirst()
        .orElseThrow(() -> DossierApi.missing("story", id));
    ObjectNode n = Nodes.object();
    n.putObject("story").put("id", st.id()).put("title", st.title());
    ArrayNode articles = n.putArray("articles");
    Map<String, List<ObjectNode>> byUnit = new LinkedHashMap<>();
    for (Article a : members(st, s)) {
      AnnotatedArticle aa = s.byId().get(a.id());
      ObjectNode item = Nodes.summary(a, s);
      item.put("lead", Nodes.lead(a.text(), 600));
      ArrayNode qs = item.putArray("quotes");
      aa.all(Quote.class).forEach(q -> qs.add(quote(a, q, s)));
      ArrayNode cs = item.putArray("claims");
      for (Claim c : aa.all(Claim.class)) {
        cs.add(claim(a, c, s));
        if (c.unit() == null || c.unit().isBlank()) continue;
        ObjectNode v = Nodes.object().put("article", a.id()).put("outlet", a.outlet()).put("value", c.value())
            .put("qualifier", c.qualifier().wire()).put("about", c.about());
        byUnit.computeIfAbsent(c.unit().toLowerCase(java.util.Locale.ROOT), k -> new java.util.ArrayList<>()).add(v);
      }
      articles.add(item);
    }
    ArrayNode agreement = n.putArray("agreement");
    byUnit.forEach((unit, values) -> {
      if (values.stream().map(v -> v.get("article").asText()).distinct().count() < 2) return;
      ObjectNode row = agreement.addObject().put("unit", unit).put("about", values.get(0).get("about").asText(null));
      row.putArray("values").addAll(values);
      row.put("differs", values.stream().map(v -> v.get("value").asDouble()).distinct().count() > 1);
    });
    return n;
  }

  public ObjectNode entities(Map<String, String> p) {
    Snapshot s = source.get();
    String q = DossierApi.lower(p.get("q"));
    String kind = p.get("kind");
    ObjectNode n = Nodes.object();
    ArrayNode items = n.putArray("items");
    s.entityById().values().stream()
        .filter(e -> kind == null || e.entity().kind().name().equalsIgnoreCase(kind))
        .filter(e -> q.isEmpty() || DossierApi.lower(e.entity().name()).contains(q)
            || e.entity().aliases().stream().anyMatch(a -> DossierApi.lower(a).contains(q)))
        .sorted(Comparator.comparingInt((EntityProfile e) -> -e.mentions()).thenComparing(e -> e.entity().name()))
        .limit(DossierApi.intParam(p, "limit", 200, 1, 1000))
        .forEach(e -> items.add(profile(e)));
    return n;
  }

  private static ObjectNode profile(EntityProfile e) {
    ObjectNode n = ContractJson.entity(e.entity());
    n.put("mentions", e.mentions()).put("articles", e.articles()).put("first", Nodes.iso(e.firstSeen()))
        .put("last", Nodes.iso(e.lastSeen()));
    return n;
  }

  /** An entity's profile: its quotes, the quotes naming it, its claims and events, and who appears with it. */
  public ObjectNode entity(String id) {
    Snapshot s = source.get();
    EntityProfile e = s.entityById().get(id);
    if (e == null) throw DossierApi.missing("entity", id);
    String name = e.entity().name();
    ObjectNode n = Nodes.object();
    n.set("entity", profile(e));
    ArrayNode by = n.putArray("quotesBy"), about = n.putArray("quotesAbout"), claims = n.putArray("claims");
    Map<String, Integer> related = new HashMap<>();
    for (AnnotatedArticle aa : s.articles()) {
      List<EntityMention> mentions = aa.all(EntityMention.class);
      boolean here = mentions.stream().anyMatch(m -> m.entity().equals(name));
      if (!here && aa.all(Quote.class).stream().noneMatch(q -> name.equals(q.speaker()))) continue;
      Article a = aa.article();
      for (Quote q : aa.all(Quote.class)) {
        if (name.equals(q.speaker())) by.add(withArticle(quote(a, q, s), a));
        else if (mentions.stream().anyMatch(m -> m.entity().equals(name) && q.span().contains(m.span()))) {
          about.add(withArticle(quote(a, q, s), a));
        }
      }
      for (Claim c : aa.all(Claim.class)) {
        if (name.equals(c.subject()) || name.equals(c.source())) claims.add(withArticle(claim(a, c, s), a));
      }
      mentions.stream().map(EntityMention::entity).filter(x -> !x.equals(name)).distinct()
          .forEach(x -> related.merge(x, 1, Integer::sum));
    }
    ArrayNode events = n.putArray("events");
    s.events().stream().filter(ev -> ev.actors().contains(name) || name.equals(ev.place()))
        .forEach(ev -> events.add(event(ev, s)));
    ArrayNode rel = n.putArray("related");
    related.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
        .thenComparing(Map.Entry.comparingByKey())).limit(20).forEach(r -> {
          EntityProfile p = s.entityByName().get(r.getKey());
          if (p != null) {
            rel.addObject().put("id", p.entity().id()).put("name", p.entity().name()).put("kind", p.entity().kind().name())
                .put("count", r.getValue());
          }
        });
    return n;
  }

  private static ObjectNode withArticle(ObjectNode fact, Article a) {
    fact.putObject("article").put("id", a.id()).put("title", a.title());
    return fact;
  }

  public ObjectNode allSeries() {
    ObjectNode n = Nodes.object();
    ArrayNode items = n.putArray("items");
    source.get().series().forEach(s -> items.add(series(s)));
    return n;
  }

  public ObjectNode series(String id) {
    return source.get().series().stream().filter(s -> s.id().equals(id)).findFirst().map(RecordViews::series)
        .orElseThrow(() -> DossierApi.missing("claim series", id));
  }

  private static ObjectNode series(ClaimSeries s) {
    ObjectNode n = Nodes.object().put("id", s.id()).put("about", s.about()).put("unit", s.unit())
        .put("subject", s.subject()).put("conflict", s.disputed());
    ArrayNode points = n.putArray("points");
    for (ClaimPoint p : s.points()) {
      Claim c = p.claim();
      points.addObject().put("claimId", p.claimId()).put("article", p.articleId()).put("articleTitle", p.articleTitle())
          .put("outlet", p.outlet()).put("value", c.value()).put("qualifier", c.qualifier().wire())
          .put("when", Nodes.iso(p.when())).put("source", c.source()).set("span", Nodes.span(c.span()));
    }
    ArrayNode conflicts = n.putArray("conflicts");
    s.conflicts().forEach(pair -> conflicts.addArray().add(pair[0]).add(pair[1]));
    return n;
  }

  /** Events by date (undated last), optionally for one entity or kind and within dates. */
  public ObjectNode timeline(Map<String, String> p) {
    Snapshot s = source.get();
    ObjectNode n = Nodes.object();
    ArrayNode items = n.putArray("items");
    var from = DossierApi.date(p, "from");
    var to = DossierApi.date(p, "to");
    for (Event e : s.events()) {
      if (p.containsKey("entity") && !e.actors().contains(p.get("entity"))) continue;
      if (p.containsKey("kind") && !e.kind().name().equalsIgnoreCase(p.get("kind"))) continue;
      if (from != null && (e.date() == null || e.date().toLocalDate() != null && e.date().toLocalDate().isBefore(from))) continue;
      if (to != null && (e.date() == null || e.date().toLocalDate() != null && e.date().toLocalDate().isAfter(to))) continue;
      items.add(event(e, s));
    }
    return n;
  }

  private static ObjectNode event(Event e, Snapshot s) {
    ObjectNode n = ContractJson.event(e);
    n.put("precision", e.date() == null ? null : e.date().precision().name().toLowerCase(java.util.Locale.ROOT));
    ArrayNode articles = n.putArray("articleRefs");
    for (String id : e.articles()) {
      AnnotatedArticle aa = s.byId().get(id);
      if (aa != null) articles.addObject().put("id", id).put("title", aa.article().title()).put("outlet", aa.article().outlet());
    }
    return n;
  }
}
