package org.dossier.store.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.dossier.core.model.Annotation;
import org.dossier.core.model.Article;
import org.dossier.core.model.Claim;
import org.dossier.core.model.EntityMention;
import org.dossier.core.model.EventMention;
import org.dossier.core.model.Gist;
import org.dossier.core.model.Provenance;
import org.dossier.core.model.Quote;
import org.dossier.core.model.TimeMention;
import org.dossier.core.pipeline.AnnotatedArticle;
import org.dossier.core.pipeline.Outcome;

/**
 * A processed page as one JSON line, without loss: where it came from, how it went, and every article
 * with all its annotations as the records themselves. This is what {@code dossier load} reads to fill a
 * local store from a job's output, and what the story job clusters; the export contract (quotes, claims,
 * ...) is written beside it for people and tools.
 */
public final class PageJson {
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private PageJson() {}

  /**
   * One page as read back.
   *
   * @param contentHash a hash of the page's bytes, as the store computes it (null for unread input)
   * @param pipeline the stages that processed it ("extract,entities,...")
   */
  public record Page(String name, Provenance provenance, String contentHash, String pipeline, Outcome outcome,
      List<AnnotatedArticle> articles) {
    public Page {
      articles = List.copyOf(articles);
    }
  }

  public static String write(Page p) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("name", p.name());
    Provenance pr = p.provenance();
    n.put("path", pr.path());
    n.put("offset", pr.warcOffset());
    n.put("uri", pr.targetUri());
    n.put("fetched", pr.fetched() == null ? null : pr.fetched().toString());
    n.put("hash", p.contentHash());
    n.put("pipeline", p.pipeline());
    Outcome o = p.outcome();
    n.put("status", o.status().name());
    n.put("stage", o.stage());
    n.put("code", o.code());
    n.put("message", o.message());
    ArrayNode arts = n.putArray("articles");
    p.articles().forEach(aa -> arts.add(articleNode(aa)));
    return text(n);
  }

  /**
   * Reads a line written by {@link #write}.
   *
   * @throws IllegalArgumentException when the line is not one (names what is wrong)
   */
  public static Page read(String line) {
    try {
      JsonNode n = MAPPER.readTree(line);
      String fetched = textOrNull(n, "fetched");
      Provenance pr = new Provenance(n.path("path").asText(), n.path("offset").asLong(-1), textOrNull(n, "uri"),
          fetched == null ? null : Instant.parse(fetched));
      Outcome o = new Outcome(Outcome.Status.valueOf(n.path("status").asText()), n.path("name").asText(),
          textOrNull(n, "stage"), textOrNull(n, "code"), textOrNull(n, "message"));
      List<AnnotatedArticle> articles = new ArrayList<>();
      for (JsonNode a : n.path("articles")) articles.add(article(a));
      return new Page(n.path("name").asText(), pr, textOrNull(n, "hash"), textOrNull(n, "pipeline"), o, articles);
    } catch (JsonProcessingException | RuntimeException e) {
      throw new IllegalArgumentException("not a page line of a Dossier job's output: " + why(e), e);
    }
  }

  /** One article with its annotations as a JSON line (the unit the story job shuffles). */
  public static String writeArticle(AnnotatedArticle aa) {
    return text(articleNode(aa));
  }

  public static AnnotatedArticle readArticle(String line) {
    try {
      return article(MAPPER.readTree(line));
    } catch (JsonProcessingException | RuntimeException e) {
      throw new IllegalArgumentException("not an article line of a Dossier job: " + why(e), e);
    }
  }

  private static ObjectNode articleNode(AnnotatedArticle aa) {
    ObjectNode a = MAPPER.createObjectNode();
    a.set("article", MAPPER.valueToTree(aa.article()));
    ArrayNode anns = a.putArray("annotations");
    for (Annotation ann : aa.annotations()) {
      anns.addObject().put("kind", kind(ann)).set("value", MAPPER.valueToTree(ann));
    }
    return a;
  }

  private static AnnotatedArticle article(JsonNode a) throws JsonProcessingException {
    Article article = MAPPER.treeToValue(a.get("article"), Article.class);
    List<Annotation> anns = new ArrayList<>();
    for (JsonNode x : a.path("annotations")) anns.add(MAPPER.treeToValue(x.get("value"), type(x)));
    return new AnnotatedArticle(article, anns);
  }

  static String kind(Annotation a) {
    return switch (a) {
      case EntityMention m -> "mention";
      case TimeMention t -> "time";
      case Quote q -> "quote";
      case Claim c -> "claim";
      case EventMention e -> "event";
      case Gist g -> "gist";
    };
  }

  private static Class<? extends Annotation> type(JsonNode x) {
    String kind = x.path("kind").asText();
    return switch (kind) {
      case "mention" -> EntityMention.class;
      case "time" -> TimeMention.class;
      case "quote" -> Quote.class;
      case "claim" -> Claim.class;
      case "event" -> EventMention.class;
      case "gist" -> Gist.class;
      default -> throw new IllegalArgumentException("unknown annotation kind '" + kind + "'");
    };
  }

  private static String textOrNull(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static String text(JsonNode n) {
    try {
      return MAPPER.writeValueAsString(n);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of plain nodes always serialises", e);
    }
  }

  /** Jackson's own message adds the input's location on a second line; the first is the reason. */
  public static String why(Exception e) {
    return e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
  }
}
