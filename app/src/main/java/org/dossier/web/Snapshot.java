package org.dossier.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dossier.core.model.Article;
import org.dossier.core.model.Claim;
import org.dossier.core.model.Event;
import org.dossier.core.model.PartialDate;
import org.dossier.core.model.Story;
import org.dossier.core.pipeline.AnnotatedArticle;
import org.dossier.store.EntityProfile;
import org.dossier.store.KnowledgeBase;
import org.dossier.store.export.ContractJson;
import org.dossier.story.ledger.ClaimLedger;
import org.dossier.story.ledger.ClaimPoint;
import org.dossier.story.ledger.ClaimSeries;

/**
 * What the web interface shows, derived once from one version of the store: articles newest first, the
 * story of each article, entity profiles by id and name, merged events and the claims ledger. Rebuilt
 * when the store's version changes. It holds every article in memory, which suits a dossier of tens of
 * thousands of articles; a larger one wants these views precomputed in the store.
 */
public record Snapshot(long version, List<AnnotatedArticle> articles, Map<String, AnnotatedArticle> byId,
    Map<String, Story> storyOf, List<Story> stories, Map<String, EntityProfile> entityById,
    Map<String, EntityProfile> entityByName, List<Event> events, List<ClaimSeries> series,
    Map<String, String> seriesOfClaim) {

  /** Newest first; undated articles last. */
  static final Comparator<Article> NEWEST_FIRST = Comparator.comparing(Article::published,
      Comparator.nullsFirst(Comparator.<PartialDate>naturalOrder())).reversed().thenComparing(Article::id);

  public static Snapshot of(KnowledgeBase kb) {
    long version = kb.version();
    List<AnnotatedArticle> articles = new ArrayList<>();
    kb.forEachArticle(articles::add);
    articles.sort(Comparator.comparing(AnnotatedArticle::article, NEWEST_FIRST));
    Map<String, AnnotatedArticle> byId = new LinkedHashMap<>();
    articles.forEach(a -> byId.put(a.article().id(), a));

    List<Story> stories = new ArrayList<>(kb.stories());
    Map<String, Story> storyOf = new HashMap<>();
    for (Story s : stories) s.articles().forEach(id -> storyOf.put(id, s));

    Map<String, EntityProfile> entityById = new LinkedHashMap<>();
    Map<String, EntityProfile> entityByName = new HashMap<>();
    for (EntityProfile p : kb.entities()) {
      entityById.put(p.entity().id(), p);
      entityByName.put(p.entity().name(), p);
    }

    List<ClaimPoint> points = new ArrayList<>();
    for (AnnotatedArticle aa : articles) {
      Article a = aa.article();
      for (Claim c : aa.all(Claim.class)) {
        PartialDate when = c.time() != null ? PartialDate.parse(c.time()) : null;
        points.add(new ClaimPoint(ContractJson.factId(a.id(), "claim", c.span()), a.id(), a.title(), a.outlet(), c,
            when != null ? when : a.published()));
      }
    }
    List<ClaimSeries> series = ClaimLedger.series(points);
    Map<String, String> seriesOfClaim = new HashMap<>();
    for (ClaimSeries s : series) s.points().forEach(p -> seriesOfClaim.put(p.claimId(), s.id()));

    List<Event> events = new ArrayList<>(StoredEvents.of(kb));
    events.sort(Comparator.comparing(Event::date, Comparator.nullsLast(Comparator.<PartialDate>naturalOrder()))
        .thenComparing(Event::id));
    return new Snapshot(version, List.copyOf(articles), byId, storyOf, stories, entityById, entityByName,
        List.copyOf(events), series, seriesOfClaim);
  }

  public String entityId(String canonicalName) {
    EntityProfile p = canonicalName == null ? null : entityByName.get(canonicalName);
    return p == null ? null : p.entity().id();
  }
}
