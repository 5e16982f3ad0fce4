package org.dossier.spark.run;

import org.dossier.store.export.PageJson;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.dossier.core.model.Ids;
import org.dossier.core.model.Annotation;
import org.dossier.core.model.Claim;
import org.dossier.core.model.EntityMention;
import org.dossier.core.model.Event;
import org.dossier.core.model.EventMention;
import org.dossier.core.model.PartialDate;
import org.dossier.core.model.Provenance;
import org.dossier.core.model.Quote;
import org.dossier.core.model.RawPage;
import org.dossier.core.model.TimeMention;
import org.dossier.core.pipeline.AnnotatedArticle;
import org.dossier.core.pipeline.Outcome;
import org.dossier.core.pipeline.PageResult;
import org.dossier.spark.filter.TopicGate;
import org.dossier.store.export.ContractJson;

/**
 * Flattens what one page yielded into output rows of (kind, partition, JSON line): its articles and
 * their facts as export-contract objects (partitioned by publication day), a reject row for each problem
 * (partitioned by stage), and the lossless page line of {@link PageJson}.
 */
public final class PageRows {
  private PageRows() {}

  /** Rows of a page the pipeline processed; {@code warning} is the reader's note on it, or null. */
  public static List<Row> of(PageResult r, Outcome warning, String pipeline) {
    List<Row> rows = new ArrayList<>();
    if (warning != null) rows.add(reject(r.page().name(), warning));
    Outcome outcome = outcomeOf(r.outcome());
    if (!outcome.isOk()) rows.add(reject(r.page().name(), outcome));
    String pageDay = OutputKind.UNKNOWN_DAY;
    for (AnnotatedArticle aa : r.articles()) {
      String day = day(aa.article().published());
      if (pageDay.equals(OutputKind.UNKNOWN_DAY)) pageDay = day;
      rows.add(row(OutputKind.ARTICLE, day, ContractJson.line(ContractJson.article(aa.article()))));
      facts(aa).forEach(f -> rows.add(row(OutputKind.FACT, day, ContractJson.line(f))));
    }
    RawPage p = r.page();
    rows.add(row(OutputKind.PAGE, pageDay,
        PageJson.write(new PageJson.Page(p.name(), p.provenance(), Ids.contentHash(p.bytes()), pipeline, outcome, r.articles()))));
    return rows;
  }

  /** Rows of input the reader rejected before it became a page. */
  public static List<Row> rejected(Outcome o, String pipeline) {
    String source = o.source();
    Provenance where = Provenance.ofFile(source);
    return List.of(reject(source, o), row(OutputKind.PAGE, OutputKind.UNKNOWN_DAY,
        PageJson.write(new PageJson.Page(source, where, null, pipeline, o, List.of()))));
  }

  /** The export-contract objects of an article's facts; mentions and times carry their article and id. */
  static List<ObjectNode> facts(AnnotatedArticle aa) {
    String id = aa.article().id();
    List<ObjectNode> out = new ArrayList<>();
    for (EntityMention m : aa.all(EntityMention.class)) {
      out.add(withArticle(ContractJson.mention(id, m), id, "mention", m));
    }
    for (TimeMention t : aa.all(TimeMention.class)) out.add(withArticle(ContractJson.time(id, t), id, "time", t));
    aa.all(Quote.class).forEach(q -> out.add(ContractJson.quote(id, q)));
    aa.all(Claim.class).forEach(c -> out.add(ContractJson.claim(id, c)));
    for (EventMention e : aa.all(EventMention.class)) {
      out.add(ContractJson.event(new Event(ContractJson.factId(id, "event", e.span()), e.kind(), e.actors(), e.date(),
          e.place(), e.summary(), List.of(id))));
    }
    return out;
  }

  /** The {@code annotate} command's object for a mention or time, tied to the article instead of a file. */
  private static ObjectNode withArticle(ObjectNode inFile, String articleId, String kind, Annotation a) {
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    out.put("type", kind);
    out.put("id", ContractJson.factId(articleId, kind, a.span()));
    out.put("article", articleId);
    inFile.properties().forEach(e -> {
      if (!e.getKey().equals("type") && !e.getKey().equals("file")) out.set(e.getKey(), e.getValue());
    });
    return out;
  }

  /** An off-topic page is no failure: it is skipped by the filter stage. */
  static Outcome outcomeOf(Outcome o) {
    if (TopicGate.OFF_TOPIC.equals(o.code())) {
      return Outcome.skipped(o.source(), OutputKind.FILTER_STAGE, o.code(), o.message());
    }
    return o;
  }

  static Row reject(String page, Outcome o) {
    ObjectNode n = JsonNodeFactory.instance.objectNode();
    n.put("type", "reject");
    n.put("page", page);
    n.put("source", o.source());
    n.put("stage", o.stage());
    n.put("code", o.code());
    n.put("status", o.isOk() ? "warning" : o.status().name().toLowerCase(Locale.ROOT));
    n.put("reason", o.message());
    return row(OutputKind.REJECT, o.stage(), ContractJson.line(n));
  }

  static String day(PartialDate d) {
    return d == null || d.toLocalDate() == null ? OutputKind.UNKNOWN_DAY : d.toLocalDate().toString();
  }

  private static Row row(String kind, String part, String json) {
    return RowFactory.create(kind, part, json);
  }

  /** The store's content hash of a page's bytes, so that a loaded page is not redone by a later ingest. */
}
