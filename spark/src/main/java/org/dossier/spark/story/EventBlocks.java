package org.dossier.spark.story;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.dossier.annotate.events.EventMerger;
import org.dossier.core.model.Article;
import org.dossier.core.model.Event;
import org.dossier.core.model.EventMention;
import org.dossier.core.pipeline.AnnotatedArticle;
import org.dossier.store.ArticleOrder;
import org.dossier.store.export.ContractJson;
import org.dossier.store.export.PageJson;
import scala.Tuple2;

/**
 * Merges event mentions across articles as {@code dossier ingest} does over its whole store, block by
 * block. {@link EventMerger} only adds a mention to an event of its kind that shares an actor with it, so
 * articles linked by a shared (kind, actor) pair form blocks that no event crosses; merging each block's
 * articles in the store's {@link ArticleOrder} then gives the very events and ids one merge over all
 * articles gives. (A date window would not do: an undated mention agrees with every date.)
 */
final class EventBlocks {
  /** Merged events, and the rounds the blocking took. */
  record Result(JavaRDD<String> events, int rounds) {}

  private EventBlocks() {}

  /** The contract's {@code event} lines for the articles (lossless article lines of {@link PageJson}). */
  static Result merge(JavaRDD<String> articles, int maxRounds) {
    JavaPairRDD<String, String> eventful = articles.flatMapToPair(json -> {
      AnnotatedArticle aa = PageJson.readArticle(json);
      List<EventMention> mentions = aa.all(EventMention.class);
      if (mentions.isEmpty()) return List.<Tuple2<String, String>>of().iterator();
      return List.of(new Tuple2<>("a:" + aa.article().id(), PageJson.writeArticle(slim(aa, mentions)))).iterator();
    });
    // The blocking graph: article nodes ("a:" id) linked to the (kind, actor) nodes ("k:") of their mentions.
    JavaPairRDD<String, String> links = eventful.flatMapToPair(t -> {
      List<Tuple2<String, String>> out = new ArrayList<>();
      for (EventMention m : PageJson.readArticle(t._2()).all(EventMention.class)) {
        m.actors().forEach(actor -> out.add(new Tuple2<>(t._1(), "k:" + m.kind().name() + "|" + actor)));
      }
      return out.iterator();
    });
    Components.Result blocks = Components.of(links, maxRounds);
    // An article whose mentions name no actor is a block of its own: none of its mentions can merge.
    JavaRDD<String> events = eventful.leftOuterJoin(blocks.labels())
        .mapToPair(t -> new Tuple2<>(t._2()._2().orElse(t._1()), t._2()._1()))
        .groupByKey()
        .flatMap(block -> mergeBlock(block._2()).stream().map(e -> ContractJson.line(ContractJson.event(e))).iterator());
    return new Result(events, blocks.rounds());
  }

  /** One block's events: its articles in store order through the command line's merger. */
  static List<Event> mergeBlock(Iterable<String> articleLines) {
    List<AnnotatedArticle> block = new ArrayList<>();
    articleLines.forEach(line -> block.add(PageJson.readArticle(line)));
    block.sort((a, b) -> ArticleOrder.ARTICLES.compare(a.article(), b.article()));
    return EventMerger.merge(block.stream().map(EventMerger.ArticleEvents::of).toList());
  }

  /**
   * What the merge needs of an article (id, page, its event mentions, and the text their trigger words are
   * read from), without its other annotations, for the shuffle.
   */
  private static AnnotatedArticle slim(AnnotatedArticle aa, List<EventMention> mentions) {
    Article a = aa.article();
    return new AnnotatedArticle(new Article(a.id(), a.page(), a.role(), null, null, null, List.of(), null, null,
        a.text(), List.of()), List.copyOf(mentions));
  }
}
